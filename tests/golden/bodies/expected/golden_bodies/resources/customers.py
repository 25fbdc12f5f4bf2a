"""Operations tagged 'customers'."""

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
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
]


class CustomersWithRawResponse:
    """Operations tagged 'customers'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
        body: dict[str, Any] | Mapping[str, Any] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """listCustomers

        `GET /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/customers",
            response_encoding="none",
            accept=None,
            form=None
            if body is None
            else _serialize.encode_form(encode_body(body, dict[str, Any]), {}),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def create(
        self,
        body: models.CreateCustomerBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createCustomer

        `POST /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            "/customers",
            response_encoding="none",
            accept=None,
            form=_serialize.encode_form(
                encode_body(body, models.CreateCustomerBody),
                {
                    "metadata": ("deepObject", True, False),
                    "address": ("deepObject", True, False),
                    "expand": ("deepObject", True, False),
                    "preferred_locales": ("deepObject", True, False),
                    "invoice_settings": ("deepObject", True, False),
                },
            ),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Customers:
    """Operations tagged 'customers'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = CustomersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list(
        self,
        body: dict[str, Any] | Mapping[str, Any] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """listCustomers

        `GET /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/customers",
            response_encoding="none",
            accept=None,
            form=None
            if body is None
            else _serialize.encode_form(encode_body(body, dict[str, Any]), {}),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
        )

    def create(
        self,
        body: models.CreateCustomerBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createCustomer

        `POST /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "POST",
            "/customers",
            response_encoding="none",
            accept=None,
            form=_serialize.encode_form(
                encode_body(body, models.CreateCustomerBody),
                {
                    "metadata": ("deepObject", True, False),
                    "address": ("deepObject", True, False),
                    "expand": ("deepObject", True, False),
                    "preferred_locales": ("deepObject", True, False),
                    "invoice_settings": ("deepObject", True, False),
                },
            ),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
        )


class AsyncCustomersWithRawResponse:
    """Operations tagged 'customers'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        body: dict[str, Any] | Mapping[str, Any] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """listCustomers

        `GET /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/customers",
            response_encoding="none",
            accept=None,
            form=None
            if body is None
            else _serialize.encode_form(encode_body(body, dict[str, Any]), {}),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def create(
        self,
        body: models.CreateCustomerBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """createCustomer

        `POST /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            "/customers",
            response_encoding="none",
            accept=None,
            form=_serialize.encode_form(
                encode_body(body, models.CreateCustomerBody),
                {
                    "metadata": ("deepObject", True, False),
                    "address": ("deepObject", True, False),
                    "expand": ("deepObject", True, False),
                    "preferred_locales": ("deepObject", True, False),
                    "invoice_settings": ("deepObject", True, False),
                },
            ),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncCustomers:
    """Operations tagged 'customers'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncCustomersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list(
        self,
        body: dict[str, Any] | Mapping[str, Any] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """listCustomers

        `GET /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/customers",
            response_encoding="none",
            accept=None,
            form=None
            if body is None
            else _serialize.encode_form(encode_body(body, dict[str, Any]), {}),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
        )

    async def create(
        self,
        body: models.CreateCustomerBody | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """createCustomer

        `POST /customers`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "POST",
            "/customers",
            response_encoding="none",
            accept=None,
            form=_serialize.encode_form(
                encode_body(body, models.CreateCustomerBody),
                {
                    "metadata": ("deepObject", True, False),
                    "address": ("deepObject", True, False),
                    "expand": ("deepObject", True, False),
                    "preferred_locales": ("deepObject", True, False),
                    "invoice_settings": ("deepObject", True, False),
                },
            ),
            content_type="application/x-www-form-urlencoded",
            options=request_options,
        )
