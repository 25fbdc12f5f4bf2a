"""Operations tagged 'addresses'."""

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
    "Addresses",
    "AddressesWithRawResponse",
    "AsyncAddresses",
    "AsyncAddressesWithRawResponse",
]


class AddressesWithRawResponse:
    """Operations tagged 'addresses'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        address_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Address]:
        """getAddress

        `GET /addresses/{addressId}`

        Args:
            address_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A saved address.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Address]", result)


class Addresses:
    """Operations tagged 'addresses'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = AddressesWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        address_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Address:
        """getAddress

        `GET /addresses/{addressId}`

        Args:
            address_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A saved address.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Address", result)


class AsyncAddressesWithRawResponse:
    """Operations tagged 'addresses'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        address_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Address]:
        """getAddress

        `GET /addresses/{addressId}`

        Args:
            address_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A saved address.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Address]", result)


class AsyncAddresses:
    """Operations tagged 'addresses'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncAddressesWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        address_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Address:
        """getAddress

        `GET /addresses/{addressId}`

        Args:
            address_id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A saved address.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            options=request_options,
        )
        return cast("models.Address", result)
