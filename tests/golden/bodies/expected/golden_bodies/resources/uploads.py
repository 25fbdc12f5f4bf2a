"""Operations tagged 'uploads'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_multipart,
)

__all__ = [
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "Uploads",
    "UploadsWithRawResponse",
]


class UploadsWithRawResponse:
    """Operations tagged 'uploads'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def upload(
        self,
        body: models.UploadBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """upload

        `POST /uploads`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            "/uploads",
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body,
                models.UploadBody,
                {"file": False, "attachments": True, "image": False, "avatar": False},
                {"image": "image/png", "avatar": "image/jpeg", "meta": "application/json"},
            ),
            content_type="multipart/form-data",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def put_raw(
        self,
        body: bytes,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """putRaw

        `PUT /raw`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: stored

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "PUT",
            "/raw",
            response_encoding="none",
            accept=None,
            content=body,
            content_type="application/octet-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Uploads:
    """Operations tagged 'uploads'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = UploadsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def upload(
        self,
        body: models.UploadBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """upload

        `POST /uploads`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "POST",
            "/uploads",
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body,
                models.UploadBody,
                {"file": False, "attachments": True, "image": False, "avatar": False},
                {"image": "image/png", "avatar": "image/jpeg", "meta": "application/json"},
            ),
            content_type="multipart/form-data",
            options=request_options,
        )

    def put_raw(
        self,
        body: bytes,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """putRaw

        `PUT /raw`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            stored

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "PUT",
            "/raw",
            response_encoding="none",
            accept=None,
            content=body,
            content_type="application/octet-stream",
            options=request_options,
        )


class AsyncUploadsWithRawResponse:
    """Operations tagged 'uploads'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def upload(
        self,
        body: models.UploadBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """upload

        `POST /uploads`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            "/uploads",
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body,
                models.UploadBody,
                {"file": False, "attachments": True, "image": False, "avatar": False},
                {"image": "image/png", "avatar": "image/jpeg", "meta": "application/json"},
            ),
            content_type="multipart/form-data",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def put_raw(
        self,
        body: bytes,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """putRaw

        `PUT /raw`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: stored

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "PUT",
            "/raw",
            response_encoding="none",
            accept=None,
            content=body,
            content_type="application/octet-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncUploads:
    """Operations tagged 'uploads'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncUploadsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def upload(
        self,
        body: models.UploadBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """upload

        `POST /uploads`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "POST",
            "/uploads",
            response_encoding="none",
            accept=None,
            files=encode_multipart(
                body,
                models.UploadBody,
                {"file": False, "attachments": True, "image": False, "avatar": False},
                {"image": "image/png", "avatar": "image/jpeg", "meta": "application/json"},
            ),
            content_type="multipart/form-data",
            options=request_options,
        )

    async def put_raw(
        self,
        body: bytes,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """putRaw

        `PUT /raw`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            stored

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "PUT",
            "/raw",
            response_encoding="none",
            accept=None,
            content=body,
            content_type="application/octet-stream",
            options=request_options,
        )
