"""Paginated operations in the TypeScript target: the `Page<Response, Item>` return type and the
`paging` entry of the request (laid out as prettier would).

An operation whose IR has ``pagination`` resolves to its first page (``src/pagination.ts``): the
response as it is, plus async iteration over every item of every page. An envelope whose own
properties would hide a page method (``iterPages``, ``hasNextPage``, ``getNextPage``) keeps
returning the plain response.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Operation, Pagination
from generator.render import tsstr
from generator.targets.typescript.types import Generic, Node

WIDTH = 100
PAGE_MEMBERS = {"iterPages", "hasNextPage", "getNextPage"}
_PATHS = (
    ("next", "next"),
    ("has_more", "hasMore"),
    ("total_pages", "totalPages"),
    ("total_items", "totalItems"),
    ("current_page", "currentPage"),
    ("page_size", "pageSize"),
)


def _first_page(op: Operation, p: Pagination) -> int:
    for param in op.parameters:
        if param.name == p.parameter and param.location == "query" and param.has_default:
            value = param.default
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if value == int(value) and 0 <= value <= 1:
                    return int(value)
    return 1


def _array(path: tuple[str, ...]) -> str:
    return "[" + ", ".join(tsstr(p) for p in path) + "]"


def paging_entry(op: Operation, p: Pagination, indent: int = 6) -> str:
    """The ``paging: {...},`` line(s) of the request object, prettier-exact."""
    pairs = [("kind", tsstr(p.kind))]
    if p.items:
        pairs.append(("items", _array(p.items)))
    if p.parameter is not None:
        pairs.append(("parameter", tsstr(p.parameter)))
    for attr, key in _PATHS:
        path = getattr(p, attr)
        if path:
            pairs.append((key, _array(path)))
    if p.next_from_item:
        pairs.append(("nextFromItem", "true"))
    if p.next_header is not None:
        pairs.append(("nextHeader", tsstr(p.next_header)))
    if p.limit is not None:
        pairs.append(("limit", tsstr(p.limit)))
    first = _first_page(op, p) if p.kind == "page" else 1
    if first != 1:
        pairs.append(("first", str(first)))
    pad = " " * indent
    one = pad + "paging: { " + ", ".join(f"{k}: {v}" for k, v in pairs) + " },"
    if len(one) <= WIDTH:
        return one
    inner = " " * (indent + 2)
    return pad + "paging: {\n" + "".join(f"{inner}{k}: {v},\n" for k, v in pairs) + pad + "},"


def page_of(
    op: Operation, result: Node, item: Node | None, envelope_keys: list[str] | None
) -> dict[str, Any] | None:
    """The page context of a paginated operation (else None): its return type and paging."""
    p = op.pagination
    successes = [r for r in op.responses if r.status.startswith("2")]
    if p is None or item is None or len(successes) != 1 or op.stream is not None:
        return None
    success = successes[0]
    if success.encoding != "json" or success.type is None or success.type.nullable:
        return None
    if p.items and (envelope_keys is None or PAGE_MEMBERS & set(envelope_keys)):
        return None
    page = Generic("pagination.Page", (result, item))
    return {"result": page, "paging": paging_entry(op, p)}
