"""Operations tagged 'lamps'."""

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
    "AsyncLamps",
    "AsyncLampsWithRawResponse",
    "Lamps",
    "LampsWithRawResponse",
]


class LampsWithRawResponse:
    """Operations tagged 'lamps'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Lamp | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Lamp]:
        """createLamp

        `POST /lamps`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/lamps",
            response_type=models.Lamp,
            response_encoding="json",
            json_body=encode_body(body, models.Lamp),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Lamp]", result)

    def create_size(
        self,
        body: models.Size | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createLampSize

        `POST /lamps/size`

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
            "/lamps/size",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Size),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Lamps:
    """Operations tagged 'lamps'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = LampsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Lamp | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Lamp:
        """createLamp

        `POST /lamps`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/lamps",
            response_type=models.Lamp,
            response_encoding="json",
            json_body=encode_body(body, models.Lamp),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Lamp", result)

    def create_size(
        self,
        body: models.Size | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createLampSize

        `POST /lamps/size`

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
            "/lamps/size",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Size),
            content_type="application/json",
            options=request_options,
        )


class AsyncLampsWithRawResponse:
    """Operations tagged 'lamps'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Lamp | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Lamp]:
        """createLamp

        `POST /lamps`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/lamps",
            response_type=models.Lamp,
            response_encoding="json",
            json_body=encode_body(body, models.Lamp),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Lamp]", result)

    async def create_size(
        self,
        body: models.Size | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createLampSize

        `POST /lamps/size`

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
            "/lamps/size",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Size),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncLamps:
    """Operations tagged 'lamps'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncLampsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Lamp | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Lamp:
        """createLamp

        `POST /lamps`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/lamps",
            response_type=models.Lamp,
            response_encoding="json",
            json_body=encode_body(body, models.Lamp),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Lamp", result)

    async def create_size(
        self,
        body: models.Size | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createLampSize

        `POST /lamps/size`

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
            "/lamps/size",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Size),
            content_type="application/json",
            options=request_options,
        )
