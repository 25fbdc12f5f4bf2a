"""Operations tagged 'shapes'."""

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
)

__all__ = [
    "AsyncShapes",
    "AsyncShapesWithRawResponse",
    "Shapes",
    "ShapesWithRawResponse",
]


class ShapesWithRawResponse:
    """Operations tagged 'shapes'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Shape]]:
        """listShapes

        `GET /shapes`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: All shapes.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/shapes",
            response_type=list[models.Shape],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Shape]]", result)

    def create(
        self,
        body: models.Shape | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Shape]:
        """createShape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The new shape.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/shapes",
            response_type=models.Shape,
            response_encoding="json",
            json_body=encode_body(body, models.Shape),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Shape]", result)

    def get_outline(
        self,
        shape_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.GetShapeOutlineResponse]:
        """getShapeOutline

        `GET /shapes/{shapeId}/outline`

        Args:
            shape_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An outline, inline union.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/shapes/{shapeId}/outline",
                {
                    "shapeId": shape_id,
                },
            ),
            response_type=models.GetShapeOutlineResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.GetShapeOutlineResponse]", result)


class Shapes:
    """Operations tagged 'shapes'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ShapesWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Shape]:
        """listShapes

        `GET /shapes`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            All shapes.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/shapes",
            response_type=list[models.Shape],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.Shape]", result)

    def create(
        self,
        body: models.Shape | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Shape:
        """createShape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The new shape.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/shapes",
            response_type=models.Shape,
            response_encoding="json",
            json_body=encode_body(body, models.Shape),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Shape", result)

    def get_outline(
        self,
        shape_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetShapeOutlineResponse:
        """getShapeOutline

        `GET /shapes/{shapeId}/outline`

        Args:
            shape_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An outline, inline union.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/shapes/{shapeId}/outline",
                {
                    "shapeId": shape_id,
                },
            ),
            response_type=models.GetShapeOutlineResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.GetShapeOutlineResponse", result)


class AsyncShapesWithRawResponse:
    """Operations tagged 'shapes'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Shape]]:
        """listShapes

        `GET /shapes`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: All shapes.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/shapes",
            response_type=list[models.Shape],
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Shape]]", result)

    async def create(
        self,
        body: models.Shape | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Shape]:
        """createShape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The new shape.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/shapes",
            response_type=models.Shape,
            response_encoding="json",
            json_body=encode_body(body, models.Shape),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Shape]", result)

    async def get_outline(
        self,
        shape_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.GetShapeOutlineResponse]:
        """getShapeOutline

        `GET /shapes/{shapeId}/outline`

        Args:
            shape_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An outline, inline union.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/shapes/{shapeId}/outline",
                {
                    "shapeId": shape_id,
                },
            ),
            response_type=models.GetShapeOutlineResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.GetShapeOutlineResponse]", result)


class AsyncShapes:
    """Operations tagged 'shapes'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncShapesWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Shape]:
        """listShapes

        `GET /shapes`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            All shapes.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/shapes",
            response_type=list[models.Shape],
            response_encoding="json",
            options=request_options,
        )
        return cast("list[models.Shape]", result)

    async def create(
        self,
        body: models.Shape | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Shape:
        """createShape

        `POST /shapes`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The new shape.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/shapes",
            response_type=models.Shape,
            response_encoding="json",
            json_body=encode_body(body, models.Shape),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Shape", result)

    async def get_outline(
        self,
        shape_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetShapeOutlineResponse:
        """getShapeOutline

        `GET /shapes/{shapeId}/outline`

        Args:
            shape_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An outline, inline union.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/shapes/{shapeId}/outline",
                {
                    "shapeId": shape_id,
                },
            ),
            response_type=models.GetShapeOutlineResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.GetShapeOutlineResponse", result)
