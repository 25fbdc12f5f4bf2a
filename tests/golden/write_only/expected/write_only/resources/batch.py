"""Operations tagged 'batch'."""

from __future__ import annotations

from typing import cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
)

__all__ = [
    "AsyncBatch",
    "AsyncBatchWithRawResponse",
    "Batch",
    "BatchWithRawResponse",
]


class BatchWithRawResponse:
    """Operations tagged 'batch'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create_users(
        self,
        body: list[models.UserInput] | list[models.User] | list[models.UserInput | models.User],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createUsers

        `POST /users/batch`

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
            "/users/batch",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, list[models.UserInput], output=models.User),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Batch:
    """Operations tagged 'batch'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = BatchWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create_users(
        self,
        body: list[models.UserInput] | list[models.User] | list[models.UserInput | models.User],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createUsers

        `POST /users/batch`

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
            "/users/batch",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, list[models.UserInput], output=models.User),
            content_type="application/json",
            options=request_options,
        )


class AsyncBatchWithRawResponse:
    """Operations tagged 'batch'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create_users(
        self,
        body: list[models.UserInput] | list[models.User] | list[models.UserInput | models.User],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createUsers

        `POST /users/batch`

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
            "/users/batch",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, list[models.UserInput], output=models.User),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncBatch:
    """Operations tagged 'batch'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncBatchWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create_users(
        self,
        body: list[models.UserInput] | list[models.User] | list[models.UserInput | models.User],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createUsers

        `POST /users/batch`

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
            "/users/batch",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, list[models.UserInput], output=models.User),
            content_type="application/json",
            options=request_options,
        )
