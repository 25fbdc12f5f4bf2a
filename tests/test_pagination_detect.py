"""Pagination detection in the IR (generator/ir/pagination.py): each pattern, x-pagination, and no
false positives on the corpus specs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.ir.model import Api, Operation
from generator.problems import UserError

ROOT = Path(__file__).resolve().parent.parent


def _spec(tmp_path: Path, operation: dict[str, Any], schemas: dict[str, Any] | None = None) -> Path:
    op = {"operationId": "listThings", "responses": {"200": {"description": "ok"}}, **operation}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Paging", "version": "1"},
        "paths": {"/things": {op.pop("method", "get"): op}},
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                },
                **(schemas or {}),
            }
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _q(name: str, type_: str = "integer", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": type_}, **extra}


def _ok(schema: dict[str, Any], headers: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": "ok",
        "content": {"application/json": {"schema": schema}},
    }
    if headers:
        response["headers"] = headers
    return {"200": response}


THINGS = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}


def _op(api: Api) -> Operation:
    (resource,) = api.resources
    return resource.operations[0]


def _detect(tmp_path: Path, operation: dict[str, Any], schemas: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    api, warnings = pipeline.build_ir(str(_spec(tmp_path, operation, schemas)))
    return _op(api).pagination, [w.message for w in warnings]


def test_page_and_limit_with_an_envelope_and_its_metadata(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {
            "results": THINGS,
            "metadata": {
                "type": "object",
                "properties": {
                    "currentPage": {"type": "number"},
                    "totalPages": {"type": "number"},
                    "totalItems": {"type": "number"},
                    "itemsPerPage": {"type": "number"},
                    "hasNextPage": {"type": "boolean"},
                },
            },
        },
    }
    p, _ = _detect(
        tmp_path, {"parameters": [_q("page", "number"), _q("limit")], "responses": _ok(envelope)}
    )
    assert p is not None and p.kind == "page" and p.parameter == "page" and p.limit == "limit"
    assert p.items == ("results",) and p.item_type.ref == "Thing"
    assert p.has_more == ("metadata", "hasNextPage")
    assert p.total_pages == ("metadata", "totalPages")
    assert p.total_items == ("metadata", "totalItems")
    assert p.current_page == ("metadata", "currentPage")
    assert p.page_size == ("metadata", "itemsPerPage")
    assert not p.declared


def test_a_page_parameter_without_an_envelope_is_not_pagination(tmp_path: Path) -> None:
    p, _ = _detect(tmp_path, {"parameters": [_q("page"), _q("limit")], "responses": _ok(THINGS)})
    assert p is None


def test_offset_and_limit_on_a_bare_array(tmp_path: Path) -> None:
    p, _ = _detect(tmp_path, {"parameters": [_q("offset"), _q("limit")], "responses": _ok(THINGS)})
    assert p is not None and (p.kind, p.parameter, p.limit, p.items) == (
        "offset",
        "offset",
        "limit",
        (),
    )


def test_offset_without_a_limit_is_not_pagination(tmp_path: Path) -> None:
    p, _ = _detect(tmp_path, {"parameters": [_q("offset")], "responses": _ok(THINGS)})
    assert p is None


def test_a_limit_alone_is_not_pagination(tmp_path: Path) -> None:
    p, _ = _detect(tmp_path, {"parameters": [_q("limit")], "responses": _ok(THINGS)})
    assert p is None


def test_cursor_in_the_body(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {"items": THINGS, "next_cursor": {"type": ["string", "null"]}},
    }
    p, _ = _detect(
        tmp_path,
        {"parameters": [_q("cursor", "string"), _q("page_size")], "responses": _ok(envelope)},
    )
    assert p is not None
    assert (p.kind, p.parameter, p.next, p.items, p.limit) == (
        "cursor",
        "cursor",
        ("next_cursor",),
        ("items",),
        "page_size",
    )


def test_a_next_cursor_without_a_cursor_parameter_is_not_pagination(tmp_path: Path) -> None:
    envelope = {"type": "object", "properties": {"items": THINGS, "nextCursor": {"type": "string"}}}
    p, _ = _detect(tmp_path, {"parameters": [_q("limit")], "responses": _ok(envelope)})
    assert p is None


def test_next_url_in_the_body(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {
            "data": THINGS,
            "links": {
                "type": "object",
                "properties": {"next": {"type": "string", "format": "uri"}},
            },
        },
    }
    p, _ = _detect(tmp_path, {"parameters": [_q("limit")], "responses": _ok(envelope)})
    assert p is not None and (p.kind, p.next, p.items) == ("next_url", ("links", "next"), ("data",))


def test_link_header(tmp_path: Path) -> None:
    headers = {"Link": {"schema": {"type": "string"}}}
    p, _ = _detect(tmp_path, {"parameters": [_q("per_page")], "responses": _ok(THINGS, headers)})
    assert p is not None and (p.kind, p.items, p.limit) == ("link_header", (), "per_page")


def test_a_cursor_in_a_response_header(tmp_path: Path) -> None:
    headers = {"X-Next-Page-Token": {"schema": {"type": "string"}}}
    p, _ = _detect(
        tmp_path, {"parameters": [_q("page_token", "string")], "responses": _ok(THINGS, headers)}
    )
    assert p is not None
    assert (p.kind, p.parameter, p.next_header, p.next) == (
        "cursor",
        "page_token",
        "X-Next-Page-Token",
        (),
    )


def test_x_pagination_can_point_at_a_header(tmp_path: Path) -> None:
    p, warnings = _detect(
        tmp_path,
        {
            "parameters": [_q("from", "string")],
            "responses": _ok(THINGS),
            "x-pagination": {"kind": "next_url", "items": "", "next": "header:Next-Page"},
        },
    )
    assert warnings == []
    assert p is not None and (p.kind, p.items, p.next_header) == ("next_url", (), "Next-Page")


def test_stripe_style_cursor_from_the_last_item(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {"data": THINGS, "has_more": {"type": "boolean"}, "url": {"type": "string"}},
    }
    p, _ = _detect(
        tmp_path,
        {
            "parameters": [
                _q("limit"),
                _q("starting_after", "string"),
                _q("ending_before", "string"),
            ],
            "responses": _ok(envelope),
        },
    )
    assert p is not None
    assert (p.kind, p.parameter, p.next, p.next_from_item, p.has_more) == (
        "cursor",
        "starting_after",
        ("id",),
        True,
        ("has_more",),
    )


def test_openai_style_cursor_from_last_id(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {
            "data": THINGS,
            "first_id": {"type": "string"},
            "last_id": {"type": "string"},
            "has_more": {"type": "boolean"},
        },
    }
    p, _ = _detect(
        tmp_path, {"parameters": [_q("after", "string"), _q("limit")], "responses": _ok(envelope)}
    )
    assert p is not None
    assert (p.kind, p.parameter, p.next, p.next_from_item) == (
        "cursor",
        "after",
        ("last_id",),
        False,
    )


def test_writes_are_not_detected(tmp_path: Path) -> None:
    p, _ = _detect(
        tmp_path,
        {"method": "post", "parameters": [_q("offset"), _q("limit")], "responses": _ok(THINGS)},
    )
    assert p is None


def test_x_pagination_declares_what_detection_would_not_find(tmp_path: Path) -> None:
    envelope = {
        "type": "object",
        "properties": {
            "entries": THINGS,
            "state": {"type": "object", "properties": {"resume": {"type": "string"}}},
        },
    }
    p, warnings = _detect(
        tmp_path,
        {
            "parameters": [_q("from", "string")],
            "responses": _ok(envelope),
            "x-pagination": {
                "kind": "cursor",
                "items": "entries",
                "next": "/state/resume",
                "parameter": "from",
            },
        },
    )
    assert warnings == []
    assert p is not None and p.declared
    assert (p.kind, p.items, p.next, p.parameter) == (
        "cursor",
        ("entries",),
        ("state", "resume"),
        "from",
    )


@pytest.mark.parametrize(
    ("ext", "message"),
    [
        ("yes", "expected an object"),
        ({"kind": "pages", "items": "entries"}, "kind must be one of"),
        (
            {"kind": "cursor", "items": "nope", "next": "x", "parameter": "from"},
            "'nope' is not a property",
        ),
        ({"kind": "cursor", "items": "entries", "parameter": "from"}, "needs next"),
        ({"kind": "page", "items": "entries", "parameter": "missing"}, "needs parameter"),
        (
            {"kind": "page", "items": "entries", "parameter": "from", "colour": 1},
            "unknown key 'colour'",
        ),
    ],
)
def test_a_bad_x_pagination_is_warned_about_and_ignored(
    tmp_path: Path, ext: Any, message: str
) -> None:
    envelope = {"type": "object", "properties": {"entries": THINGS}}
    p, warnings = _detect(
        tmp_path,
        {"parameters": [_q("from", "string")], "responses": _ok(envelope), "x-pagination": ext},
    )
    assert p is None
    assert len(warnings) == 1 and "x-pagination ignored" in warnings[0] and message in warnings[0]


def test_a_bad_x_pagination_is_an_error_with_strict(tmp_path: Path) -> None:
    spec = _spec(tmp_path, {"responses": _ok(THINGS), "x-pagination": {"kind": "nope"}})
    with pytest.raises(UserError) as err:
        pipeline.build_ir(str(spec), strict=True)
    assert any(
        "x-pagination" in p.message and p.pointer.endswith("/x-pagination/kind")
        for p in err.value.problems
    )


def test_the_phone_number_spec_pages_only_the_v2_list() -> None:
    api, _ = pipeline.build_ir(str(ROOT / "specs" / "vapi-phone-numbers.yaml"))
    found = {o.operation_id: o.pagination for r in api.resources for o in r.operations}
    paged = {k: v for k, v in found.items() if v is not None}
    assert list(paged) == ["listPhoneNumbersPaginated"]
    p = paged["listPhoneNumbersPaginated"]
    assert (p.kind, p.parameter, p.limit, p.items) == ("page", "page", "limit", ("results",))
    assert p.has_more == ("metadata", "hasNextPage") and p.total_pages == ("metadata", "totalPages")


def _paged(spec: Path) -> dict[str, Any]:
    api, _ = pipeline.build_ir(str(spec))
    return {
        f"{o.method} {o.path}": o.pagination
        for r in api.resources
        for o in r.operations
        if o.pagination is not None
    }


@pytest.mark.parametrize(
    "name",
    [
        "petstore3.json",
        "petstore3.yaml",
        "opc_baseline_3.0.json",
        "opc_baseline_3.1.yaml",
        "opc_3.1_enums.yaml",
    ],
)
def test_no_false_positives_on_small_corpus_specs(corpus: Path, name: str) -> None:
    # none of these list endpoints pages (petstore's findByStatus returns everything)
    assert _paged(corpus / name) == {}


@pytest.mark.slow
def test_openai_list_endpoints_are_cursor_paged(corpus: Path) -> None:
    paged = _paged(corpus / "openai.json")
    assert len(paged) == 62
    assert {p.kind for p in paged.values()} == {"cursor"}
    assistants = paged["GET /assistants"]
    assert (assistants.parameter, assistants.next, assistants.items) == (
        "after",
        ("last_id",),
        ("data",),
    )
    jobs = paged["GET /fine_tuning/jobs"]  # no last_id: the last item's id
    assert (jobs.parameter, jobs.next, jobs.next_from_item) == ("after", ("id",), True)
    usage = paged["GET /organization/costs"]  # page is a string cursor fed by next_page
    assert (usage.parameter, usage.next) == ("page", ("next_page",))
    # every GET with an `after` cursor and a has_more envelope is found, and nothing else
    assert all(p.parameter in ("after", "page") for p in paged.values())


@pytest.mark.slow
def test_stripe_list_endpoints_are_cursor_paged(corpus: Path) -> None:
    paged = _paged(corpus / "stripe_spec3_2022-04-12.json")
    starting_after = [k for k, p in paged.items() if p.parameter == "starting_after"]
    assert len(starting_after) == 91  # every GET that takes starting_after
    assert all(paged[k].next == ("id",) and paged[k].next_from_item for k in starting_after)
    search = {k for k, p in paged.items() if p.parameter == "page"}
    assert "GET /v1/customers/search" in search and len(search) == 7
    assert all(paged[k].next == ("next_page",) for k in search)
    assert len(paged) == 98
