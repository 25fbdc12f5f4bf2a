"""Paginated operations in the Python target: page classes, return types and the paging literal.

An operation whose IR has ``pagination`` returns a page (the emitted ``_pagination`` module):
for an envelope model, a subclass of that model that is also a ``Page[Item]`` (so its fields and
``isinstance`` checks stay as they were); for a plain array, a ``ListPage[Item]`` (a list). The
``with_raw_response`` form keeps returning the first page's plain data.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Operation, Pagination, Resource, Schema
from generator.ir.words import split_words
from generator.render import pystr
from generator.targets.python import naming, types

#: names a page class adds to the model: an envelope field with one of them keeps the plain model
PAGE_MEMBERS = {"iter_pages", "has_next_page", "get_next_page"}


def _tuple(path: tuple[str, ...]) -> str:
    return "(" + "".join(pystr(p) + ", " for p in path) + ")"


def paging_literal(p: Pagination, first: int) -> str:
    """The ``_pagination.Paging(...)`` expression for an operation."""
    args = [f"kind={pystr(p.kind)}"]
    if p.items:
        args.append(f"items={_tuple(p.items)}")
    if p.parameter is not None:
        args.append(f"parameter={pystr(p.parameter)}")
    for key in ("next", "has_more", "total_pages", "total_items", "current_page", "page_size"):
        path = getattr(p, key)
        if path:
            args.append(f"{key}={_tuple(path)}")
    if p.next_from_item:
        args.append("next_from_item=True")
    if p.next_header is not None:
        args.append(f"next_header={pystr(p.next_header)}")
    if p.limit is not None:
        args.append(f"limit={pystr(p.limit)}")
    if first != 1:
        args.append(f"first={first}")
    return "_pagination.Paging(" + ", ".join(args) + ")"


def _first_page(op: Operation, p: Pagination) -> int:
    """The number of the first page: the page parameter's default when it has an integer one."""
    for param in op.parameters:
        if param.name == p.parameter and param.location == "query" and param.has_default:
            value = param.default
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if value == int(value) and 0 <= value <= 1:
                    return int(value)
    return 1


def paginate(
    res: Resource,
    operations: list[dict[str, Any]],
    classes: dict[str, str],
    taken: set[str],
    schemas: dict[str, Schema],
) -> list[dict[str, Any]]:
    """Give each paginated operation of the resource its ``page`` context (else None); return
    the page classes the resource module defines (sync and async, one per envelope model)."""
    by_id = {op.operation_id: op for op in res.operations}
    classes_out: dict[str, dict[str, Any]] = {}
    for ctx in operations:
        ctx.setdefault("page", None)
        op = by_id.get(ctx["operation_id"])
        if op is None or op.pagination is None or ctx.get("events") or ctx.get("response_types"):
            continue
        page = _page(op, op.pagination, classes, classes_out, taken, schemas)
        if page is not None:
            ctx["page"] = page
    return list(classes_out.values())


def _page(
    op: Operation,
    p: Pagination,
    classes: dict[str, str],
    classes_out: dict[str, dict[str, Any]],
    taken: set[str],
    schemas: dict[str, Schema],
) -> dict[str, Any] | None:
    success = op.success
    if success is None or success.type is None or success.type.nullable:
        return None
    item = types.annotation(p.item_type, classes)
    paging = paging_literal(p, _first_page(op, p) if p.kind == "page" else 1)
    if not p.items:  # the body is the array
        return {
            "list": True,
            "paging": paging,
            "class": f"_pagination.ListPage[{item}]",
            "async_class": f"_pagination.AsyncListPage[{item}]",
            "item": item,
        }
    if success.type.kind != "ref" or success.type.ref not in classes:
        return None
    envelope = schemas.get(success.type.ref)
    if envelope is None or clashes([f.name for f in envelope.fields]):
        return None
    model = classes[success.type.ref]
    base = f"models.{model}"
    if base not in classes_out:
        cls = _unique(model + "Page", taken)
        classes_out[base] = {
            "class": cls,
            "async_class": _unique("Async" + cls, taken),
            "base": base,
            "item": item,
        }
    entry = classes_out[base]
    if entry["item"] != item:
        return None
    return {
        "list": False,
        "paging": paging,
        "class": entry["class"],
        "async_class": entry["async_class"],
        "item": item,
    }


def _unique(name: str, taken: set[str]) -> str:
    out, n = name, 2
    while out in taken:
        out, n = f"{name}{n}", n + 1
    taken.add(out)
    return out


def clashes(field_names: list[str]) -> bool:
    """Whether an envelope's fields would hide a page method (then the plain model is kept)."""
    return any(naming.snake(split_words(f)) in PAGE_MEMBERS for f in field_names)
