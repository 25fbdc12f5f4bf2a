"""Operations tagged '2fa'."""

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
    "AsyncM2fa",
    "AsyncM2faWithRawResponse",
    "M2fa",
    "M2faWithRawResponse",
]


class M2faWithRawResponse:
    """Operations tagged '2fa'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.M2faSettings]:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.M2faSettings]", result)


class M2fa:
    """Operations tagged '2fa'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = M2faWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.M2faSettings:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.M2faSettings", result)


class AsyncM2faWithRawResponse:
    """Operations tagged '2fa'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.M2faSettings]:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.M2faSettings]", result)


class AsyncM2fa:
    """Operations tagged '2fa'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncM2faWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.M2faSettings:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.M2faSettings", result)
