"""Operations tagged 'Users'."""

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
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


class UsersWithRawResponse:
    """Operations tagged 'Users'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def uber_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.UserName]]:
        """ÜberList

        `GET /users`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Non-ASCII operation name.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/users",
            response_type=list[models.UserName],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.UserName]]", result)


class Users:
    """Operations tagged 'Users'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = UsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def uber_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.UserName]:
        """ÜberList

        `GET /users`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Non-ASCII operation name.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/users",
            response_type=list[models.UserName],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.UserName]", result)


class AsyncUsersWithRawResponse:
    """Operations tagged 'Users'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def uber_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.UserName]]:
        """ÜberList

        `GET /users`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Non-ASCII operation name.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/users",
            response_type=list[models.UserName],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.UserName]]", result)


class AsyncUsers:
    """Operations tagged 'Users'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncUsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def uber_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.UserName]:
        """ÜberList

        `GET /users`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Non-ASCII operation name.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/users",
            response_type=list[models.UserName],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.UserName]", result)
