"""Operations tagged 'members'."""

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
    "AsyncMembers",
    "AsyncMembersWithRawResponse",
    "Members",
    "MembersWithRawResponse",
]


class MembersWithRawResponse:
    """Operations tagged 'members'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: models.MemberInput | models.Member | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Member]:
        """createMember

        `POST /members`

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
            "/members",
            response_type=models.Member,
            response_encoding="json",
            json_body=encode_body(body, models.MemberInput, output=models.Member),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Member]", result)


class Members:
    """Operations tagged 'members'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = MembersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create(
        self,
        body: models.MemberInput | models.Member | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Member:
        """createMember

        `POST /members`

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
            "/members",
            response_type=models.Member,
            response_encoding="json",
            json_body=encode_body(body, models.MemberInput, output=models.Member),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Member", result)


class AsyncMembersWithRawResponse:
    """Operations tagged 'members'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: models.MemberInput | models.Member | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Member]:
        """createMember

        `POST /members`

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
            "/members",
            response_type=models.Member,
            response_encoding="json",
            json_body=encode_body(body, models.MemberInput, output=models.Member),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Member]", result)


class AsyncMembers:
    """Operations tagged 'members'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncMembersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create(
        self,
        body: models.MemberInput | models.Member | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Member:
        """createMember

        `POST /members`

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
            "/members",
            response_type=models.Member,
            response_encoding="json",
            json_body=encode_body(body, models.MemberInput, output=models.Member),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Member", result)
