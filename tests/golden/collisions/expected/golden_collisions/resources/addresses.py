"""Operations tagged 'addresses'."""

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
    "Addresses",
    "AsyncAddresses",
]


class Addresses:
    """Operations tagged 'addresses'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

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
            encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.Address", result)


class AsyncAddresses:
    """Operations tagged 'addresses'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

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
            encode_path(
                "/addresses/{addressId}",
                {
                    "addressId": address_id,
                },
            ),
            response_type=models.Address,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.Address", result)
