"""Operations tagged 'import'."""

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
    "AsyncImport",
    "AsyncImportWithRawResponse",
    "Import",
    "ImportWithRawResponse",
]


class ImportWithRawResponse:
    """Operations tagged 'import'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def none(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """None

        `GET /import`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Nothing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/import",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def import_(
        self,
        body: models.Class | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ImportResponse]:
        """import

        `POST /import`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Same names, other casing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/import",
            response_type=models.ImportResponse,
            response_encoding="json",
            json_body=encode_body(body, models.Class),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ImportResponse]", result)


class Import:
    """Operations tagged 'import'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ImportWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def none(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """None

        `GET /import`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Nothing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/import",
            response_encoding="none",
            accept=None,
            options=request_options,
        )

    def import_(
        self,
        body: models.Class | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ImportResponse:
        """import

        `POST /import`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Same names, other casing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/import",
            response_type=models.ImportResponse,
            response_encoding="json",
            json_body=encode_body(body, models.Class),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.ImportResponse", result)


class AsyncImportWithRawResponse:
    """Operations tagged 'import'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def none(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """None

        `GET /import`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Nothing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/import",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def import_(
        self,
        body: models.Class | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ImportResponse]:
        """import

        `POST /import`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Same names, other casing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/import",
            response_type=models.ImportResponse,
            response_encoding="json",
            json_body=encode_body(body, models.Class),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ImportResponse]", result)


class AsyncImport:
    """Operations tagged 'import'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncImportWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def none(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """None

        `GET /import`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Nothing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/import",
            response_encoding="none",
            accept=None,
            options=request_options,
        )

    async def import_(
        self,
        body: models.Class | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ImportResponse:
        """import

        `POST /import`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Same names, other casing.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/import",
            response_type=models.ImportResponse,
            response_encoding="json",
            json_body=encode_body(body, models.Class),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.ImportResponse", result)
