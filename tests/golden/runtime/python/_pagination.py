"""Paginated results: a page keeps its fields and iterates over every item of every page.

A paginated method returns its first page. The page is the response model itself (its fields and
methods stay as they are), and iterating it yields every item across all pages: the next page
is requested only when the items so far have been used up, one request per page, and stopping
early sends nothing more. `iter_pages()` yields the pages themselves; `has_next_page()` says
whether another page follows (without a request) and `get_next_page()` fetches it (or None).
On the async client: `async for item in page`, `async for p in page.iter_pages()`,
`await page.get_next_page()`.

A page knows where the next one comes from (generated from the API description): a page number
(`page` + 1), an offset (+ the items on this page), a cursor from the body (or from the last
item's id), a next-page URL in the body, or the `Link: <...>; rel="next"` response header. It
stops when the body says there is no more (`has_more: false`, the last page number, the total
number of items, a missing cursor or URL), or at the first page with no items. A next-page URL
on another host than the client's base URL is refused, so credentials never go elsewhere.
"""

from __future__ import annotations

import re
import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, get_origin
from urllib.parse import parse_qsl, urljoin, urlsplit

import pydantic
from typing_extensions import Self

from ._http import ApiResponse, AsyncHttp, SyncHttp
from .errors import EnumError

__all__ = ["AsyncListPage", "AsyncPage", "ListPage", "Page", "Paging"]

T = TypeVar("T")
P = TypeVar("P")


@dataclass(frozen=True)
class Paging:
    """Where an operation's next page comes from (paths are wire names in the response body)."""

    kind: str  # page | offset | cursor | next_url | link_header
    items: tuple[str, ...] = ()  # the array of items; () = the body is the array
    parameter: str | None = None  # the query parameter the next value goes to
    next: tuple[str, ...] = ()  # the next cursor or URL
    next_from_item: bool = False  # the cursor is read from the last item
    next_header: str | None = None  # the next cursor or URL is this response header
    has_more: tuple[str, ...] = ()
    total_pages: tuple[str, ...] = ()
    total_items: tuple[str, ...] = ()
    current_page: tuple[str, ...] = ()
    page_size: tuple[str, ...] = ()
    limit: str | None = None  # the page-size query parameter
    first: int = 1  # the first page's number (kind page)


@dataclass
class _Request:
    """How a page was requested, to ask for the next one the same way."""

    paging: Paging
    method: str
    path: str
    kwargs: dict[str, Any]
    link: str | None = None  # the next URL (Link rel="next") or cursor from a response header
    url: bool = False  # ``path`` is a next-page URL from the response


_FIELDS: dict[type[Any], dict[str, str]] = {}


def _get(value: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of wire names (model fields by alias, extra fields, dict keys)."""
    for name in path:
        if value is None:
            return None
        if isinstance(value, pydantic.BaseModel):
            cls = type(value)
            names = _FIELDS.get(cls)
            if names is None:
                names = _FIELDS[cls] = {
                    (info.alias or attr): attr for attr, info in cls.model_fields.items()
                }
            if name in names:
                value = getattr(value, names[name])
            else:
                value = (value.model_extra or {}).get(name)
        elif isinstance(value, Mapping):
            value = value.get(name)
        else:
            return None
    return value


def _number(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")


def next_link(header: str | None) -> str | None:
    """The URL of the `rel="next"` entry of a Link header (RFC 8288), if any."""
    for url, params in _LINK.findall(header or ""):
        for param in params.split(";"):
            key, _, val = param.strip().partition("=")
            if key.strip().lower() == "rel" and "next" in val.strip().strip('"').lower().split():
                return str(url.strip())
    return None


def _items(page: Any, paging: Paging) -> list[Any]:
    items = list.__iter__(page) if isinstance(page, list) else _get(page, paging.items)
    return list(items or ())


def _next_request(page: Any, request: _Request) -> _Request | None:
    """The request for the page after ``page``, or None when it is the last."""
    paging = request.paging
    query = dict(request.kwargs.get("query") or {})
    items = _items(page, paging)
    more = _get(page, paging.has_more) if paging.has_more else None
    if more is False:
        return None
    limit = _number(query.get(paging.limit)) if paging.limit else None
    counted = more is None  # no has_more: go by the numbers
    if paging.kind in ("page", "offset"):
        if not items:
            return None
        if counted and limit and len(items) < limit:
            return None
        total_items = _number(_get(page, paging.total_items)) if paging.total_items else None
        if paging.kind == "page":
            current = _number(_get(page, paging.current_page)) if paging.current_page else None
            if current is None:
                current = _number(query.get(paging.parameter)) or paging.first
            total_pages = _number(_get(page, paging.total_pages)) if paging.total_pages else None
            if counted and total_pages is not None and current - paging.first + 1 >= total_pages:
                return None
            size = (_number(_get(page, paging.page_size)) if paging.page_size else None) or limit
            seen = (current - paging.first) * size + len(items) if size else None
            if counted and total_items is not None and seen is not None and seen >= total_items:
                return None
            value: Any = current + 1
        else:
            value = (_number(query.get(paging.parameter)) or 0) + len(items)
            if counted and total_items is not None and value >= total_items:
                return None
        query[paging.parameter or ""] = value
        return _Request(paging, request.method, request.path, {**request.kwargs, "query": query})
    if paging.kind == "cursor":
        if paging.next_header is not None:
            cursor = request.link
        elif paging.next_from_item:
            cursor = _get(items[-1], paging.next) if items else None
        else:
            cursor = _get(page, paging.next)
        if cursor is None or cursor == "" or cursor == query.get(paging.parameter):
            return None
        query[paging.parameter or ""] = cursor
        return _Request(paging, request.method, request.path, {**request.kwargs, "query": query})
    from_header = paging.kind == "link_header" or paging.next_header is not None
    url = request.link if from_header else _get(page, paging.next)
    if not isinstance(url, str) or not url:
        return None
    return _Request(paging, "GET", url, {**request.kwargs, "query": None}, url=True)


def _target(base_url: str, request: _Request) -> tuple[str, dict[str, Any]]:
    """(path, kwargs) for the HTTP layer; a next-page URL is made relative to the base URL."""
    if not request.url:
        return request.path, request.kwargs
    url = urljoin(base_url.rstrip("/") + "/", request.path)
    base, target = urlsplit(base_url), urlsplit(url)
    prefix = base.path.rstrip("/")
    if (target.scheme, target.netloc) != (base.scheme, base.netloc) or not (
        target.path == prefix or target.path.startswith(prefix + "/")
    ):
        raise EnumError(
            f"the next page is at {url!r}, outside the client's base URL {base_url!r}: not followed"
        )
    query: dict[str, Any] = {}
    for key, val in parse_qsl(target.query, keep_blank_values=True):
        old = query.get(key)
        query[key] = val if old is None else [*old, val] if isinstance(old, list) else [old, val]
    return target.path[len(prefix) :] or "/", {**request.kwargs, "query": query}


def _complete(page_type: Any) -> None:
    """Build a page class whose model refers to models defined after it: its annotations are
    resolved in the modules of the classes it derives from (once, on first use)."""
    if getattr(page_type, "__pydantic_complete__", True):
        return
    namespace: dict[str, Any] = {}
    for base in reversed(page_type.__mro__):
        module = sys.modules.get(base.__module__)
        if module is not None:
            namespace.update(vars(module))
    page_type.model_rebuild(_types_namespace=namespace)


def _is_list(page_type: Any) -> bool:
    origin = get_origin(page_type) or page_type
    return isinstance(origin, type) and issubclass(origin, list)


def _wrap(page_type: Any, response: ApiResponse[Any], request: _Request, http: Any) -> Any:
    """The response's data as a page that knows how it was requested."""
    page = response.data
    if _is_list(page_type):
        page = page_type(page or ())
    if request.paging.kind == "link_header":
        request.link = next_link(response.headers.get("link"))
    elif request.paging.next_header is not None:
        request.link = response.headers.get(request.paging.next_header)
    page._paging = request
    page._http_client = http
    return page


def _start(
    paging: Paging, page_type: Any, method: str, path: str, kwargs: dict[str, Any]
) -> _Request:
    if not _is_list(page_type):
        _complete(page_type)
        kwargs = {**kwargs, "response_type": page_type}
    return _Request(paging, method, path, kwargs)


def first_page(
    http: SyncHttp, paging: Paging, page_type: Any, method: str, path: str, **kwargs: Any
) -> Any:
    """Request the first page (the call as generated) and return it as a page."""
    request = _start(paging, page_type, method, path, kwargs)
    return _fetch(http, page_type, request)


def _fetch(http: SyncHttp, page_type: Any, request: _Request) -> Any:
    path, kwargs = _target(http.base_url, request)
    response = http.request(request.method, path, raw=True, **kwargs)
    return _wrap(page_type, response, request, http)


async def first_page_async(
    http: AsyncHttp, paging: Paging, page_type: Any, method: str, path: str, **kwargs: Any
) -> Any:
    """Request the first page (the call as generated) and return it as a page (async)."""
    request = _start(paging, page_type, method, path, kwargs)
    return await _fetch_async(http, page_type, request)


async def _fetch_async(http: AsyncHttp, page_type: Any, request: _Request) -> Any:
    path, kwargs = _target(http.base_url, request)
    response = await http.request(request.method, path, raw=True, **kwargs)
    return _wrap(page_type, response, request, http)


class _Pager:
    """What every kind of page shares: deciding from the page whether another follows."""

    def _state(self) -> _Request | None:
        raise NotImplementedError

    def has_next_page(self) -> bool:
        """Whether another page follows this one (decided from this page; sends nothing)."""
        state = self._state()
        return state is not None and _next_request(self, state) is not None


class Page(pydantic.BaseModel, _Pager, Generic[T]):
    """A page of a paginated response: the response model, iterable over every item of every
    page (the next page is requested when needed)."""

    _paging: _Request | None = pydantic.PrivateAttr(default=None)
    _http_client: SyncHttp | None = pydantic.PrivateAttr(default=None)

    def _state(self) -> _Request | None:
        return self._paging

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        """Every item of this page and the pages after it."""
        for page in self.iter_pages():
            yield from _items(page, page._paging.paging if page._paging else Paging("page"))

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each following page, requested one at a time as you go."""
        page: Self | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def get_next_page(self) -> Self | None:
        """Request the page after this one; None when this is the last."""
        request = _next_request(self, self._paging) if self._paging else None
        if request is None or self._http_client is None:
            return None
        page: Self = _fetch(self._http_client, type(self), request)
        return page


class AsyncPage(pydantic.BaseModel, _Pager, Generic[T]):
    """A page of a paginated response (async client): the response model, iterable with
    `async for` over every item of every page."""

    _paging: _Request | None = pydantic.PrivateAttr(default=None)
    _http_client: AsyncHttp | None = pydantic.PrivateAttr(default=None)

    def _state(self) -> _Request | None:
        return self._paging

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        raise TypeError("iterate an async page with `async for`")

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item of this page and the pages after it."""
        async for page in self.iter_pages():
            for item in _items(page, page._paging.paging if page._paging else Paging("page")):
                yield item

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page, then each following page, requested one at a time as you go."""
        page: Self | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def get_next_page(self) -> Self | None:
        """Request the page after this one; None when this is the last."""
        request = _next_request(self, self._paging) if self._paging else None
        if request is None or self._http_client is None:
            return None
        page: Self = await _fetch_async(self._http_client, type(self), request)
        return page


class ListPage(list[T], _Pager):
    """A page of a paginated response whose body is a plain array: a list of this page's items
    (indexing and `len` see this page), and `for` goes on over every item of every page."""

    _paging: _Request | None = None
    _http_client: SyncHttp | None = None

    def _state(self) -> _Request | None:
        return self._paging

    def __iter__(self) -> Iterator[T]:
        """Every item of this page and the pages after it."""
        for page in self.iter_pages():
            yield from list.__iter__(page)

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each following page, requested one at a time as you go."""
        page: Self | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def get_next_page(self) -> Self | None:
        """Request the page after this one; None when this is the last."""
        request = _next_request(self, self._paging) if self._paging else None
        if request is None or self._http_client is None:
            return None
        page: Self = _fetch(self._http_client, type(self), request)
        return page


class AsyncListPage(list[T], _Pager):
    """A page of a paginated response whose body is a plain array (async client): a list of
    this page's items, and `async for` goes on over every item of every page."""

    _paging: _Request | None = None
    _http_client: AsyncHttp | None = None

    def _state(self) -> _Request | None:
        return self._paging

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item of this page and the pages after it."""
        async for page in self.iter_pages():
            for item in list.__iter__(page):
                yield item

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page, then each following page, requested one at a time as you go."""
        page: Self | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def get_next_page(self) -> Self | None:
        """Request the page after this one; None when this is the last."""
        request = _next_request(self, self._paging) if self._paging else None
        if request is None or self._http_client is None:
            return None
        page: Self = await _fetch_async(self._http_client, type(self), request)
        return page
