"""Operations tagged 'drawings'."""

from __future__ import annotations

from typing import cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncDrawings",
    "AsyncDrawingsWithRawResponse",
    "Drawings",
    "DrawingsWithRawResponse",
]


class DrawingsWithRawResponse:
    """Operations tagged 'drawings'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        drawing_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Drawing]:
        """getDrawing

        `GET /drawings/{drawingId}`

        Args:
            drawing_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A drawing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/drawings/{drawingId}",
                {
                    "drawingId": drawing_id,
                },
            ),
            response_type=models.Drawing,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Drawing]", result)


class Drawings:
    """Operations tagged 'drawings'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = DrawingsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        drawing_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Drawing:
        """getDrawing

        `GET /drawings/{drawingId}`

        Args:
            drawing_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A drawing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/drawings/{drawingId}",
                {
                    "drawingId": drawing_id,
                },
            ),
            response_type=models.Drawing,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Drawing", result)


class AsyncDrawingsWithRawResponse:
    """Operations tagged 'drawings'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        drawing_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Drawing]:
        """getDrawing

        `GET /drawings/{drawingId}`

        Args:
            drawing_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A drawing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/drawings/{drawingId}",
                {
                    "drawingId": drawing_id,
                },
            ),
            response_type=models.Drawing,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Drawing]", result)


class AsyncDrawings:
    """Operations tagged 'drawings'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncDrawingsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        drawing_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Drawing:
        """getDrawing

        `GET /drawings/{drawingId}`

        Args:
            drawing_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A drawing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/drawings/{drawingId}",
                {
                    "drawingId": drawing_id,
                },
            ),
            response_type=models.Drawing,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Drawing", result)
