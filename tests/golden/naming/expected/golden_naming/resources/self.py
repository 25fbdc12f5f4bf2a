"""Operations tagged 'self'."""

from __future__ import annotations

from typing import cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncSelfResource",
    "AsyncSelfResourceWithRawResponse",
    "SelfResource",
    "SelfResourceWithRawResponse",
]


class SelfResourceWithRawResponse:
    """Operations tagged 'self'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def close(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.BaseModelModel]:
        """close

        `GET /self`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A tag named like a Python convention and an operation named like a client method.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/self",
            response_type=models.BaseModelModel,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.BaseModelModel]", result)


class SelfResource:
    """Operations tagged 'self'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = SelfResourceWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def close(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BaseModelModel:
        """close

        `GET /self`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A tag named like a Python convention and an operation named like a client method.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/self",
            response_type=models.BaseModelModel,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.BaseModelModel", result)


class AsyncSelfResourceWithRawResponse:
    """Operations tagged 'self'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def close(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.BaseModelModel]:
        """close

        `GET /self`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A tag named like a Python convention and an operation named like a client method.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/self",
            response_type=models.BaseModelModel,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.BaseModelModel]", result)


class AsyncSelfResource:
    """Operations tagged 'self'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncSelfResourceWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def close(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BaseModelModel:
        """close

        `GET /self`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A tag named like a Python convention and an operation named like a client method.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/self",
            response_type=models.BaseModelModel,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.BaseModelModel", result)
