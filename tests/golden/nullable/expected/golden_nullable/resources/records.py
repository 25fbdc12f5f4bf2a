"""Operations tagged 'records'."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from .. import _serialize, models
from .._http import (
    NOT_GIVEN,
    ApiResponse,
    AsyncHttp,
    NotGiven,
    RequestOptions,
    SyncHttp,
    encode_body,
)

__all__ = [
    "AsyncRecords",
    "AsyncRecordsWithRawResponse",
    "Records",
    "RecordsWithRawResponse",
]


class RecordsWithRawResponse:
    """Operations tagged 'records'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        record_id: str,
        *,
        cursor: str | None = None,
        since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Record]:
        """getRecord

        `GET /records/{recordId}`

        Args:
            record_id:
            cursor: Null and absent mean the same here.
            since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The record.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record,
            response_encoding="json",
            query={
                "cursor": cursor,
                "since": since,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Record]", result)

    def update(
        self,
        record_id: str,
        body: models.RecordPatch | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Record | None]:
        """updateRecord

        `PATCH /records/{recordId}`

        Args:
            record_id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The updated record, or null when it was deleted meanwhile.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record | None,
            response_encoding="json",
            json_body=encode_body(body, models.RecordPatch),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Record | None]", result)

    def set_owner(
        self,
        record_id: str,
        body: models.Owner | None | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setOwner

        The record's owner; null takes the owner away.

        `PUT /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "PUT",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Owner | None, null=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def touch(
        self,
        record_id: str,
        body: models.TouchRecordBody | None | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """touchRecord

        With no body, the record is only touched; null clears its note.

        `POST /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`; leave it out (NOT_GIVEN) to send no body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=None
            if isinstance(body, NotGiven)
            else encode_body(body, models.TouchRecordBody | None, null=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Records:
    """Operations tagged 'records'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = RecordsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        record_id: str,
        *,
        cursor: str | None = None,
        since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Record:
        """getRecord

        `GET /records/{recordId}`

        Args:
            record_id:
            cursor: Null and absent mean the same here.
            since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The record.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record,
            response_encoding="json",
            query={
                "cursor": cursor,
                "since": since,
            },
            options=request_options,
        )
        return cast("models.Record", result)

    def update(
        self,
        record_id: str,
        body: models.RecordPatch | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Record | None:
        """updateRecord

        `PATCH /records/{recordId}`

        Args:
            record_id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The updated record, or null when it was deleted meanwhile.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record | None,
            response_encoding="json",
            json_body=encode_body(body, models.RecordPatch),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Record | None", result)

    def set_owner(
        self,
        record_id: str,
        body: models.Owner | None | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setOwner

        The record's owner; null takes the owner away.

        `PUT /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "PUT",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Owner | None, null=True),
            content_type="application/json",
            options=request_options,
        )

    def touch(
        self,
        record_id: str,
        body: models.TouchRecordBody | None | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """touchRecord

        With no body, the record is only touched; null clears its note.

        `POST /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`; leave it out (NOT_GIVEN) to send no body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "POST",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=None
            if isinstance(body, NotGiven)
            else encode_body(body, models.TouchRecordBody | None, null=True),
            content_type="application/json",
            options=request_options,
        )


class AsyncRecordsWithRawResponse:
    """Operations tagged 'records'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        record_id: str,
        *,
        cursor: str | None = None,
        since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Record]:
        """getRecord

        `GET /records/{recordId}`

        Args:
            record_id:
            cursor: Null and absent mean the same here.
            since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The record.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record,
            response_encoding="json",
            query={
                "cursor": cursor,
                "since": since,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Record]", result)

    async def update(
        self,
        record_id: str,
        body: models.RecordPatch | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Record | None]:
        """updateRecord

        `PATCH /records/{recordId}`

        Args:
            record_id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The updated record, or null when it was deleted meanwhile.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record | None,
            response_encoding="json",
            json_body=encode_body(body, models.RecordPatch),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Record | None]", result)

    async def set_owner(
        self,
        record_id: str,
        body: models.Owner | None | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setOwner

        The record's owner; null takes the owner away.

        `PUT /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Owner | None, null=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def touch(
        self,
        record_id: str,
        body: models.TouchRecordBody | None | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """touchRecord

        With no body, the record is only touched; null clears its note.

        `POST /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`; leave it out (NOT_GIVEN) to send no body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=None
            if isinstance(body, NotGiven)
            else encode_body(body, models.TouchRecordBody | None, null=True),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncRecords:
    """Operations tagged 'records'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncRecordsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        record_id: str,
        *,
        cursor: str | None = None,
        since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Record:
        """getRecord

        `GET /records/{recordId}`

        Args:
            record_id:
            cursor: Null and absent mean the same here.
            since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The record.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record,
            response_encoding="json",
            query={
                "cursor": cursor,
                "since": since,
            },
            options=request_options,
        )
        return cast("models.Record", result)

    async def update(
        self,
        record_id: str,
        body: models.RecordPatch | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Record | None:
        """updateRecord

        `PATCH /records/{recordId}`

        Args:
            record_id:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The updated record, or null when it was deleted meanwhile.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "PATCH",
            _serialize.encode_path(
                "/records/{recordId}",
                {
                    "recordId": record_id,
                },
            ),
            response_type=models.Record | None,
            response_encoding="json",
            json_body=encode_body(body, models.RecordPatch),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Record | None", result)

    async def set_owner(
        self,
        record_id: str,
        body: models.Owner | None | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setOwner

        The record's owner; null takes the owner away.

        `PUT /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=encode_body(body, models.Owner | None, null=True),
            content_type="application/json",
            options=request_options,
        )

    async def touch(
        self,
        record_id: str,
        body: models.TouchRecordBody | None | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """touchRecord

        With no body, the record is only touched; null clears its note.

        `POST /records/{recordId}/owner`

        Args:
            record_id:
            body: The request body. None sends the JSON body `null`; leave it out (NOT_GIVEN) to send no body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Stored.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "POST",
            _serialize.encode_path(
                "/records/{recordId}/owner",
                {
                    "recordId": record_id,
                },
            ),
            response_encoding="none",
            accept=None,
            json_body=None
            if isinstance(body, NotGiven)
            else encode_body(body, models.TouchRecordBody | None, null=True),
            content_type="application/json",
            options=request_options,
        )
