"""Operations tagged 'pets'."""

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

    def list(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Pet]]:
        """listPets

        `GET /pets`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Pets.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/pets",
            response_type=list[models.Pet],
            response_encoding="json",
            error_types={"default": models.Error},
            query={
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Pet]]", result)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Pet]:
        """getPet

        `GET /pets/{id}`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A pet.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/pets/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.Pet,
            response_encoding="json",
            error_types={"default": models.Error},
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Pet]", result)


class Pets:
    """Operations tagged 'pets'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = PetsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Pet]:
        """listPets

        `GET /pets`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Pets.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/pets",
            response_type=list[models.Pet],
            response_encoding="json",
            error_types={"default": models.Error},
            query={
                "limit": limit,
            },
            options=request_options,
        )
        return cast("list[models.Pet]", result)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """getPet

        `GET /pets/{id}`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A pet.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/pets/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.Pet,
            response_encoding="json",
            error_types={"default": models.Error},
            options=request_options,
        )
        return cast("models.Pet", result)


class AsyncPetsWithRawResponse:
    """Operations tagged 'pets'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Pet]]:
        """listPets

        `GET /pets`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Pets.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/pets",
            response_type=list[models.Pet],
            response_encoding="json",
            error_types={"default": models.Error},
            query={
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Pet]]", result)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Pet]:
        """getPet

        `GET /pets/{id}`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A pet.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/pets/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.Pet,
            response_encoding="json",
            error_types={"default": models.Error},
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Pet]", result)


class AsyncPets:
    """Operations tagged 'pets'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncPetsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Pet]:
        """listPets

        `GET /pets`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Pets.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/pets",
            response_type=list[models.Pet],
            response_encoding="json",
            error_types={"default": models.Error},
            query={
                "limit": limit,
            },
            options=request_options,
        )
        return cast("list[models.Pet]", result)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """getPet

        `GET /pets/{id}`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A pet.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/pets/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.Pet,
            response_encoding="json",
            error_types={"default": models.Error},
            options=request_options,
        )
        return cast("models.Pet", result)
