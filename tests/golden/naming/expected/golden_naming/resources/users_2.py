"""Operations tagged 'users'."""

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
    "AsyncUsers2",
    "AsyncUsers2WithRawResponse",
    "Users2",
    "Users2WithRawResponse",
]


class Users2WithRawResponse:
    """Operations tagged 'users'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list_lower(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.UserName2]]:
        """listUsersLower

        `GET /users-lower`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A tag that differs only by case.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/users-lower",
            response_type=list[models.UserName2],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.UserName2]]", result)


class Users2:
    """Operations tagged 'users'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = Users2WithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list_lower(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.UserName2]:
        """listUsersLower

        `GET /users-lower`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A tag that differs only by case.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/users-lower",
            response_type=list[models.UserName2],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.UserName2]", result)


class AsyncUsers2WithRawResponse:
    """Operations tagged 'users'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list_lower(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.UserName2]]:
        """listUsersLower

        `GET /users-lower`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A tag that differs only by case.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/users-lower",
            response_type=list[models.UserName2],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.UserName2]]", result)


class AsyncUsers2:
    """Operations tagged 'users'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncUsers2WithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list_lower(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.UserName2]:
        """listUsersLower

        `GET /users-lower`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A tag that differs only by case.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/users-lower",
            response_type=list[models.UserName2],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.UserName2]", result)
