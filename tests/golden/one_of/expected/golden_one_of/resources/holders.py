"""Operations tagged 'holders'."""

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
    "AsyncHolders",
    "AsyncHoldersWithRawResponse",
    "Holders",
    "HoldersWithRawResponse",
]


class HoldersWithRawResponse:
    """Operations tagged 'holders'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Holder | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createHolder

        `POST /holders`

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
            "/holders",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Holder),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Holders:
    """Operations tagged 'holders'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = HoldersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Holder | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createHolder

        `POST /holders`

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
            "/holders",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Holder),
            content_type="application/json",
            options=request_options,
        )


class AsyncHoldersWithRawResponse:
    """Operations tagged 'holders'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Holder | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createHolder

        `POST /holders`

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
            "/holders",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Holder),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncHolders:
    """Operations tagged 'holders'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncHoldersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Holder | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createHolder

        `POST /holders`

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
            "/holders",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Holder),
            content_type="application/json",
            options=request_options,
        )
