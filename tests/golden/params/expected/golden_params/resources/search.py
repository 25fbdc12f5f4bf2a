"""Operations tagged 'search'."""

from __future__ import annotations

import datetime
import warnings as _warnings
from typing import Any, Literal, cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncSearch",
    "AsyncSearchWithRawResponse",
    "Search",
    "SearchWithRawResponse",
]


class SearchWithRawResponse:
    """Operations tagged 'search'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def search(
        self,
        *,
        ids: list[int] | None = None,
        tags: list[str] | None = None,
        filter: models.SearchFilter | None = None,
        pipes: list[str] | None = None,
        spaces: list[str] | None = None,
        active: bool | None = None,
        price: float | None = None,
        since: datetime.datetime | None = None,
        day: datetime.date | None = None,
        sort: Literal["asc", "desc"] | None = None,
        redirect: str | None = None,
        where: dict[str, Any] | None = None,
        old: str | None = None,
        x_active: bool | None = None,
        x_since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[dict[str, Any]]:
        """search

        `GET /search`

        Args:
            ids:
            tags:
            filter:
            pipes:
            spaces:
            active:
            price:
            since:
            day:
            sort:
            redirect:
            where:
            old:  Deprecated.
            x_active:
            x_since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        if old is not None:
            _warnings.warn(
                "search(): old is deprecated by the API", DeprecationWarning, stacklevel=2
            )
        result = self._http.request(
            "GET",
            "/search",
            response_type=dict[str, Any],
            response_encoding="json",
            query={
                "ids": _serialize.Styled(ids, "form", False),
                "tags": tags,
                "filter": _serialize.Styled(filter, "deepObject", True),
                "pipes": _serialize.Styled(pipes, "pipeDelimited", False),
                "spaces": _serialize.Styled(spaces, "spaceDelimited", False),
                "active": active,
                "price": price,
                "since": since,
                "day": day,
                "sort": sort,
                "redirect": _serialize.Styled(redirect, "form", True, allow_reserved=True),
                "where": _serialize.Styled(where, "form", True, content_type="application/json"),
                "old": old,
            },
            headers={
                "X-Active": x_active,
                "X-Since": x_since,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[dict[str, Any]]", result)

    def legacy_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """legacyList

        Deprecated: the API marks this operation as deprecated.

        `GET /legacy`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: gone soon

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        _warnings.warn("legacy_list() is deprecated by the API", DeprecationWarning, stacklevel=2)
        result = self._http.request(
            "GET",
            "/legacy",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Search:
    """Operations tagged 'search'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = SearchWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def search(
        self,
        *,
        ids: list[int] | None = None,
        tags: list[str] | None = None,
        filter: models.SearchFilter | None = None,
        pipes: list[str] | None = None,
        spaces: list[str] | None = None,
        active: bool | None = None,
        price: float | None = None,
        since: datetime.datetime | None = None,
        day: datetime.date | None = None,
        sort: Literal["asc", "desc"] | None = None,
        redirect: str | None = None,
        where: dict[str, Any] | None = None,
        old: str | None = None,
        x_active: bool | None = None,
        x_since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> dict[str, Any]:
        """search

        `GET /search`

        Args:
            ids:
            tags:
            filter:
            pipes:
            spaces:
            active:
            price:
            since:
            day:
            sort:
            redirect:
            where:
            old:  Deprecated.
            x_active:
            x_since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        if old is not None:
            _warnings.warn(
                "search(): old is deprecated by the API", DeprecationWarning, stacklevel=2
            )
        result = self._http.request(
            "GET",
            "/search",
            response_type=dict[str, Any],
            response_encoding="json",
            query={
                "ids": _serialize.Styled(ids, "form", False),
                "tags": tags,
                "filter": _serialize.Styled(filter, "deepObject", True),
                "pipes": _serialize.Styled(pipes, "pipeDelimited", False),
                "spaces": _serialize.Styled(spaces, "spaceDelimited", False),
                "active": active,
                "price": price,
                "since": since,
                "day": day,
                "sort": sort,
                "redirect": _serialize.Styled(redirect, "form", True, allow_reserved=True),
                "where": _serialize.Styled(where, "form", True, content_type="application/json"),
                "old": old,
            },
            headers={
                "X-Active": x_active,
                "X-Since": x_since,
            },
            options=request_options,
        )
        return cast("dict[str, Any]", result)

    def legacy_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """legacyList

        Deprecated: the API marks this operation as deprecated.

        `GET /legacy`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            gone soon

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        _warnings.warn("legacy_list() is deprecated by the API", DeprecationWarning, stacklevel=2)
        self._http.request(
            "GET",
            "/legacy",
            response_encoding="none",
            accept=None,
            options=request_options,
        )


class AsyncSearchWithRawResponse:
    """Operations tagged 'search'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def search(
        self,
        *,
        ids: list[int] | None = None,
        tags: list[str] | None = None,
        filter: models.SearchFilter | None = None,
        pipes: list[str] | None = None,
        spaces: list[str] | None = None,
        active: bool | None = None,
        price: float | None = None,
        since: datetime.datetime | None = None,
        day: datetime.date | None = None,
        sort: Literal["asc", "desc"] | None = None,
        redirect: str | None = None,
        where: dict[str, Any] | None = None,
        old: str | None = None,
        x_active: bool | None = None,
        x_since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[dict[str, Any]]:
        """search

        `GET /search`

        Args:
            ids:
            tags:
            filter:
            pipes:
            spaces:
            active:
            price:
            since:
            day:
            sort:
            redirect:
            where:
            old:  Deprecated.
            x_active:
            x_since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        if old is not None:
            _warnings.warn(
                "search(): old is deprecated by the API", DeprecationWarning, stacklevel=2
            )
        result = await self._http.request(
            "GET",
            "/search",
            response_type=dict[str, Any],
            response_encoding="json",
            query={
                "ids": _serialize.Styled(ids, "form", False),
                "tags": tags,
                "filter": _serialize.Styled(filter, "deepObject", True),
                "pipes": _serialize.Styled(pipes, "pipeDelimited", False),
                "spaces": _serialize.Styled(spaces, "spaceDelimited", False),
                "active": active,
                "price": price,
                "since": since,
                "day": day,
                "sort": sort,
                "redirect": _serialize.Styled(redirect, "form", True, allow_reserved=True),
                "where": _serialize.Styled(where, "form", True, content_type="application/json"),
                "old": old,
            },
            headers={
                "X-Active": x_active,
                "X-Since": x_since,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[dict[str, Any]]", result)

    async def legacy_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """legacyList

        Deprecated: the API marks this operation as deprecated.

        `GET /legacy`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: gone soon

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        _warnings.warn("legacy_list() is deprecated by the API", DeprecationWarning, stacklevel=2)
        result = await self._http.request(
            "GET",
            "/legacy",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncSearch:
    """Operations tagged 'search'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncSearchWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def search(
        self,
        *,
        ids: list[int] | None = None,
        tags: list[str] | None = None,
        filter: models.SearchFilter | None = None,
        pipes: list[str] | None = None,
        spaces: list[str] | None = None,
        active: bool | None = None,
        price: float | None = None,
        since: datetime.datetime | None = None,
        day: datetime.date | None = None,
        sort: Literal["asc", "desc"] | None = None,
        redirect: str | None = None,
        where: dict[str, Any] | None = None,
        old: str | None = None,
        x_active: bool | None = None,
        x_since: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> dict[str, Any]:
        """search

        `GET /search`

        Args:
            ids:
            tags:
            filter:
            pipes:
            spaces:
            active:
            price:
            since:
            day:
            sort:
            redirect:
            where:
            old:  Deprecated.
            x_active:
            x_since:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        if old is not None:
            _warnings.warn(
                "search(): old is deprecated by the API", DeprecationWarning, stacklevel=2
            )
        result = await self._http.request(
            "GET",
            "/search",
            response_type=dict[str, Any],
            response_encoding="json",
            query={
                "ids": _serialize.Styled(ids, "form", False),
                "tags": tags,
                "filter": _serialize.Styled(filter, "deepObject", True),
                "pipes": _serialize.Styled(pipes, "pipeDelimited", False),
                "spaces": _serialize.Styled(spaces, "spaceDelimited", False),
                "active": active,
                "price": price,
                "since": since,
                "day": day,
                "sort": sort,
                "redirect": _serialize.Styled(redirect, "form", True, allow_reserved=True),
                "where": _serialize.Styled(where, "form", True, content_type="application/json"),
                "old": old,
            },
            headers={
                "X-Active": x_active,
                "X-Since": x_since,
            },
            options=request_options,
        )
        return cast("dict[str, Any]", result)

    async def legacy_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """legacyList

        Deprecated: the API marks this operation as deprecated.

        `GET /legacy`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            gone soon

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        _warnings.warn("legacy_list() is deprecated by the API", DeprecationWarning, stacklevel=2)
        await self._http.request(
            "GET",
            "/legacy",
            response_encoding="none",
            accept=None,
            options=request_options,
        )
