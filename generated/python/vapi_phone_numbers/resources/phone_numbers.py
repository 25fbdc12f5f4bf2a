"""Phone numbers that Vapi calls are made from and received on."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, cast

from .. import _pagination, _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
)

__all__ = [
    "AsyncPhoneNumberPaginatedResponsePage",
    "AsyncPhoneNumbers",
    "AsyncPhoneNumbersWithRawResponse",
    "PhoneNumberPaginatedResponsePage",
    "PhoneNumbers",
    "PhoneNumbersWithRawResponse",
]


class PhoneNumberPaginatedResponsePage(
    models.PhoneNumberPaginatedResponse, _pagination.Page[models.PhoneNumber]
):
    """One page of `models.PhoneNumberPaginatedResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncPhoneNumberPaginatedResponsePage(
    models.PhoneNumberPaginatedResponse, _pagination.AsyncPage[models.PhoneNumber]
):
    """One page of `models.PhoneNumberPaginatedResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class PhoneNumbersWithRawResponse:
    """Phone numbers that Vapi calls are made from and received on.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.PhoneNumber]]:
        """List Phone Numbers

        Returns the organisation's phone numbers as a plain array, optionally filtered by creation and update time. Use listPhoneNumbersPaginated for search, sorting and paging.

        `GET /phone-number`

        Args:
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The matching phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/phone-number",
            response_type=list[models.PhoneNumber],
            response_encoding="json",
            query={
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.PhoneNumber]]", result)

    def create(
        self,
        body: models.CreatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Create Phone Number

        Adds a phone number to the organisation: imports one you hold with Twilio, Vonage or Telnyx, registers a number carried by your own SIP trunk, or provisions a free Vapi number or SIP URI. The shape of the body depends on `provider`.

        `POST /phone-number`

        Args:
            body: The phone number to create.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number was created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/phone-number",
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.CreatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    def list_paginated(
        self,
        *,
        search: str | None = None,
        page: float | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_by: Literal["createdAt", "duration", "cost"] | None = None,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumberPaginatedResponse]:
        """List Phone Numbers (paginated)

        Returns one page of the organisation's phone numbers with paging details, with search, sorting and time filters. Pages are chosen with `page` and `limit`.

        `GET /v2/phone-number`

        Args:
            search: Text to look for in the phone number's name, number or SIP URI.
            page: Page to return, starting at 1. Server default: 1.
            sort_order: Sort direction of the results. Server default: 'DESC'.
            sort_by: Field the results are sorted by. Server default: 'createdAt'.
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The requested page of phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/v2/phone-number",
            response_type=models.PhoneNumberPaginatedResponse,
            response_encoding="json",
            query={
                "search": search,
                "page": page,
                "sortOrder": sort_order,
                "sortBy": sort_by,
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumberPaginatedResponse]", result)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Get Phone Number

        Returns one phone number by its ID.

        `GET /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Delete Phone Number

        Deletes the phone number from the organisation and returns it as it was before deletion.

        `DELETE /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The deleted phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "DELETE",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    def update(
        self,
        id: str,
        body: models.UpdatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Update Phone Number

        Changes the fields sent in the body and leaves the others as they are. The body must name the number's `provider`.

        `PATCH /phone-number/{id}`

        Args:
            id: ID of the phone number.
            body: The fields to change.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number after the change.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.UpdatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)


class PhoneNumbers:
    """Phone numbers that Vapi calls are made from and received on."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = PhoneNumbersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list(
        self,
        *,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.PhoneNumber]:
        """List Phone Numbers

        Returns the organisation's phone numbers as a plain array, optionally filtered by creation and update time. Use listPhoneNumbersPaginated for search, sorting and paging.

        `GET /phone-number`

        Args:
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The matching phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/phone-number",
            response_type=list[models.PhoneNumber],
            response_encoding="json",
            query={
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("list[models.PhoneNumber]", result)

    def create(
        self,
        body: models.CreatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Create Phone Number

        Adds a phone number to the organisation: imports one you hold with Twilio, Vonage or Telnyx, registers a number carried by your own SIP trunk, or provisions a free Vapi number or SIP URI. The shape of the body depends on `provider`.

        `POST /phone-number`

        Args:
            body: The phone number to create.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number was created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/phone-number",
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.CreatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    def list_paginated(
        self,
        *,
        search: str | None = None,
        page: float | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_by: Literal["createdAt", "duration", "cost"] | None = None,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumberPaginatedResponsePage:
        """List Phone Numbers (paginated)

        Returns one page of the organisation's phone numbers with paging details, with search, sorting and time filters. Pages are chosen with `page` and `limit`.

        `GET /v2/phone-number`

        Args:
            search: Text to look for in the phone number's name, number or SIP URI.
            page: Page to return, starting at 1. Server default: 1.
            sort_order: Sort direction of the results. Server default: 'DESC'.
            sort_by: Field the results are sorted by. Server default: 'createdAt'.
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: The requested page of phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="page",
                items=("results",),
                parameter="page",
                has_more=(
                    "metadata",
                    "hasNextPage",
                ),
                total_pages=(
                    "metadata",
                    "totalPages",
                ),
                total_items=(
                    "metadata",
                    "totalItems",
                ),
                current_page=(
                    "metadata",
                    "currentPage",
                ),
                page_size=(
                    "metadata",
                    "itemsPerPage",
                ),
                limit="limit",
            ),
            PhoneNumberPaginatedResponsePage,
            "GET",
            "/v2/phone-number",
            response_type=models.PhoneNumberPaginatedResponse,
            response_encoding="json",
            query={
                "search": search,
                "page": page,
                "sortOrder": sort_order,
                "sortBy": sort_by,
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("PhoneNumberPaginatedResponsePage", result)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Get Phone Number

        Returns one phone number by its ID.

        `GET /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Delete Phone Number

        Deletes the phone number from the organisation and returns it as it was before deletion.

        `DELETE /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The deleted phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "DELETE",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    def update(
        self,
        id: str,
        body: models.UpdatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Update Phone Number

        Changes the fields sent in the body and leaves the others as they are. The body must name the number's `provider`.

        `PATCH /phone-number/{id}`

        Args:
            id: ID of the phone number.
            body: The fields to change.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number after the change.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.UpdatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)


class AsyncPhoneNumbersWithRawResponse:
    """Phone numbers that Vapi calls are made from and received on. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        *,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.PhoneNumber]]:
        """List Phone Numbers

        Returns the organisation's phone numbers as a plain array, optionally filtered by creation and update time. Use listPhoneNumbersPaginated for search, sorting and paging.

        `GET /phone-number`

        Args:
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The matching phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/phone-number",
            response_type=list[models.PhoneNumber],
            response_encoding="json",
            query={
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.PhoneNumber]]", result)

    async def create(
        self,
        body: models.CreatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Create Phone Number

        Adds a phone number to the organisation: imports one you hold with Twilio, Vonage or Telnyx, registers a number carried by your own SIP trunk, or provisions a free Vapi number or SIP URI. The shape of the body depends on `provider`.

        `POST /phone-number`

        Args:
            body: The phone number to create.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number was created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/phone-number",
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.CreatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    async def list_paginated(
        self,
        *,
        search: str | None = None,
        page: float | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_by: Literal["createdAt", "duration", "cost"] | None = None,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumberPaginatedResponse]:
        """List Phone Numbers (paginated)

        Returns one page of the organisation's phone numbers with paging details, with search, sorting and time filters. Pages are chosen with `page` and `limit`.

        `GET /v2/phone-number`

        Args:
            search: Text to look for in the phone number's name, number or SIP URI.
            page: Page to return, starting at 1. Server default: 1.
            sort_order: Sort direction of the results. Server default: 'DESC'.
            sort_by: Field the results are sorted by. Server default: 'createdAt'.
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The requested page of phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/v2/phone-number",
            response_type=models.PhoneNumberPaginatedResponse,
            response_encoding="json",
            query={
                "search": search,
                "page": page,
                "sortOrder": sort_order,
                "sortBy": sort_by,
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumberPaginatedResponse]", result)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Get Phone Number

        Returns one phone number by its ID.

        `GET /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Delete Phone Number

        Deletes the phone number from the organisation and returns it as it was before deletion.

        `DELETE /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The deleted phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "DELETE",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)

    async def update(
        self,
        id: str,
        body: models.UpdatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PhoneNumber]:
        """Update Phone Number

        Changes the fields sent in the body and leaves the others as they are. The body must name the number's `provider`.

        `PATCH /phone-number/{id}`

        Args:
            id: ID of the phone number.
            body: The fields to change.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The phone number after the change.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.UpdatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PhoneNumber]", result)


class AsyncPhoneNumbers:
    """Phone numbers that Vapi calls are made from and received on. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncPhoneNumbersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list(
        self,
        *,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.PhoneNumber]:
        """List Phone Numbers

        Returns the organisation's phone numbers as a plain array, optionally filtered by creation and update time. Use listPhoneNumbersPaginated for search, sorting and paging.

        `GET /phone-number`

        Args:
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The matching phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/phone-number",
            response_type=list[models.PhoneNumber],
            response_encoding="json",
            query={
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("list[models.PhoneNumber]", result)

    async def create(
        self,
        body: models.CreatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Create Phone Number

        Adds a phone number to the organisation: imports one you hold with Twilio, Vonage or Telnyx, registers a number carried by your own SIP trunk, or provisions a free Vapi number or SIP URI. The shape of the body depends on `provider`.

        `POST /phone-number`

        Args:
            body: The phone number to create.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number was created.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/phone-number",
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.CreatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    async def list_paginated(
        self,
        *,
        search: str | None = None,
        page: float | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_by: Literal["createdAt", "duration", "cost"] | None = None,
        limit: float | None = None,
        created_at_gt: datetime.datetime | None = None,
        created_at_lt: datetime.datetime | None = None,
        created_at_ge: datetime.datetime | None = None,
        created_at_le: datetime.datetime | None = None,
        updated_at_gt: datetime.datetime | None = None,
        updated_at_lt: datetime.datetime | None = None,
        updated_at_ge: datetime.datetime | None = None,
        updated_at_le: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPhoneNumberPaginatedResponsePage:
        """List Phone Numbers (paginated)

        Returns one page of the organisation's phone numbers with paging details, with search, sorting and time filters. Pages are chosen with `page` and `limit`.

        `GET /v2/phone-number`

        Args:
            search: Text to look for in the phone number's name, number or SIP URI.
            page: Page to return, starting at 1. Server default: 1.
            sort_order: Sort direction of the results. Server default: 'DESC'.
            sort_by: Field the results are sorted by. Server default: 'createdAt'.
            limit: Largest number of items to return. Server default: 100.
            created_at_gt: Only return phone numbers created after this time (ISO 8601).
            created_at_lt: Only return phone numbers created before this time (ISO 8601).
            created_at_ge: Only return phone numbers created at or after this time (ISO 8601).
            created_at_le: Only return phone numbers created at or before this time (ISO 8601).
            updated_at_gt: Only return phone numbers last updated after this time (ISO 8601).
            updated_at_lt: Only return phone numbers last updated before this time (ISO 8601).
            updated_at_ge: Only return phone numbers last updated at or after this time (ISO 8601).
            updated_at_le: Only return phone numbers last updated at or before this time (ISO 8601).
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: The requested page of phone numbers.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="page",
                items=("results",),
                parameter="page",
                has_more=(
                    "metadata",
                    "hasNextPage",
                ),
                total_pages=(
                    "metadata",
                    "totalPages",
                ),
                total_items=(
                    "metadata",
                    "totalItems",
                ),
                current_page=(
                    "metadata",
                    "currentPage",
                ),
                page_size=(
                    "metadata",
                    "itemsPerPage",
                ),
                limit="limit",
            ),
            AsyncPhoneNumberPaginatedResponsePage,
            "GET",
            "/v2/phone-number",
            response_type=models.PhoneNumberPaginatedResponse,
            response_encoding="json",
            query={
                "search": search,
                "page": page,
                "sortOrder": sort_order,
                "sortBy": sort_by,
                "limit": limit,
                "createdAtGt": created_at_gt,
                "createdAtLt": created_at_lt,
                "createdAtGe": created_at_ge,
                "createdAtLe": created_at_le,
                "updatedAtGt": updated_at_gt,
                "updatedAtLt": updated_at_lt,
                "updatedAtGe": updated_at_ge,
                "updatedAtLe": updated_at_le,
            },
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("AsyncPhoneNumberPaginatedResponsePage", result)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Get Phone Number

        Returns one phone number by its ID.

        `GET /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Delete Phone Number

        Deletes the phone number from the organisation and returns it as it was before deletion.

        `DELETE /phone-number/{id}`

        Args:
            id: ID of the phone number.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The deleted phone number.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "DELETE",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)

    async def update(
        self,
        id: str,
        body: models.UpdatePhoneNumberRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PhoneNumber:
        """Update Phone Number

        Changes the fields sent in the body and leaves the others as they are. The body must name the number's `provider`.

        `PATCH /phone-number/{id}`

        Args:
            id: ID of the phone number.
            body: The fields to change.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The phone number after the change.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/phone-number/{id}",
                {
                    "id": id,
                },
            ),
            response_type=models.PhoneNumber,
            response_encoding="json",
            json_body=encode_body(body, models.UpdatePhoneNumberRequest),
            content_type="application/json",
            security=({"bearer": ()},),
            options=request_options,
        )
        return cast("models.PhoneNumber", result)
