"""Operations tagged 'models'."""

from __future__ import annotations

from typing import cast

from .. import models
from .._http import (
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_path,
)

__all__ = [
    "AsyncModels",
    "Models",
]


class Models:
    """Operations tagged 'models'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

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
            encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.UserProfile", result)


class AsyncModels:
    """Operations tagged 'models'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

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
            encode_path(
                "/models/{model.id}",
                {
                    "model.id": model_id,
                },
            ),
            response_type=models.UserProfile,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.UserProfile", result)
