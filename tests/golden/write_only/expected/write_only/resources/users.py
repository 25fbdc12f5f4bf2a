"""Operations tagged 'users'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
    encode_multipart,
)

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


class UsersWithRawResponse:
    """Operations tagged 'users'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.UserInput | models.User | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.User]:
        """createUser

        `POST /users`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created (the password is not echoed).

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/users",
            response_type=models.User,
            response_encoding="json",
            json_body=encode_body(body, models.UserInput, output=models.User),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.User]", result)

    def set_avatar(
        self,
        id: str,
        body: models.AvatarInput | models.Avatar | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setAvatar

        `PUT /users/{id}/avatar`

        Args:
            id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "PUT",
            _serialize.encode_path(
                "/users/{id}/avatar",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body, models.AvatarInput, {"image": False}, {}, output=models.Avatar
            ),
            content_type="multipart/form-data",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Users:
    """Operations tagged 'users'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = UsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.UserInput | models.User | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.User:
        """createUser

        `POST /users`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created (the password is not echoed).

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/users",
            response_type=models.User,
            response_encoding="json",
            json_body=encode_body(body, models.UserInput, output=models.User),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.User", result)

    def set_avatar(
        self,
        id: str,
        body: models.AvatarInput | models.Avatar | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setAvatar

        `PUT /users/{id}/avatar`

        Args:
            id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "PUT",
            _serialize.encode_path(
                "/users/{id}/avatar",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body, models.AvatarInput, {"image": False}, {}, output=models.Avatar
            ),
            content_type="multipart/form-data",
            options=request_options,
        )


class AsyncUsersWithRawResponse:
    """Operations tagged 'users'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.UserInput | models.User | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.User]:
        """createUser

        `POST /users`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created (the password is not echoed).

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/users",
            response_type=models.User,
            response_encoding="json",
            json_body=encode_body(body, models.UserInput, output=models.User),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.User]", result)

    async def set_avatar(
        self,
        id: str,
        body: models.AvatarInput | models.Avatar | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setAvatar

        `PUT /users/{id}/avatar`

        Args:
            id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/users/{id}/avatar",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body, models.AvatarInput, {"image": False}, {}, output=models.Avatar
            ),
            content_type="multipart/form-data",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncUsers:
    """Operations tagged 'users'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncUsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.UserInput | models.User | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.User:
        """createUser

        `POST /users`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created (the password is not echoed).

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/users",
            response_type=models.User,
            response_encoding="json",
            json_body=encode_body(body, models.UserInput, output=models.User),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.User", result)

    async def set_avatar(
        self,
        id: str,
        body: models.AvatarInput | models.Avatar | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setAvatar

        `PUT /users/{id}/avatar`

        Args:
            id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/users/{id}/avatar",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body, models.AvatarInput, {"image": False}, {}, output=models.Avatar
            ),
            content_type="multipart/form-data",
            options=request_options,
        )
