"""Operations tagged 'health'."""

from __future__ import annotations

from typing import cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncHealth",
    "AsyncHealthWithRawResponse",
    "Health",
    "HealthWithRawResponse",
]


class HealthWithRawResponse:
    """Operations tagged 'health'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def ping(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PingResponse]:
        """ping

        `GET /ping`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Pong.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/ping",
            response_type=models.PingResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PingResponse]", result)


class Health:
    """Operations tagged 'health'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = HealthWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def ping(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PingResponse:
        """ping

        `GET /ping`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Pong.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/ping",
            response_type=models.PingResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.PingResponse", result)


class AsyncHealthWithRawResponse:
    """Operations tagged 'health'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def ping(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PingResponse]:
        """ping

        `GET /ping`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Pong.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/ping",
            response_type=models.PingResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PingResponse]", result)


class AsyncHealth:
    """Operations tagged 'health'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncHealthWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def ping(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PingResponse:
        """ping

        `GET /ping`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Pong.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/ping",
            response_type=models.PingResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.PingResponse", result)
