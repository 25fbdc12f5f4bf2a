"""Operations tagged 'orders'."""

from __future__ import annotations

from typing import cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncOrders",
    "AsyncOrdersWithRawResponse",
    "Orders",
    "OrdersWithRawResponse",
]


class OrdersWithRawResponse:
    """Operations tagged 'orders'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Order]:
        """getOrder

        `GET /orders/{orderId}`

        Args:
            order_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An order.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/orders/{orderId}",
                {
                    "orderId": order_id,
                },
            ),
            response_type=models.Order,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Order]", result)


class Orders:
    """Operations tagged 'orders'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = OrdersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Order:
        """getOrder

        `GET /orders/{orderId}`

        Args:
            order_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An order.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/orders/{orderId}",
                {
                    "orderId": order_id,
                },
            ),
            response_type=models.Order,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Order", result)


class AsyncOrdersWithRawResponse:
    """Operations tagged 'orders'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Order]:
        """getOrder

        `GET /orders/{orderId}`

        Args:
            order_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An order.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/orders/{orderId}",
                {
                    "orderId": order_id,
                },
            ),
            response_type=models.Order,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Order]", result)


class AsyncOrders:
    """Operations tagged 'orders'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncOrdersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Order:
        """getOrder

        `GET /orders/{orderId}`

        Args:
            order_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An order.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/orders/{orderId}",
                {
                    "orderId": order_id,
                },
            ),
            response_type=models.Order,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Order", result)
