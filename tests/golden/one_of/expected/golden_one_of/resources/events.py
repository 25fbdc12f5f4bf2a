"""Operations tagged 'events'."""

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
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "Events",
    "EventsWithRawResponse",
]


class EventsWithRawResponse:
    """Operations tagged 'events'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Event | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createEvent

        `POST /events`

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
            "/events",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Event),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Events:
    """Operations tagged 'events'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = EventsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Event | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createEvent

        `POST /events`

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
            "/events",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Event),
            content_type="application/json",
            options=request_options,
        )


class AsyncEventsWithRawResponse:
    """Operations tagged 'events'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Event | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createEvent

        `POST /events`

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
            "/events",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Event),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncEvents:
    """Operations tagged 'events'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncEventsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Event | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createEvent

        `POST /events`

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
            "/events",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Event),
            content_type="application/json",
            options=request_options,
        )
