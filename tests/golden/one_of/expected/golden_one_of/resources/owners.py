"""Operations tagged 'owners'."""

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
    "AsyncOwners",
    "AsyncOwnersWithRawResponse",
    "Owners",
    "OwnersWithRawResponse",
]


class OwnersWithRawResponse:
    """Operations tagged 'owners'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Owner | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Owner]:
        """createOwner

        `POST /owners`

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
            "/owners",
            response_type=models.Owner,
            response_encoding="json",
            json_body=encode_body(body, models.Owner),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Owner]", result)


class Owners:
    """Operations tagged 'owners'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = OwnersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Owner | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Owner:
        """createOwner

        `POST /owners`

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
            "/owners",
            response_type=models.Owner,
            response_encoding="json",
            json_body=encode_body(body, models.Owner),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Owner", result)


class AsyncOwnersWithRawResponse:
    """Operations tagged 'owners'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Owner | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Owner]:
        """createOwner

        `POST /owners`

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
            "/owners",
            response_type=models.Owner,
            response_encoding="json",
            json_body=encode_body(body, models.Owner),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Owner]", result)


class AsyncOwners:
    """Operations tagged 'owners'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncOwnersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Owner | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Owner:
        """createOwner

        `POST /owners`

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
            "/owners",
            response_type=models.Owner,
            response_encoding="json",
            json_body=encode_body(body, models.Owner),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Owner", result)
