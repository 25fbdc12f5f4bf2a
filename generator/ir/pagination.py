"""Pagination: how an operation's results go on over further pages.

Detected from the shape of the spec (conservatively: an operation is paginated only when its
request parameters and its response body agree on a pattern), or declared by the operation's
``x-pagination`` extension. Works on the IR built so far (parameters, the success response, the
named schemas) plus the operation's raw data for the extension and the response headers.

Patterns, tried in this order:

- ``link_header``: the success response declares a ``Link`` header (RFC 8288, ``rel="next"``).
- ``cursor`` in a header: the response declares ``X-Next-Cursor`` (or ``X-Next-Page-Token``, ...)
  and the operation takes a string cursor parameter.
- ``cursor``: a string query parameter (``cursor``, ``page_token``, ``after``, ...) and a string
  in the body naming the next one (``next_cursor``, ``next_page_token``, ``next_page``, ...).
- ``next_url``: the body holds the next page's URL (``next_url``, ``next`` with ``format: uri``).
- ``cursor`` from the last item: ``starting_after``/``after`` with a boolean ``has_more`` (Stripe,
  OpenAI): the next cursor is the body's ``last_id``, else the last item's ``id``.
- ``offset``: an integer ``offset``/``skip`` parameter and a limit parameter.
- ``page``: an integer ``page`` parameter and an envelope object around the items.

Each needs an array of items: the body itself, or one array property of the envelope (by name:
``data``, ``items``, ``results``, ...; or the only array there is). Stop signals (``has_more``,
total pages or items, the current page number, the page size) are looked up in the envelope and
in one level of nested objects (``metadata``, ``meta``, ``pagination``, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.ir.model import Pagination, Parameter, Response, Schema, TypeRef

#: the names an envelope's array of items goes by, best first (normalised: lower case, no _ or -)
_ITEMS = (
    "data",
    "items",
    "results",
    "records",
    "entries",
    "elements",
    "values",
    "objects",
    "content",
    "list",
    "rows",
    "hits",
    "nodes",
)
_HAS_MORE = ("hasmore", "hasnextpage", "hasnext", "morepages", "moreresults")
_TOTAL_PAGES = ("totalpages", "pagecount", "numpages", "pages")
_TOTAL_ITEMS = ("totalitems", "totalcount", "totalresults", "total", "totalrecords")
_CURRENT_PAGE = ("currentpage", "page", "pagenumber", "pagenum")
_PAGE_SIZE = ("itemsperpage", "pagesize", "perpage", "limit")
#: a body string naming the next cursor, and the query parameters it can feed
_NEXT_CURSOR = (
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "nextpage",
    "continuationtoken",
    "nextmarker",
    "next",
)
_CURSOR_PARAMS = (
    "cursor",
    "pagetoken",
    "nexttoken",
    "token",
    "continuationtoken",
    "marker",
    "page",
    "after",
    "startingafter",
    "startcursor",
)
#: response headers that carry the next cursor (normalised)
_CURSOR_HEADERS = ("xnextcursor", "nextcursor", "xnextpagetoken", "xnexttoken", "xcontinuation")
_NEXT_URL = ("nexturl", "nextpageurl", "nextlink", "nexthref", "next", "nextpage")
_NESTED = ("metadata", "meta", "pagination", "paging", "pageinfo", "links", "link", "page")
_PAGE_PARAMS = ("page", "pagenumber", "pagenum", "pageno")
_OFFSET_PARAMS = ("offset", "skip")
_LIMIT_PARAMS = ("limit", "pagesize", "perpage", "maxresults", "pagelimit", "size", "count")
_ITEM_CURSOR_PARAMS = ("startingafter", "after")
KINDS = ("page", "offset", "cursor", "next_url", "link_header")

Warn = Callable[[str, str], None]


def _norm(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


class _Shapes:
    """Field lookups through named schemas (refs, aliases and allOf parts) and inline objects
    (read from the enclosing schema's JSON Schema)."""

    def __init__(self, schemas: Mapping[str, Schema]) -> None:
        self.schemas = schemas

    def fields(
        self, t: TypeRef | None, js: Any = None, depth: int = 0
    ) -> dict[str, tuple[TypeRef, Any]] | None:
        """The properties of an object type by wire name, each (type, its JSON Schema); None
        when the type is not an object."""
        if t is None or depth > 10:
            return None
        if t.kind == "object" and isinstance(js, dict):
            props = js.get("properties")
            if not isinstance(props, dict):
                return None
            return {str(k): (_json_type(v), v) for k, v in props.items()}
        if t.kind != "ref" or t.ref is None:
            return None
        schema = self.schemas.get(t.ref)
        if schema is None:
            return None
        raw = schema.json_schema if isinstance(schema.json_schema, dict) else {}
        if schema.kind == "alias":
            return self.fields(schema.type, raw, depth + 1)
        if schema.kind != "object":
            return None
        out: dict[str, tuple[TypeRef, Any]] = {}
        for part in raw.get("allOf") or ():
            ref = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
                out.update(self.fields(TypeRef("ref", ref=name), None, depth + 1) or {})
        props = raw.get("properties")
        props = props if isinstance(props, dict) else {}
        out.update({f.name: (f.type, props.get(f.name)) for f in schema.fields})
        return out

    def resolved(self, t: TypeRef, depth: int = 0) -> TypeRef:
        """The type behind aliases of named schemas."""
        while t.kind == "ref" and t.ref is not None and depth < 10:
            schema = self.schemas.get(t.ref)
            if schema is None or schema.kind != "alias":
                break
            t, depth = schema.type, depth + 1
        return t

    def array_items(self, t: TypeRef | None) -> TypeRef | None:
        if t is None:
            return None
        t = self.resolved(t)
        return t.items if t.kind == "array" and t.items is not None else None

    def has_id(self, t: TypeRef, depth: int = 0) -> bool:
        """Whether every value of the type (each variant of a union) has a string ``id``."""
        fields = self.fields(t)
        if fields is not None:
            return "id" in fields and self.is_primitive(fields["id"][0], "string")
        t = self.resolved(t)
        if t.kind == "ref" and t.ref is not None and t.ref in self.schemas:
            t = self.schemas[t.ref].type
        if t.kind == "union" and t.variants and depth < 5:
            return all(self.has_id(v, depth + 1) for v in t.variants)
        return False

    def is_primitive(self, t: TypeRef, *kinds: str) -> bool:
        t = self.resolved(t)
        return t.kind == "primitive" and t.primitive in kinds

    def at(self, t: TypeRef | None, path: tuple[str, ...]) -> TypeRef | None:
        """The type at a path of wire names, or None when the path does not exist."""
        js: Any = None
        for name in path:
            fields = self.fields(t, js)
            if fields is None or name not in fields:
                return None
            t, js = fields[name]
        return t


def detect(
    method: str,
    op: Mapping[str, Any],
    pointer: str,
    parameters: tuple[Parameter, ...],
    responses: tuple[Response, ...],
    schemas: Mapping[str, Schema],
    headers: Callable[[Response], tuple[str, ...]],
    warn: Warn,
) -> Pagination | None:
    """The operation's pagination, or None. ``headers`` names the headers a response declares."""
    successes = [r for r in responses if r.status.startswith("2")]
    shapes = _Shapes(schemas)
    declared = op.get("x-pagination")
    ext_pointer = pointer + "/x-pagination"
    if declared is not None:
        if len(successes) != 1 or successes[0].encoding != "json" or successes[0].type is None:
            warn(ext_pointer, "x-pagination ignored: the operation needs one JSON 2xx response")
            return None
        return _declared(declared, ext_pointer, parameters, successes[0], shapes, warn)
    if method.upper() != "GET" or len(successes) != 1:
        return None
    success = successes[0]
    if success.encoding != "json" or success.type is None:
        return None
    query = {_norm(p.name): p for p in parameters if p.location == "query" and not p.required}
    found = _items(success.type, shapes)
    if found is None:
        return None
    items, item_type = found
    body = success.type
    envelope = shapes.fields(body) if items else None
    limit = _param(query, _LIMIT_PARAMS, shapes, "integer", "number")
    signals = _signals(body, shapes) if envelope is not None else {}
    common: dict[str, Any] = {
        "items": items,
        "item_type": item_type,
        "limit": limit.name if limit else None,
        **signals,
    }

    declared_headers = headers(success)
    if any(h.lower() == "link" for h in declared_headers):
        return Pagination(kind="link_header", **common)
    cursor_header = next((h for h in declared_headers if _norm(h) in _CURSOR_HEADERS), None)
    header_param = _param(query, _CURSOR_PARAMS, shapes, "string")
    if cursor_header is not None and header_param is not None:
        return Pagination(
            kind="cursor", parameter=header_param.name, next_header=cursor_header, **common
        )
    if envelope is not None:
        # a next cursor in the body, and a parameter for it
        for path, t in _candidates(body, shapes, _NEXT_CURSOR):
            if not shapes.is_primitive(t, "string") or _is_url(t, path[-1]):
                continue
            param = _param(query, _CURSOR_PARAMS, shapes, "string")
            if param is not None and (_norm(param.name) != "page" or _norm(path[-1]) == "nextpage"):
                return Pagination(kind="cursor", parameter=param.name, next=path, **common)
        for path, t in _candidates(body, shapes, _NEXT_URL):
            if shapes.is_primitive(t, "string") and _is_url(t, path[-1]):
                return Pagination(kind="next_url", next=path, **common)
        after = _param(query, _ITEM_CURSOR_PARAMS, shapes, "string")
        if after is not None and signals.get("has_more"):
            last = _candidates(body, shapes, ("lastid",), nested=False)
            if last and shapes.is_primitive(last[0][1], "string"):
                return Pagination(kind="cursor", parameter=after.name, next=last[0][0], **common)
            if shapes.has_id(item_type):
                return Pagination(
                    kind="cursor", parameter=after.name, next=("id",), next_from_item=True, **common
                )
    offset = _param(query, _OFFSET_PARAMS, shapes, "integer", "number")
    if offset is not None and limit is not None:
        return Pagination(kind="offset", parameter=offset.name, **common)
    page = _param(query, _PAGE_PARAMS, shapes, "integer", "number")
    if page is not None and envelope is not None:
        return Pagination(kind="page", parameter=page.name, **common)
    return None


def _json_type(js: Any) -> TypeRef:
    """A rough type for an inline property's JSON Schema (refs, arrays, primitives, objects)."""
    if not isinstance(js, dict):
        return TypeRef("any")
    ref = js.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return TypeRef("ref", ref=ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~"))
    typ = js.get("type")
    if isinstance(typ, list):
        rest = [t for t in typ if t != "null"]
        typ = rest[0] if len(rest) == 1 else None
    if typ == "array":
        return TypeRef("array", items=_json_type(js.get("items")))
    if typ in ("string", "integer", "number", "boolean"):
        fmt = js.get("format")
        return TypeRef("primitive", primitive=typ, format=fmt if isinstance(fmt, str) else None)
    if typ == "object" or isinstance(js.get("properties"), dict):
        return TypeRef("object")
    return TypeRef("any")


def _is_url(t: TypeRef, name: str) -> bool:
    """Whether a string property holds a URL: by its format, or by its name (``next_url``)."""
    if t.format in ("uri", "url", "uri-reference", "iri", "iri-reference"):
        return True
    return _norm(name).endswith(("url", "link", "href"))


def _param(
    query: Mapping[str, Parameter], names: tuple[str, ...], shapes: _Shapes, *kinds: str
) -> Parameter | None:
    for name in names:
        p = query.get(name)
        if p is not None and shapes.is_primitive(p.type, *kinds):
            return p
    return None


def _items(body: TypeRef, shapes: _Shapes) -> tuple[tuple[str, ...], TypeRef] | None:
    """Where the items are: the body itself (an array), or one array property of an envelope."""
    direct = shapes.array_items(body)
    if direct is not None:
        return (), direct
    fields = shapes.fields(body)
    if not fields:
        return None
    arrays: dict[str, TypeRef] = {}
    for name, (t, _) in fields.items():
        items = shapes.array_items(t)
        if items is not None:
            arrays[name] = items
    by_norm = {_norm(name): name for name in arrays}
    for wanted in _ITEMS:
        if wanted in by_norm:
            name = by_norm[wanted]
            return (name,), arrays[name]
    if len(arrays) == 1:
        ((name, t),) = arrays.items()
        return (name,), t
    return None


def _candidates(
    body: TypeRef, shapes: _Shapes, names: tuple[str, ...], nested: bool = True
) -> list[tuple[tuple[str, ...], TypeRef]]:
    """Properties with one of ``names`` (best first): in the envelope, then one level down in a
    nested object named like metadata."""
    out: list[tuple[tuple[str, ...], TypeRef]] = []
    fields = shapes.fields(body) or {}
    levels: list[tuple[tuple[str, ...], dict[str, tuple[TypeRef, Any]]]] = [((), fields)]
    if nested:
        for name, (t, js) in fields.items():
            inner = shapes.fields(t, js)
            if _norm(name) in _NESTED and inner:
                levels.append(((name,), inner))
    for wanted in names:
        for prefix, level in levels:
            for name, (t, _) in level.items():
                if _norm(name) == wanted:
                    out.append((prefix + (name,), t))
    return out


def _signals(body: TypeRef, shapes: _Shapes) -> dict[str, tuple[str, ...]]:
    """Stop signals found in the envelope: has_more, total pages and items, page number, size."""
    out: dict[str, tuple[str, ...]] = {}
    for key, names, kinds in (
        ("has_more", _HAS_MORE, ("boolean",)),
        ("total_pages", _TOTAL_PAGES, ("integer", "number")),
        ("total_items", _TOTAL_ITEMS, ("integer", "number")),
        ("current_page", _CURRENT_PAGE, ("integer", "number")),
        ("page_size", _PAGE_SIZE, ("integer", "number")),
    ):
        for path, t in _candidates(body, shapes, names):
            if shapes.is_primitive(t, *kinds):
                out[key] = path
                break
    return out


def _path(value: Any) -> tuple[str, ...] | None:
    """A path as written in x-pagination: ``a.b`` or a JSON pointer ``/a/b``; ``""``/``$`` = ()."""
    if not isinstance(value, str):
        return None
    if value in ("", "$", "/"):
        return ()
    if value.startswith("/"):
        return tuple(p.replace("~1", "/").replace("~0", "~") for p in value[1:].split("/"))
    return tuple(value.split("."))


_EXT_KEYS = {
    "kind",
    "items",
    "next",
    "parameter",
    "has_more",
    "total_pages",
    "total_items",
    "current_page",
    "page_size",
    "limit",
    "next_from_item",
}


def _declared(
    ext: Any,
    pointer: str,
    parameters: tuple[Parameter, ...],
    success: Response,
    shapes: _Shapes,
    warn: Warn,
) -> Pagination | None:
    """The pagination an ``x-pagination`` object declares, checked against the operation."""

    def bad(where: str, message: str) -> None:
        warn(pointer + where, f"x-pagination ignored: {message}")

    if not isinstance(ext, dict):
        bad("", "expected an object with kind, items, next and parameter")
        return None
    unknown = sorted(str(k) for k in ext if k not in _EXT_KEYS)
    if unknown:
        bad("/" + unknown[0], f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_EXT_KEYS))})")
        return None
    kind = ext.get("kind")
    if kind not in KINDS:
        bad("/kind", f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        return None
    assert success.type is not None
    body = success.type
    query = {p.name: p for p in parameters if p.location == "query"}
    paths: dict[str, tuple[str, ...]] = {}
    next_header: str | None = None
    for key in (
        "items",
        "next",
        "has_more",
        "total_pages",
        "total_items",
        "current_page",
        "page_size",
    ):
        if key not in ext:
            continue
        path = _path(ext[key])
        if path is None:
            bad("/" + key, f"{key} must be a path such as 'data' or 'meta.next_cursor'")
            return None
        if key == "next" and ext.get("next_from_item") is True:
            paths[key] = path
            continue
        if key == "next" and isinstance(ext[key], str) and ext[key].lower().startswith("header:"):
            header = ext[key][len("header:") :].strip()
            if not header:
                bad(
                    "/next", "'header:' must name a response header, such as 'header:X-Next-Cursor'"
                )
                return None
            next_header = header
            continue
        if shapes.at(body, path) is None:
            bad("/" + key, f"{'.'.join(path)!r} is not a property of the response body")
            return None
        paths[key] = path
    items_path = paths.get("items", ())
    item_type = shapes.array_items(shapes.at(body, items_path))
    if item_type is None:
        where = ".".join(items_path) or "the body"
        bad("/items", f"{where} is not an array")
        return None
    parameter = ext.get("parameter")
    needs_param = kind in ("page", "offset", "cursor")
    if needs_param and (not isinstance(parameter, str) or parameter not in query):
        bad("/parameter", f"kind {kind} needs parameter: the name of a query parameter")
        return None
    if kind in ("cursor", "next_url") and "next" not in paths and next_header is None:
        bad(
            "/next",
            f"kind {kind} needs next: where the next {'cursor' if kind == 'cursor' else 'URL'} is",
        )
        return None
    limit = ext.get("limit")
    if limit is not None and limit not in query:
        bad("/limit", f"limit {limit!r} is not a query parameter of the operation")
        return None
    return Pagination(
        kind=kind,
        items=items_path,
        item_type=item_type,
        parameter=parameter if needs_param else None,
        next=paths.get("next", ()),
        next_from_item=ext.get("next_from_item") is True,
        next_header=next_header,
        has_more=paths.get("has_more", ()),
        total_pages=paths.get("total_pages", ()),
        total_items=paths.get("total_items", ()),
        current_page=paths.get("current_page", ()),
        page_size=paths.get("page_size", ()),
        limit=limit,
        declared=True,
    )
