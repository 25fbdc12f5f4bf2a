"""Operations tagged 'pets'."""

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
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "Pets",
    "PetsWithRawResponse",
]


class PetsWithRawResponse:
    """Operations tagged 'pets'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.Pet | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Pet]:
        """createPet

        `POST /pets`

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
            "/pets",
            response_type=models.Pet,
            response_encoding="json",
            json_body=encode_body(body, models.Pet),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Pet]", result)

    def create_either(
        self,
        body: models.Cat | models.Dog,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createEither

        `POST /pets/either`

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
            "/pets/either",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Cat | models.Dog, one_of=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Pets:
    """Operations tagged 'pets'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = PetsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.Pet | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """createPet

        `POST /pets`

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
            "/pets",
            response_type=models.Pet,
            response_encoding="json",
            json_body=encode_body(body, models.Pet),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Pet", result)

    def create_either(
        self,
        body: models.Cat | models.Dog,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createEither

        `POST /pets/either`

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
            "/pets/either",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Cat | models.Dog, one_of=True),
            content_type="application/json",
            options=request_options,
        )


class AsyncPetsWithRawResponse:
    """Operations tagged 'pets'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.Pet | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Pet]:
        """createPet

        `POST /pets`

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
            "/pets",
            response_type=models.Pet,
            response_encoding="json",
            json_body=encode_body(body, models.Pet),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Pet]", result)

    async def create_either(
        self,
        body: models.Cat | models.Dog,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createEither

        `POST /pets/either`

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
            "/pets/either",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Cat | models.Dog, one_of=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncPets:
    """Operations tagged 'pets'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncPetsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.Pet | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """createPet

        `POST /pets`

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
            "/pets",
            response_type=models.Pet,
            response_encoding="json",
            json_body=encode_body(body, models.Pet),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Pet", result)

    async def create_either(
        self,
        body: models.Cat | models.Dog,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createEither

        `POST /pets/either`

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
            "/pets/either",
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Cat | models.Dog, one_of=True),
            content_type="application/json",
            options=request_options,
        )
