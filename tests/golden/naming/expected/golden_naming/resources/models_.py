"""Operations tagged 'models'."""

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
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
]


class ModelsWithRawResponse:
    """Operations tagged 'models'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get_by_id(
        self,
        model_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.UserProfile]:
        """get-model.by-id

        `GET /models/{model.id}`

        Args:
            model_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Dots everywhere.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.UserProfile]", result)


class Models:
    """Operations tagged 'models'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ModelsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get_by_id(
        self,
        model_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile:
        """get-model.by-id

        `GET /models/{model.id}`

        Args:
            model_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Dots everywhere.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.UserProfile", result)


class AsyncModelsWithRawResponse:
    """Operations tagged 'models'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get_by_id(
        self,
        model_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.UserProfile]:
        """get-model.by-id

        `GET /models/{model.id}`

        Args:
            model_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Dots everywhere.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.UserProfile]", result)


class AsyncModels:
    """Operations tagged 'models'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncModelsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get_by_id(
        self,
        model_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile:
        """get-model.by-id

        `GET /models/{model.id}`

        Args:
            model_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Dots everywhere.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.UserProfile", result)
