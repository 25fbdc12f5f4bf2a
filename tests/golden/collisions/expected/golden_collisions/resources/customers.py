"""Operations tagged 'customers'."""

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
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
]


class CustomersWithRawResponse:
    """Operations tagged 'customers'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        customer_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Customer]:
        """getCustomer

        `GET /customers/{customerId}`

        Args:
            customer_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A customer.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/customers/{customerId}",
                {
                    "customerId": customer_id,
                },
            ),
            response_type=models.Customer,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Customer]", result)


class Customers:
    """Operations tagged 'customers'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = CustomersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        customer_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Customer:
        """getCustomer

        `GET /customers/{customerId}`

        Args:
            customer_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A customer.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/customers/{customerId}",
                {
                    "customerId": customer_id,
                },
            ),
            response_type=models.Customer,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Customer", result)


class AsyncCustomersWithRawResponse:
    """Operations tagged 'customers'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        customer_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Customer]:
        """getCustomer

        `GET /customers/{customerId}`

        Args:
            customer_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A customer.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/customers/{customerId}",
                {
                    "customerId": customer_id,
                },
            ),
            response_type=models.Customer,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Customer]", result)


class AsyncCustomers:
    """Operations tagged 'customers'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncCustomersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        customer_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Customer:
        """getCustomer

        `GET /customers/{customerId}`

        Args:
            customer_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A customer.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/customers/{customerId}",
                {
                    "customerId": customer_id,
                },
            ),
            response_type=models.Customer,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Customer", result)
