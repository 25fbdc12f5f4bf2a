"""Operations tagged 'coupons'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
)

__all__ = [
    "AsyncCoupons",
    "AsyncCouponsWithRawResponse",
    "Coupons",
    "CouponsWithRawResponse",
]


class CouponsWithRawResponse:
    """Operations tagged 'coupons'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Coupon | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createCoupon

        `POST /coupons`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            "/coupons",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Coupon),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Coupons:
    """Operations tagged 'coupons'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = CouponsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Coupon | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createCoupon

        `POST /coupons`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "POST",
            "/coupons",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Coupon),
            content_type="application/json",
            options=request_options,
        )


class AsyncCouponsWithRawResponse:
    """Operations tagged 'coupons'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Coupon | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createCoupon

        `POST /coupons`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            "/coupons",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Coupon),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncCoupons:
    """Operations tagged 'coupons'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncCouponsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Coupon | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createCoupon

        `POST /coupons`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "POST",
            "/coupons",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Coupon),
            content_type="application/json",
            options=request_options,
        )
