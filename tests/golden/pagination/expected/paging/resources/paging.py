"""Lists that go on over several pages."""

from __future__ import annotations

from typing import cast

from .. import _pagination, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncListArticlesResponsePage",
    "AsyncListChargesResponsePage",
    "AsyncListEntriesResponsePage",
    "AsyncListFeedResponsePage",
    "AsyncListLogsResponsePage",
    "AsyncPaging",
    "AsyncPagingWithRawResponse",
    "AsyncPersonPagePage",
    "ListArticlesResponsePage",
    "ListChargesResponsePage",
    "ListEntriesResponsePage",
    "ListFeedResponsePage",
    "ListLogsResponsePage",
    "Paging",
    "PagingWithRawResponse",
    "PersonPagePage",
]


class PersonPagePage(models.PersonPage, _pagination.Page[models.Item]):
    """One page of `models.PersonPage`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncPersonPagePage(models.PersonPage, _pagination.AsyncPage[models.Item]):
    """One page of `models.PersonPage` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class ListLogsResponsePage(models.ListLogsResponse, _pagination.Page[models.Item]):
    """One page of `models.ListLogsResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncListLogsResponsePage(models.ListLogsResponse, _pagination.AsyncPage[models.Item]):
    """One page of `models.ListLogsResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class ListArticlesResponsePage(models.ListArticlesResponse, _pagination.Page[models.Item]):
    """One page of `models.ListArticlesResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncListArticlesResponsePage(
    models.ListArticlesResponse, _pagination.AsyncPage[models.Item]
):
    """One page of `models.ListArticlesResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class ListChargesResponsePage(models.ListChargesResponse, _pagination.Page[models.Item]):
    """One page of `models.ListChargesResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncListChargesResponsePage(models.ListChargesResponse, _pagination.AsyncPage[models.Item]):
    """One page of `models.ListChargesResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class ListEntriesResponsePage(models.ListEntriesResponse, _pagination.Page[models.Item]):
    """One page of `models.ListEntriesResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncListEntriesResponsePage(models.ListEntriesResponse, _pagination.AsyncPage[models.Item]):
    """One page of `models.ListEntriesResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class ListFeedResponsePage(models.ListFeedResponse, _pagination.Page[models.Item]):
    """One page of `models.ListFeedResponse`: its fields as they are, and `for item in page` goes
    over every item of every page (the next page is requested when needed)."""


class AsyncListFeedResponsePage(models.ListFeedResponse, _pagination.AsyncPage[models.Item]):
    """One page of `models.ListFeedResponse` (async client): its fields as they are, and
    `async for item in page` goes over every item of every page."""


class PagingWithRawResponse:
    """Lists that go on over several pages.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list_people(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        search: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PersonPage]:
        """People, by page number, with paging details in the envelope.

        `GET /people`

        Args:
            page:  Server default: 1.
            limit:  Server default: 100.
            search:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: One page of people.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/people",
            response_type=models.PersonPage,
            response_encoding="json",
            query={
                "page": page,
                "limit": limit,
                "search": search,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PersonPage]", result)

    def list_events(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Events, by offset and limit, as a plain array.

        `GET /events`

        Args:
            offset:  Server default: 0.
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some events.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/events",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "offset": offset,
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    def list_logs(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListLogsResponse]:
        """Log lines, with the next cursor in the body.

        `GET /logs`

        Args:
            cursor:
            page_size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/logs",
            response_type=models.ListLogsResponse,
            response_encoding="json",
            query={
                "cursor": cursor,
                "page_size": page_size,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListLogsResponse]", result)

    def list_articles(
        self,
        *,
        size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListArticlesResponse]:
        """Articles, with the next page's URL in the body.

        `GET /articles`

        Args:
            size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some articles.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/articles",
            response_type=models.ListArticlesResponse,
            response_encoding="json",
            query={
                "size": size,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListArticlesResponse]", result)

    def list_commits(
        self,
        *,
        per_page: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Commits, with the next page in the Link header.

        `GET /commits`

        Args:
            per_page:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some commits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/commits",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "per_page": per_page,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListChargesResponse]:
        """Charges, Stripe style (has_more, starting_after the last id).

        `GET /charges`

        Args:
            limit:
            starting_after:
            ending_before:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some charges.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/charges",
            response_type=models.ListChargesResponse,
            response_encoding="json",
            query={
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListChargesResponse]", result)

    def list_entries(
        self,
        *,
        from_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListEntriesResponse]:
        """Entries, paged as the x-pagination extension says.

        `GET /entries`

        Args:
            from_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some entries.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/entries",
            response_type=models.ListEntriesResponse,
            response_encoding="json",
            query={
                "from": from_,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListEntriesResponse]", result)

    def list_feed(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListFeedResponse]:
        """The feed, with a next link the extension points at (no query parameters).

        `GET /feed`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some feed items.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/feed",
            response_type=models.ListFeedResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListFeedResponse]", result)

    def list_jobs(
        self,
        *,
        page_token: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Jobs, with the next cursor in a response header.

        `GET /jobs`

        Args:
            page_token:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some jobs.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/jobs",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "page_token": page_token,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    def list_tags(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Every tag at once (not paginated).

        `GET /tags`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The tags.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/tags",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)


class Paging:
    """Lists that go on over several pages."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = PagingWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list_people(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        search: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PersonPagePage:
        """People, by page number, with paging details in the envelope.

        `GET /people`

        Args:
            page:  Server default: 1.
            limit:  Server default: 100.
            search:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: One page of people.

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
            PersonPagePage,
            "GET",
            "/people",
            response_type=models.PersonPage,
            response_encoding="json",
            query={
                "page": page,
                "limit": limit,
                "search": search,
            },
            options=request_options,
        )
        return cast("PersonPagePage", result)

    def list_events(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.ListPage[models.Item]:
        """Events, by offset and limit, as a plain array.

        `GET /events`

        Args:
            offset:  Server default: 0.
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some events.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(kind="offset", parameter="offset", limit="limit"),
            _pagination.ListPage[models.Item],
            "GET",
            "/events",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "offset": offset,
                "limit": limit,
            },
            options=request_options,
        )
        return cast("_pagination.ListPage[models.Item]", result)

    def list_logs(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListLogsResponsePage:
        """Log lines, with the next cursor in the body.

        `GET /logs`

        Args:
            cursor:
            page_size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("items",),
                parameter="cursor",
                next=("next_cursor",),
                limit="page_size",
            ),
            ListLogsResponsePage,
            "GET",
            "/logs",
            response_type=models.ListLogsResponse,
            response_encoding="json",
            query={
                "cursor": cursor,
                "page_size": page_size,
            },
            options=request_options,
        )
        return cast("ListLogsResponsePage", result)

    def list_articles(
        self,
        *,
        size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListArticlesResponsePage:
        """Articles, with the next page's URL in the body.

        `GET /articles`

        Args:
            size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some articles.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="next_url",
                items=("data",),
                next=(
                    "links",
                    "next",
                ),
                limit="size",
            ),
            ListArticlesResponsePage,
            "GET",
            "/articles",
            response_type=models.ListArticlesResponse,
            response_encoding="json",
            query={
                "size": size,
            },
            options=request_options,
        )
        return cast("ListArticlesResponsePage", result)

    def list_commits(
        self,
        *,
        per_page: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.ListPage[models.Item]:
        """Commits, with the next page in the Link header.

        `GET /commits`

        Args:
            per_page:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some commits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(kind="link_header", limit="per_page"),
            _pagination.ListPage[models.Item],
            "GET",
            "/commits",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "per_page": per_page,
            },
            options=request_options,
        )
        return cast("_pagination.ListPage[models.Item]", result)

    def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListChargesResponsePage:
        """Charges, Stripe style (has_more, starting_after the last id).

        `GET /charges`

        Args:
            limit:
            starting_after:
            ending_before:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some charges.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("data",),
                parameter="starting_after",
                next=("id",),
                has_more=("has_more",),
                next_from_item=True,
                limit="limit",
            ),
            ListChargesResponsePage,
            "GET",
            "/charges",
            response_type=models.ListChargesResponse,
            response_encoding="json",
            query={
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
            options=request_options,
        )
        return cast("ListChargesResponsePage", result)

    def list_entries(
        self,
        *,
        from_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListEntriesResponsePage:
        """Entries, paged as the x-pagination extension says.

        `GET /entries`

        Args:
            from_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some entries.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("entries",),
                parameter="from",
                next=(
                    "state",
                    "resume",
                ),
            ),
            ListEntriesResponsePage,
            "GET",
            "/entries",
            response_type=models.ListEntriesResponse,
            response_encoding="json",
            query={
                "from": from_,
            },
            options=request_options,
        )
        return cast("ListEntriesResponsePage", result)

    def list_feed(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListFeedResponsePage:
        """The feed, with a next link the extension points at (no query parameters).

        `GET /feed`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some feed items.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(kind="next_url", items=("items",), next=("more",)),
            ListFeedResponsePage,
            "GET",
            "/feed",
            response_type=models.ListFeedResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("ListFeedResponsePage", result)

    def list_jobs(
        self,
        *,
        page_token: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.ListPage[models.Item]:
        """Jobs, with the next cursor in a response header.

        `GET /jobs`

        Args:
            page_token:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (for) for every item of every page, or call `iter_pages()`: Some jobs.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = _pagination.first_page(
            self._http,
            _pagination.Paging(
                kind="cursor", parameter="page_token", next_header="X-Next-Page-Token"
            ),
            _pagination.ListPage[models.Item],
            "GET",
            "/jobs",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "page_token": page_token,
            },
            options=request_options,
        )
        return cast("_pagination.ListPage[models.Item]", result)

    def list_tags(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Item]:
        """Every tag at once (not paginated).

        `GET /tags`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The tags.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/tags",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "limit": limit,
            },
            options=request_options,
        )
        return cast("list[models.Item]", result)


class AsyncPagingWithRawResponse:
    """Lists that go on over several pages. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list_people(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        search: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.PersonPage]:
        """People, by page number, with paging details in the envelope.

        `GET /people`

        Args:
            page:  Server default: 1.
            limit:  Server default: 100.
            search:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: One page of people.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/people",
            response_type=models.PersonPage,
            response_encoding="json",
            query={
                "page": page,
                "limit": limit,
                "search": search,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.PersonPage]", result)

    async def list_events(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Events, by offset and limit, as a plain array.

        `GET /events`

        Args:
            offset:  Server default: 0.
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some events.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/events",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "offset": offset,
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    async def list_logs(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListLogsResponse]:
        """Log lines, with the next cursor in the body.

        `GET /logs`

        Args:
            cursor:
            page_size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/logs",
            response_type=models.ListLogsResponse,
            response_encoding="json",
            query={
                "cursor": cursor,
                "page_size": page_size,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListLogsResponse]", result)

    async def list_articles(
        self,
        *,
        size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListArticlesResponse]:
        """Articles, with the next page's URL in the body.

        `GET /articles`

        Args:
            size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some articles.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/articles",
            response_type=models.ListArticlesResponse,
            response_encoding="json",
            query={
                "size": size,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListArticlesResponse]", result)

    async def list_commits(
        self,
        *,
        per_page: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Commits, with the next page in the Link header.

        `GET /commits`

        Args:
            per_page:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some commits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/commits",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "per_page": per_page,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    async def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListChargesResponse]:
        """Charges, Stripe style (has_more, starting_after the last id).

        `GET /charges`

        Args:
            limit:
            starting_after:
            ending_before:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some charges.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/charges",
            response_type=models.ListChargesResponse,
            response_encoding="json",
            query={
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListChargesResponse]", result)

    async def list_entries(
        self,
        *,
        from_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListEntriesResponse]:
        """Entries, paged as the x-pagination extension says.

        `GET /entries`

        Args:
            from_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some entries.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/entries",
            response_type=models.ListEntriesResponse,
            response_encoding="json",
            query={
                "from": from_,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListEntriesResponse]", result)

    async def list_feed(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ListFeedResponse]:
        """The feed, with a next link the extension points at (no query parameters).

        `GET /feed`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some feed items.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/feed",
            response_type=models.ListFeedResponse,
            response_encoding="json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ListFeedResponse]", result)

    async def list_jobs(
        self,
        *,
        page_token: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Jobs, with the next cursor in a response header.

        `GET /jobs`

        Args:
            page_token:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Some jobs.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/jobs",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "page_token": page_token,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)

    async def list_tags(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Item]]:
        """Every tag at once (not paginated).

        `GET /tags`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The tags.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/tags",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "limit": limit,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Item]]", result)


class AsyncPaging:
    """Lists that go on over several pages. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncPagingWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list_people(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        search: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPersonPagePage:
        """People, by page number, with paging details in the envelope.

        `GET /people`

        Args:
            page:  Server default: 1.
            limit:  Server default: 100.
            search:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: One page of people.

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
            AsyncPersonPagePage,
            "GET",
            "/people",
            response_type=models.PersonPage,
            response_encoding="json",
            query={
                "page": page,
                "limit": limit,
                "search": search,
            },
            options=request_options,
        )
        return cast("AsyncPersonPagePage", result)

    async def list_events(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.AsyncListPage[models.Item]:
        """Events, by offset and limit, as a plain array.

        `GET /events`

        Args:
            offset:  Server default: 0.
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some events.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(kind="offset", parameter="offset", limit="limit"),
            _pagination.AsyncListPage[models.Item],
            "GET",
            "/events",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "offset": offset,
                "limit": limit,
            },
            options=request_options,
        )
        return cast("_pagination.AsyncListPage[models.Item]", result)

    async def list_logs(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncListLogsResponsePage:
        """Log lines, with the next cursor in the body.

        `GET /logs`

        Args:
            cursor:
            page_size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("items",),
                parameter="cursor",
                next=("next_cursor",),
                limit="page_size",
            ),
            AsyncListLogsResponsePage,
            "GET",
            "/logs",
            response_type=models.ListLogsResponse,
            response_encoding="json",
            query={
                "cursor": cursor,
                "page_size": page_size,
            },
            options=request_options,
        )
        return cast("AsyncListLogsResponsePage", result)

    async def list_articles(
        self,
        *,
        size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncListArticlesResponsePage:
        """Articles, with the next page's URL in the body.

        `GET /articles`

        Args:
            size:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some articles.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="next_url",
                items=("data",),
                next=(
                    "links",
                    "next",
                ),
                limit="size",
            ),
            AsyncListArticlesResponsePage,
            "GET",
            "/articles",
            response_type=models.ListArticlesResponse,
            response_encoding="json",
            query={
                "size": size,
            },
            options=request_options,
        )
        return cast("AsyncListArticlesResponsePage", result)

    async def list_commits(
        self,
        *,
        per_page: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.AsyncListPage[models.Item]:
        """Commits, with the next page in the Link header.

        `GET /commits`

        Args:
            per_page:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some commits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(kind="link_header", limit="per_page"),
            _pagination.AsyncListPage[models.Item],
            "GET",
            "/commits",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "per_page": per_page,
            },
            options=request_options,
        )
        return cast("_pagination.AsyncListPage[models.Item]", result)

    async def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncListChargesResponsePage:
        """Charges, Stripe style (has_more, starting_after the last id).

        `GET /charges`

        Args:
            limit:
            starting_after:
            ending_before:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some charges.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("data",),
                parameter="starting_after",
                next=("id",),
                has_more=("has_more",),
                next_from_item=True,
                limit="limit",
            ),
            AsyncListChargesResponsePage,
            "GET",
            "/charges",
            response_type=models.ListChargesResponse,
            response_encoding="json",
            query={
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
            options=request_options,
        )
        return cast("AsyncListChargesResponsePage", result)

    async def list_entries(
        self,
        *,
        from_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncListEntriesResponsePage:
        """Entries, paged as the x-pagination extension says.

        `GET /entries`

        Args:
            from_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some entries.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="cursor",
                items=("entries",),
                parameter="from",
                next=(
                    "state",
                    "resume",
                ),
            ),
            AsyncListEntriesResponsePage,
            "GET",
            "/entries",
            response_type=models.ListEntriesResponse,
            response_encoding="json",
            query={
                "from": from_,
            },
            options=request_options,
        )
        return cast("AsyncListEntriesResponsePage", result)

    async def list_feed(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncListFeedResponsePage:
        """The feed, with a next link the extension points at (no query parameters).

        `GET /feed`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some feed items.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(kind="next_url", items=("items",), next=("more",)),
            AsyncListFeedResponsePage,
            "GET",
            "/feed",
            response_type=models.ListFeedResponse,
            response_encoding="json",
            options=request_options,
        )
        return cast("AsyncListFeedResponsePage", result)

    async def list_jobs(
        self,
        *,
        page_token: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> _pagination.AsyncListPage[models.Item]:
        """Jobs, with the next cursor in a response header.

        `GET /jobs`

        Args:
            page_token:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The first page; iterate it (async for) for every item of every page, or call `iter_pages()`: Some jobs.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await _pagination.first_page_async(
            self._http,
            _pagination.Paging(
                kind="cursor", parameter="page_token", next_header="X-Next-Page-Token"
            ),
            _pagination.AsyncListPage[models.Item],
            "GET",
            "/jobs",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "page_token": page_token,
            },
            options=request_options,
        )
        return cast("_pagination.AsyncListPage[models.Item]", result)

    async def list_tags(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Item]:
        """Every tag at once (not paginated).

        `GET /tags`

        Args:
            limit:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The tags.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/tags",
            response_type=list[models.Item],
            response_encoding="json",
            query={
                "limit": limit,
            },
            options=request_options,
        )
        return cast("list[models.Item]", result)
