"""Pagination on the wire (tests/golden/pagination): a paginated method returns its first page,
which keeps its fields and iterates over every item of every page, sync (`for`) and async
(`async for`); the next page is requested only when needed, one request per page, and nothing
more is sent when the caller stops early. One server per way of paging: page number with an
envelope, offset on a plain array, a cursor in the body, a next URL in the body, the Link header,
Stripe's has_more/starting_after, and an x-pagination declaration."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire import MODES, client_module

ITEMS = [{"id": f"i{n}", "name": f"item {n}"} for n in range(5)]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "pagination", "paging")


def _json(data: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(data), 200, {"Content-Type": "application/json", **(headers or {})})


def _serve(httpserver: HTTPServer, path: str, handler: Callable[[Request], Response]) -> None:
    httpserver.expect_request("/api" + path, method="GET").respond_with_handler(handler)


def _sent(httpserver: HTTPServer) -> list[dict[str, str]]:
    """The query of every request the server got, in order."""
    return [dict(req.args) for req, _ in httpserver.log]


def _run(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    method: str,
    *,
    take: int | None = None,
    pages: bool = False,
    **kwargs: Any,
) -> tuple[Any, list[Any]]:
    """Call ``client.paging.<method>(**kwargs)`` and iterate the result (items, or pages with
    ``pages``), stopping after ``take``; return the first page and what was iterated."""
    base_url = httpserver.url_for("/api")
    if mode == "sync":
        with pkg.PagingClient(base_url=base_url) as client:
            first = getattr(client.paging, method)(**kwargs)
            got: list[Any] = []
            for x in first.iter_pages() if pages else first:
                got.append(x)
                if take is not None and len(got) >= take:
                    break
            return first, got

    async def main() -> tuple[Any, list[Any]]:
        async with pkg.AsyncPagingClient(base_url=base_url) as client:
            first = await getattr(client.paging, method)(**kwargs)
            got: list[Any] = []
            async for x in first.iter_pages() if pages else first:
                got.append(x)
                if take is not None and len(got) >= take:
                    break
            return first, got

    return asyncio.run(main())


def _ids(items: list[Any]) -> list[str]:
    return [i.id for i in items]


# -- page number with an envelope (the phone-number API's list_paginated) -----------------------


def _people(
    has_next: bool | None = None, total_pages: bool = True
) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        page = int(float(request.args.get("page", "1")))
        size = int(float(request.args.get("limit", "2")))
        chunk = ITEMS[(page - 1) * size : page * size]
        meta: dict[str, Any] = {"currentPage": page, "itemsPerPage": size, "totalItems": len(ITEMS)}
        if total_pages:
            meta["totalPages"] = -(-len(ITEMS) // size)
        if has_next is not None:
            meta["hasNextPage"] = has_next and page * size < len(ITEMS)
        return _json({"results": chunk, "metadata": meta})

    return handler


@pytest.mark.parametrize("mode", MODES)
def test_page_number_envelope_iterates_every_item_one_request_per_page(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/people", _people())
    first, items = _run(pkg, httpserver, mode, "list_people", limit=2, search="a b")
    assert _ids(items) == [i["id"] for i in ITEMS]
    assert _sent(httpserver) == [
        {"limit": "2", "search": "a b"},
        {"limit": "2", "search": "a b", "page": "2"},
        {"limit": "2", "search": "a b", "page": "3"},
    ]
    # the page is still the response model, fields and all
    assert isinstance(first, pkg.models.PersonPage)
    assert _ids(first.results) == ["i0", "i1"]
    assert first.metadata.current_page == 1 and first.metadata.total_pages == 3
    assert first.has_next_page()


@pytest.mark.parametrize("mode", MODES)
def test_stopping_early_sends_nothing_more(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/people", _people())
    _, items = _run(pkg, httpserver, mode, "list_people", limit=2, take=3)
    assert _ids(items) == ["i0", "i1", "i2"]
    assert [q.get("page") for q in _sent(httpserver)] == [None, "2"]
    httpserver.clear_log()
    _, items = _run(pkg, httpserver, mode, "list_people", limit=2, take=2)
    assert _ids(items) == ["i0", "i1"] and len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_has_next_page_false_ends_the_pages(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/people", _people(has_next=True, total_pages=False))
    _, pages = _run(pkg, httpserver, mode, "list_people", limit=2, page=2, pages=True)
    assert [_ids(p.results) for p in pages] == [["i2", "i3"], ["i4"]]
    assert [q.get("page") for q in _sent(httpserver)] == ["2", "3"]
    assert not pages[-1].has_next_page()


@pytest.mark.parametrize("mode", MODES)
def test_with_raw_response_keeps_the_plain_first_page(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/people", _people())
    base_url = httpserver.url_for("/api")
    if mode == "sync":
        with pkg.PagingClient(base_url=base_url) as client:
            raw = client.paging.with_raw_response.list_people(limit=2)
    else:

        async def main() -> Any:
            async with pkg.AsyncPagingClient(base_url=base_url) as client:
                return await client.paging.with_raw_response.list_people(limit=2)

        raw = asyncio.run(main())
    assert raw.status_code == 200 and _ids(raw.data.results) == ["i0", "i1"]
    assert len(httpserver.log) == 1


# -- offset and limit on a plain array ------------------------------------------------------------


def _events(request: Request) -> Response:
    offset = int(request.args.get("offset", "0"))
    limit = int(request.args.get("limit", "2"))
    return _json(ITEMS[offset : offset + limit])


@pytest.mark.parametrize("mode", MODES)
def test_offset_on_a_plain_array(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    _serve(httpserver, "/events", _events)
    first, items = _run(pkg, httpserver, mode, "list_events", limit=2)
    assert _ids(items) == [i["id"] for i in ITEMS]
    # the last page is short of the limit: no request for an empty one
    assert [q.get("offset") for q in _sent(httpserver)] == [None, "2", "4"]
    assert isinstance(first, list) and len(first) == 2 and first[1].id == "i1"


@pytest.mark.parametrize("mode", MODES)
def test_offset_without_a_limit_stops_at_an_empty_page(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/events", _events)
    _, items = _run(pkg, httpserver, mode, "list_events", offset=1)
    assert _ids(items) == ["i1", "i2", "i3", "i4"]
    assert [q.get("offset") for q in _sent(httpserver)] == ["1", "3", "5"]


# -- a cursor in the body -------------------------------------------------------------------------


def _logs(request: Request) -> Response:
    start = int(request.args.get("cursor", "c0")[1:])
    size = int(request.args.get("page_size", "2"))
    end = start + size
    return _json(
        {"items": ITEMS[start:end], "next_cursor": f"c{end}" if end < len(ITEMS) else None}
    )


@pytest.mark.parametrize("mode", MODES)
def test_cursor_in_the_body(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    _serve(httpserver, "/logs", _logs)
    first, items = _run(pkg, httpserver, mode, "list_logs", page_size=2)
    assert _ids(items) == [i["id"] for i in ITEMS]
    assert _sent(httpserver) == [
        {"page_size": "2"},
        {"page_size": "2", "cursor": "c2"},
        {"page_size": "2", "cursor": "c4"},
    ]
    assert first.next_cursor == "c2"


# -- the next page's URL in the body --------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_next_url_in_the_body(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    def handler(request: Request) -> Response:
        after = int(request.args.get("after", "0"))
        nxt = (
            httpserver.url_for(f"/api/articles?after={after + 2}&size=2&tag=a&tag=b")
            if after + 2 < len(ITEMS)
            else None
        )
        return _json({"data": ITEMS[after : after + 2], "links": {"next": nxt}})

    _serve(httpserver, "/articles", handler)
    _, items = _run(pkg, httpserver, mode, "list_articles", size=2)
    assert _ids(items) == [i["id"] for i in ITEMS]
    sent = [req for req, _ in httpserver.log]
    assert [r.args.get("after") for r in sent] == [None, "2", "4"]
    assert sent[1].args.getlist("tag") == ["a", "b"]  # the URL's query as it was


@pytest.mark.parametrize("mode", MODES)
def test_a_next_url_on_another_host_is_not_followed(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(
        httpserver,
        "/articles",
        lambda _: _json({"data": ITEMS[:2], "links": {"next": "https://elsewhere.example/api/x"}}),
    )
    with pytest.raises(pkg.PagingError, match="outside the client's base URL"):
        _run(pkg, httpserver, mode, "list_articles")
    assert len(httpserver.log) == 1


# -- the Link header ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_link_header(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    def handler(request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        links = [f'<{httpserver.url_for("/api/commits")}?page=1&per_page=2>; rel="first"']
        if page * 2 < len(ITEMS):
            links.append(
                f'<{httpserver.url_for("/api/commits")}?page={page + 1}&per_page=2>; rel="next"'
            )
        return _json(ITEMS[(page - 1) * 2 : page * 2], {"Link": ", ".join(links)})

    _serve(httpserver, "/commits", handler)
    first, pages = _run(pkg, httpserver, mode, "list_commits", per_page=2, pages=True)
    assert [_ids(list.__iter__(p)) for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [q.get("page") for q in _sent(httpserver)] == [None, "2", "3"]
    assert not pages[-1].has_next_page()


# -- Stripe: has_more, and the last item's id as the next starting_after --------------------------


def _charges(request: Request) -> Response:
    after = request.args.get("starting_after")
    start = next(i + 1 for i, item in enumerate(ITEMS) if item["id"] == after) if after else 0
    limit = int(request.args.get("limit", "2"))
    chunk = ITEMS[start : start + limit]
    return _json({"object": "list", "data": chunk, "has_more": start + limit < len(ITEMS)})


@pytest.mark.parametrize("mode", MODES)
def test_stripe_style_has_more_and_starting_after(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _serve(httpserver, "/charges", _charges)
    first, items = _run(pkg, httpserver, mode, "list_charges", limit=2)
    assert _ids(items) == [i["id"] for i in ITEMS]
    assert [q.get("starting_after") for q in _sent(httpserver)] == [None, "i1", "i3"]
    assert first.has_more is True and first.object == "list"


# -- x-pagination ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_x_pagination(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    def handler(request: Request) -> Response:
        start = int(request.args.get("from", "0"))
        state = {"resume": str(start + 2)} if start + 2 < len(ITEMS) else {}
        return _json({"entries": ITEMS[start : start + 2], "state": state})

    _serve(httpserver, "/entries", handler)
    _, items = _run(pkg, httpserver, mode, "list_entries", take=4)
    assert _ids(items) == ["i0", "i1", "i2", "i3"]
    assert [q.get("from") for q in _sent(httpserver)] == [None, "2"]
    httpserver.clear_log()
    _, items = _run(pkg, httpserver, mode, "list_entries")
    assert len(items) == 5 and [q.get("from") for q in _sent(httpserver)] == [None, "2", "4"]


def test_a_list_that_does_not_page_is_a_plain_list(pkg: ModuleType, httpserver: HTTPServer) -> None:
    _serve(httpserver, "/tags", lambda _: _json(ITEMS))
    with pkg.PagingClient(base_url=httpserver.url_for("/api")) as client:
        tags = client.paging.list_tags(limit=1)
    assert type(tags) is list and len(tags) == 5


# -- the committed Vapi client: list_paginated with real-shaped phone numbers ---------------------


def _vapi_pages(request: Request) -> Response:
    from tests.test_vapi_client import phone_json

    providers = ["twilio", "vapi", "byo-phone-number", "telnyx", "vonage"]
    page = int(float(request.args.get("page", "1")))
    size = int(float(request.args.get("limit", "2")))
    chunk = providers[(page - 1) * size : page * size]
    # only what the API requires in the metadata: the page number, its size and the total
    meta = {"itemsPerPage": size, "totalItems": len(providers), "currentPage": page}
    return _json({"results": [phone_json(p, id=f"pn-{p}") for p in chunk], "metadata": meta})


@pytest.mark.parametrize("mode", MODES)
def test_vapi_list_paginated_iterates_every_number(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/v2/phone-number", method="GET").respond_with_handler(_vapi_pages)
    url = f"http://127.0.0.1:{httpserver.port}"

    def sync_run() -> tuple[Any, list[Any]]:
        with vapi.VapiClient(token="t", base_url=url) as client:
            page = client.phone_numbers.list_paginated(limit=2, sort_order="ASC")
            return page, list(page)

    async def async_run() -> tuple[Any, list[Any]]:
        async with vapi.AsyncVapiClient(token="t", base_url=url) as client:
            page = await client.phone_numbers.list_paginated(limit=2, sort_order="ASC")
            return page, [n async for n in page]

    page, numbers = sync_run() if mode == "sync" else asyncio.run(async_run())
    assert [n.provider for n in numbers] == [
        "twilio",
        "vapi",
        "byo-phone-number",
        "telnyx",
        "vonage",
    ]
    assert isinstance(page, vapi.models.PhoneNumberPaginatedResponse)
    assert page.metadata.total_items == 5 and len(page.results) == 2
    # the total says when to stop: three pages, three requests, no empty fourth
    assert _sent(httpserver) == [
        {"limit": "2", "sortOrder": "ASC"},
        {"limit": "2", "sortOrder": "ASC", "page": "2"},
        {"limit": "2", "sortOrder": "ASC", "page": "3"},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_x_pagination_next_url_on_an_operation_without_parameters(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    def handler(request: Request) -> Response:
        start = int(request.args.get("from", "0"))
        more = {"more": f"/api/feed?from={start + 2}"} if start + 2 < len(ITEMS) else {}
        return _json({"items": ITEMS[start : start + 2], **more})

    _serve(httpserver, "/feed", handler)
    _, items = _run(pkg, httpserver, mode, "list_feed")
    assert _ids(items) == [i["id"] for i in ITEMS]
    # a relative next link is taken relative to the server, under the client's base URL
    assert [q.get("from") for q in _sent(httpserver)] == [None, "2", "4"]


@pytest.mark.parametrize("mode", MODES)
def test_cursor_in_a_response_header(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    def handler(request: Request) -> Response:
        start = int(request.args.get("page_token", "t0")[1:])
        more = {"X-Next-Page-Token": f"t{start + 2}"} if start + 2 < len(ITEMS) else {}
        return _json(ITEMS[start : start + 2], more)

    _serve(httpserver, "/jobs", handler)
    _, items = _run(pkg, httpserver, mode, "list_jobs")
    assert _ids(items) == [i["id"] for i in ITEMS]
    assert [q.get("page_token") for q in _sent(httpserver)] == [None, "t2", "t4"]
