"""Operations tagged 'things'."""

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
    "AsyncThings",
    "AsyncThingsWithRawResponse",
    "Things",
    "ThingsWithRawResponse",
]


class ThingsWithRawResponse:
    """Operations tagged 'things'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Thing | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createThing

        `POST /things`

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
            "/things",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Thing),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Things:
    """Operations tagged 'things'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ThingsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Thing | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createThing

        `POST /things`

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
            "/things",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Thing),
            content_type="application/json",
            options=request_options,
        )


class AsyncThingsWithRawResponse:
    """Operations tagged 'things'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Thing | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createThing

        `POST /things`

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
            "/things",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Thing),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncThings:
    """Operations tagged 'things'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncThingsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Thing | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createThing

        `POST /things`

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
            "/things",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Thing),
            content_type="application/json",
            options=request_options,
        )
