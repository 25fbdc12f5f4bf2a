"""Properties of what generated clients put on the wire, for random specs (each example generates,
ruff-checks and imports a client, and calls it; what was sent is read back with independent
decoders: base64, urllib.parse, http.cookies, werkzeug's form and multipart parsers).

Security: five schemes (bearer, basic, API keys in a header, the query and a cookie), random
AND/OR requirements (anonymous alternatives too) for the document and per operation, and random
sets of configured credentials: each operation sends exactly the credentials of the first
alternative whose schemes are all configured, none when no alternative fits.

Parameter styles: an array path parameter (simple, label or matrix, exploded or not), one to three
query parameters (arrays: form exploded or not, spaceDelimited, pipeDelimited; objects: form
exploded or not, deepObject) and an array header, with values holding reserved characters: the
request carries what OpenAPI's style table says, nothing more. A header value that is not ASCII
is refused (InvalidHeaderError) before anything is sent.

Form bodies (application/x-www-form-urlencoded): scalars, arrays (repeated, Stripe's indexed
deepObject `expand[0]=a`, comma, space or pipe delimited), objects and maps (brackets), arrays of
objects, at the top or nested in objects (`invoice_settings[custom_fields][0][name]=x`, declared
deepObject or not), arrays of arrays, with odd property names
and text holding every reserved character and non-ASCII, sent to a loopback server; the pairs
that arrive, decoded independently, are the value sent.

Multipart bodies (multipart/form-data): files as bytes, file objects, (filename, content) and
(filename, content, content type) tuples, arrays of files, text (non-ASCII, CR LF), numbers,
booleans, arrays of text and JSON objects, with random bytes (not UTF-8) for file contents, sent
to a loopback server and parsed by werkzeug: each part arrives with its name, filename, content
type and exact bytes.

CI runs ``FUZZ_SECURITY_EXAMPLES`` examples of each (default 6; form and multipart
``FUZZ_BODY_EXAMPLES``, default 5); ``FUZZ_RANDOM=1`` explores. ``scripts/fuzz.py --property all``
runs every property (PROPERTIES below) for many examples.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import http.cookies
import inspect
import io
import json
import mimetypes
import os
import re
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.test_fuzz import Draw, built

HEADER_RULE = "header values must be ASCII without control characters"

SCHEMES: dict[str, dict[str, str]] = {
    "bearerA": {"type": "http", "scheme": "bearer"},
    "basicB": {"type": "http", "scheme": "basic"},
    "hdrKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "qKey": {"type": "apiKey", "in": "query", "name": "qk"},
    "ckKey": {"type": "apiKey", "in": "cookie", "name": "ck"},
}
#: the client's constructor arguments per scheme (the first scheme of each kind keeps the usual
#: names; later ones are named after the scheme)
ARGS = {
    "bearerA": ("token",),
    "basicB": ("username", "password"),
    "hdrKey": ("api_key",),
    "qKey": ("q_key",),
    "ckKey": ("ck_key",),
}
#: credential values with characters that need encoding in a query string or a cookie
VALUES = {
    "token": "t0k",
    "username": "ann",
    "password": "p:w",
    "api_key": "hk",
    "q_key": "q&k=1",
    "ck_key": "c;k=1",
}


def alternative() -> st.SearchStrategy[frozenset[str]]:
    # bearer and basic both go in Authorization: an AND of the two cannot be sent
    return (
        st.sets(st.sampled_from(sorted(SCHEMES)), max_size=3)
        .filter(lambda s: not {"bearerA", "basicB"} <= s)
        .map(frozenset)
    )


requirements = st.lists(alternative(), min_size=1, max_size=3)


def expected(alternatives: list[frozenset[str]] | None, configured: set[str]) -> set[str]:
    """The schemes the request must carry: the first alternative all configured, else none."""
    for alt in alternatives or []:
        if alt <= configured:
            return set(alt)
    return set()


def seen(request: httpx.Request) -> dict[str, str]:
    """{scheme: credential} found in a request, decoded independently of the client."""
    out: dict[str, str] = {}
    auth = request.headers.get("authorization")
    if auth and auth.startswith("Bearer "):
        out["bearerA"] = auth[len("Bearer ") :]
    elif auth and auth.startswith("Basic "):
        out["basicB"] = base64.b64decode(auth[len("Basic ") :]).decode()
    if "x-key" in request.headers:
        out["hdrKey"] = request.headers["x-key"]
    query = urllib.parse.parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)
    if "qk" in query:
        assert len(query["qk"]) == 1, query
        out["qKey"] = query["qk"][0]
    if "cookie" in request.headers:
        jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
        jar.load(request.headers["cookie"])
        assert set(jar) == {"ck"}, request.headers["cookie"]  # a value cannot add a cookie
        out["ckKey"] = urllib.parse.unquote(jar["ck"].value)
    return out


WIRE = {
    "bearerA": VALUES["token"],
    "basicB": f"{VALUES['username']}:{VALUES['password']}",
    "hdrKey": VALUES["api_key"],
    "qKey": VALUES["q_key"],
    "ckKey": VALUES["ck_key"],
}


OPS = ["getAlpha", "getBeta", "getGamma"]


def spec_for(default: list[frozenset[str]] | None, own: list[list[frozenset[str]] | None]) -> Any:
    paths = {}
    for i, alternatives in enumerate(own):
        op: dict[str, Any] = {
            "operationId": OPS[i],
            "tags": ["ops"],
            "responses": {"204": {"description": "done"}},
        }
        if alternatives is not None:
            op["security"] = [{name: [] for name in sorted(alt)} for alt in alternatives]
        paths[f"/op{i}"] = {"get": op}
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Sec Fuzz", "version": "1"},
        "servers": [{"url": "http://fuzz.test"}],
        "paths": paths,
        "components": {"securitySchemes": SCHEMES},
    }
    if default is not None:
        spec["security"] = [{name: [] for name in sorted(alt)} for alt in default]
    return spec


def check_security(draw: Draw) -> None:
    """Each operation sends exactly the credentials of its first fully configured alternative."""
    default = draw(st.none() | requirements, "default")
    own = draw(st.lists(st.none() | requirements, min_size=2, max_size=3), "own")
    configured = draw(
        st.lists(st.sets(st.sampled_from(sorted(SCHEMES))), min_size=2, max_size=3), "configured"
    )
    spec = spec_for(default, own)
    with built(spec) as (_b, module):
        client_cls = next(
            getattr(module, n)
            for n in module.__all__
            if n.endswith("Client") and "Async" + n in module.__all__
        )
        accepted = set(inspect.signature(client_cls).parameters)
        assert {a for args in ARGS.values() for a in args} <= accepted, accepted
        requests: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            requests.append(request)
            return httpx.Response(204)

        for have in configured:
            args = {a: VALUES[a] for name in have for a in ARGS[name]}
            transport = httpx.MockTransport(handler)
            with client_cls(
                **args, max_retries=0, http_client=httpx.Client(transport=transport)
            ) as client:
                resource = client.ops
                for i, alternatives in enumerate(own):
                    requests.clear()
                    getattr(resource, OPS[i].replace("get", "get_").lower())()
                    (request,) = requests
                    want = expected(alternatives if alternatives is not None else default, have)
                    got = seen(request)
                    assert got == {name: WIRE[name] for name in want}, (i, have, got)


# -- parameter styles ------------------------------------------------------------------------------

#: characters values are drawn from (delimiters of a style are left out of that style's values)
ALPHABET = "abZ09 ,/?&=#[]|%é;:+"


def text(exclude: str = "") -> st.SearchStrategy[str]:
    return st.text(
        st.sampled_from([c for c in ALPHABET if c not in exclude]), min_size=1, max_size=5
    )


@st.composite
def query_parameter(draw: st.DrawFn, index: int) -> tuple[dict[str, Any], Any]:
    """A query parameter (its spec) and a value for it."""
    name = "q" + "abc"[index]
    kind = draw(st.sampled_from(["array", "object"]))
    if kind == "array":
        style, explode = draw(
            st.sampled_from(
                [
                    ("form", True),
                    ("form", False),
                    ("spaceDelimited", False),
                    ("pipeDelimited", False),
                ]
            )
        )
        exclude = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, "")
        schema: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
        value: Any = draw(st.lists(text(exclude), min_size=1, max_size=3))
    else:
        style, explode = draw(
            st.sampled_from([("form", True), ("form", False), ("deepObject", True)])
        )
        props = ["x" + "abc"[index], "y" + "abc"[index]]
        schema = {"type": "object", "properties": {p: {"type": "string"} for p in props}}
        value = {p: draw(text()) for p in props}
    return {
        "name": name,
        "in": "query",
        "style": style,
        "explode": explode,
        "schema": schema,
    }, value


def decode_query(raw: str) -> list[tuple[str, str]]:
    """(name, raw value) pairs of a query string, names decoded, values left encoded."""
    pairs = []
    for item in raw.split("&") if raw else []:
        key, _, value = item.partition("=")
        pairs.append((urllib.parse.unquote(key), value))
    return pairs


def expected_query(param: dict[str, Any], value: Any) -> list[tuple[str, list[str]]]:
    """What the OpenAPI style table says goes out, as (name, decoded values) pairs."""
    name, style, explode = param["name"], param["style"], param["explode"]
    if isinstance(value, list):
        if style == "form" and explode:
            return [(name, [v]) for v in value]
        return [(name, list(value))]
    if style == "deepObject":
        return [(f"{name}[{k}]", [v]) for k, v in value.items()]
    if explode:
        return [(k, [v]) for k, v in value.items()]
    return [(name, [x for k, v in value.items() for x in (k, v)])]


def split_value(param: dict[str, Any], raw: str) -> list[str]:
    """A raw query value split by its style's delimiter, each piece decoded."""
    style = param["style"]
    if style == "spaceDelimited":
        return urllib.parse.unquote(raw.replace("+", "%20")).split(" ")
    if style == "pipeDelimited":
        return urllib.parse.unquote(raw).split("|")
    return [urllib.parse.unquote(piece) for piece in raw.split(",")]


def check_styles(draw: Draw) -> None:
    """Path, query and header parameters go out as OpenAPI's style table says."""
    path_style, path_explode = draw(
        st.sampled_from([(s, e) for s in ("simple", "label", "matrix") for e in (True, False)]),
        "path style",
    )
    path_value = draw(st.lists(text("."), min_size=1, max_size=3), "path value")
    queries = [draw(query_parameter(i), f"query {i}") for i in range(draw(st.integers(1, 3), "n"))]
    # mostly ASCII; sometimes with "é", which must be refused before anything is sent
    header_exclude = " ,%é" if draw(st.integers(0, 3), "ascii header") else " ,%"
    header_value = draw(st.lists(text(header_exclude), min_size=1, max_size=3), "header")
    parameters = [
        {
            "name": "p",
            "in": "path",
            "required": True,
            "style": path_style,
            "explode": path_explode,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        *(spec for spec, _ in queries),
        {"name": "X-H", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}},
    ]
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Style Fuzz", "version": "1"},
        "servers": [{"url": "http://fuzz.test"}],
        "paths": {
            "/items/{p}": {
                "get": {
                    "operationId": "getItems",
                    "tags": ["items"],
                    "parameters": parameters,
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    with built(spec) as (_b, module):
        client_cls = next(
            getattr(module, n)
            for n in module.__all__
            if n.endswith("Client") and "Async" + n in module.__all__
        )
        requests: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            requests.append(request)
            return httpx.Response(204)

        transport = httpx.MockTransport(handler)
        with client_cls(max_retries=0, http_client=httpx.Client(transport=transport)) as client:
            kwargs = {spec_["name"]: value for spec_, value in queries}
            if not all(v.isascii() for v in header_value):
                with pytest.raises(module.InvalidHeaderError, match=HEADER_RULE):
                    client.items.get(path_value, x_h=header_value, **kwargs)
                assert requests == []
                header_value = [v.replace("é", "e") for v in header_value]
            client.items.get(path_value, x_h=header_value, **kwargs)
        (request,) = requests
        # the path: one segment, by the style table
        raw_path = request.url.raw_path.decode("ascii").split("?")[0]
        segment = raw_path[len("/items/") :]
        assert "/" not in segment, raw_path
        if path_style == "simple":
            pieces = segment.split(",")
        elif path_style == "label":
            assert segment.startswith("."), segment
            pieces = segment[1:].split("." if path_explode else ",")
        else:
            assert segment.startswith(";p="), segment
            pieces = segment[3:].split(";p=" if path_explode else ",")
        assert [urllib.parse.unquote(p) for p in pieces] == path_value, segment
        # the header: simple, comma-separated
        assert request.headers["X-H"].split(",") == header_value
        # the query: every pair accounted for, in order, nothing else
        pairs = decode_query(request.url.query.decode("ascii"))
        want = [pair for spec_, value in queries for pair in expected_query(spec_, value)]
        assert [k for k, _ in pairs] == [k for k, _ in want], (pairs, want)
        owners = [spec_ for spec_, value in queries for _ in expected_query(spec_, value)]
        for (_, raw), (_, values), owner in zip(pairs, want, owners, strict=True):
            got = split_value(owner, raw) if len(values) > 1 else [urllib.parse.unquote(raw)]
            assert got == values, (owner, raw, values)


# -- form bodies ------------------------------------------------------------------------------------

#: text drawn for form and multipart values: every character a form encodes, and more
BODY_ALPHABET = "aZ09 +%&=#[]|,;:/?.~\"'\n\té日\x00"
#: property names: plain, with a space, a bracket, reserved characters, non-ASCII
FORM_NAMES = ["p0", "p 1", "x[y]", "a&b=c", "prénom", "p_5", "q.6", "r-7"]


def body_text(exclude: str = "", min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(
        st.sampled_from([c for c in BODY_ALPHABET if c not in exclude]),
        min_size=min_size,
        max_size=6,
    )


def client_class(module: ModuleType) -> Any:
    return next(
        getattr(module, n)
        for n in module.__all__
        if n.endswith("Client") and "Async" + n in module.__all__
    )


SCALARS: dict[str, tuple[dict[str, Any], st.SearchStrategy[Any]]] = {
    "string": ({"type": "string"}, body_text()),
    "integer": ({"type": "integer"}, st.integers(-(2**40), 2**40)),
    "boolean": ({"type": "boolean"}, st.booleans()),
    # quarters: exact in binary, so the text a server reads back is the same number
    "number": ({"type": "number"}, st.integers(-4000, 4000).map(lambda i: i / 4)),
}


def wire_text(value: Any) -> str:
    """A scalar as form text: the rule the README states, written out independently."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@st.composite
def scalar_kind(draw: st.DrawFn) -> tuple[dict[str, Any], Any]:
    schema, values = SCALARS[draw(st.sampled_from(sorted(SCALARS)))]
    return dict(schema), draw(values)


@st.composite
def form_property(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any] | None, Any]:
    """A form body property: (schema, encoding or None, value)."""
    kind = draw(
        st.sampled_from(
            ["scalar", "nullable", "array", "delimited", "object", "map", "nested", "deep_array"]
        )
    )
    deep = {"style": "deepObject", "explode": True}
    if kind == "scalar":
        schema, value = draw(scalar_kind())
        return schema, None, value
    if kind == "nullable":  # None goes out as an empty value, `name=` (how Stripe unsets)
        return {"type": ["string", "null"]}, None, draw(st.none() | body_text())
    if kind == "array":  # repeated name (no encoding: form, exploded) or Stripe's indexed style
        item, values = SCALARS[draw(st.sampled_from(sorted(SCALARS)))]
        encoding = draw(st.sampled_from([None, deep]))
        value = draw(st.lists(values, min_size=1, max_size=3))
        return {"type": "array", "items": dict(item)}, encoding, value
    if kind == "delimited":
        style = draw(st.sampled_from(["form", "spaceDelimited", "pipeDelimited"]))
        exclude = {"spaceDelimited": " +", "pipeDelimited": "|"}.get(style, "")
        value = draw(st.lists(body_text(exclude, min_size=1), min_size=1, max_size=3))
        schema = {"type": "array", "items": {"type": "string"}}
        return schema, {"style": style, "explode": False}, value
    if kind == "object":  # brackets, declared deepObject or (no encoding) by default
        props = draw(
            st.lists(st.sampled_from(["a", "b c", "d]e", "f[g]"]), min_size=1, unique=True)
        )
        kinds = {p: draw(scalar_kind()) for p in props}
        schema = {"type": "object", "properties": {p: k[0] for p, k in kinds.items()}}
        return schema, draw(st.sampled_from([None, deep])), {p: k[1] for p, k in kinds.items()}
    if kind == "map":
        keys = st.text(st.sampled_from("ab é[]=&+%"), min_size=1, max_size=4)
        value = draw(st.dictionaries(keys, body_text(), min_size=1, max_size=3))
        schema = {"type": "object", "additionalProperties": {"type": "string"}}
        return schema, draw(st.sampled_from([None, deep])), value
    if kind == "nested":  # Stripe: invoice_settings[custom_fields][0][name]=x
        item = {
            "type": "object",
            "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
        }
        schema = {
            "type": "object",
            "properties": {"fields": {"type": "array", "items": item}, "note": {"type": "string"}},
        }
        fields = draw(
            st.lists(
                st.fixed_dictionaries({}, optional={"name": body_text(), "value": body_text()}),
                min_size=1,
                max_size=3,
            ).filter(lambda items: all(items))
        )
        value: dict[str, Any] = {"fields": fields}
        if draw(st.booleans()):
            value["note"] = draw(body_text())
        if draw(st.booleans()):  # the array of objects itself, at the top
            return {"type": "array", "items": item}, draw(st.sampled_from([None, deep])), fields
        return schema, draw(st.sampled_from([None, deep])), value
    # an array of arrays of integers, indexed at both levels
    value = draw(st.lists(st.lists(st.integers(0, 99), min_size=1, max_size=2), min_size=1))
    schema = {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}
    return schema, draw(st.sampled_from([None, deep])), value


_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def read_form(body: bytes, delimited: dict[str, str]) -> dict[tuple[str, ...], list[Any]]:
    """What a form body says, decoded independently: {key path: [values in order]}.

    A key is split into its name and `[segment]`s before percent-decoding (the brackets that
    structure it are literal, a bracket in a name or key is encoded); a delimited array's value
    is split by its delimiter before decoding.
    """
    out: dict[tuple[str, ...], list[Any]] = {}
    text = body.decode("ascii")  # a form body is ASCII: everything else percent-encoded
    for pair in text.split("&") if text else []:
        raw_key, sep, raw_value = pair.partition("=")
        assert sep, pair
        head = raw_key.split("[", 1)[0]
        rest = raw_key[len(head) :]
        segments = _BRACKETS.findall(rest)
        assert "".join(f"[{s}]" for s in segments) == rest, raw_key
        path = tuple(urllib.parse.unquote_plus(k) for k in (head, *segments))
        name = path[0]
        if name in delimited and len(path) == 1:
            pieces = raw_value.split(delimited[name])
            value: Any = [urllib.parse.unquote_plus(p) for p in pieces]
        else:
            value = urllib.parse.unquote_plus(raw_value)
        out.setdefault(path, []).append(value)
    return out


def expected_form(
    name: str, encoding: dict[str, Any] | None, value: Any
) -> list[tuple[tuple[str, ...], Any]]:
    """The (key path, value) pairs a property must arrive as (Stripe's convention)."""
    style = (encoding or {}).get("style")
    if isinstance(value, list) and style in ("form", "spaceDelimited", "pipeDelimited"):
        return [((name,), [wire_text(v) for v in value])]
    if (
        isinstance(value, list)
        and style is None
        and not any(isinstance(v, (dict, list)) for v in value)
    ):
        return [((name,), wire_text(v)) for v in value]  # scalars: the name repeated
    return _nested((name,), value)  # objects, and arrays holding objects or arrays: brackets


def _nested(path: tuple[str, ...], value: Any) -> list[tuple[tuple[str, ...], Any]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _nested((*path, k), v)]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in _nested((*path, str(i)), v)]
    return [(path, "" if value is None else wire_text(value))]


@contextlib.contextmanager
def loopback() -> Iterator[HTTPServer]:
    """A loopback HTTP server (werkzeug) for one property run."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


@dataclasses.dataclass
class Arrived:
    """What a request carried, read while it was live: the raw body and werkzeug's parse of it."""

    content_type: str
    body: bytes
    form: dict[str, list[str]]
    files: dict[str, list[tuple[str | None, bytes, str | None]]]


def capture(server: HTTPServer, path: str) -> list[Arrived]:
    """Answer POST `path` with 204, keeping what each request carried."""
    seen: list[Arrived] = []

    def handler(request: Request) -> Response:
        body = request.get_data()
        files = {
            n: [(f.filename, f.read(), f.content_type) for f in request.files.getlist(n)]
            for n in request.files
        }
        form = {n: request.form.getlist(n) for n in request.form}
        seen.append(Arrived(request.headers.get("Content-Type", ""), body, form, files))
        return Response(status=204)

    server.clear()
    server.expect_request(path, method="POST").respond_with_handler(handler)
    return seen


def body_spec(title: str, path: str, media: str, schema: Any, encoding: dict[str, Any]) -> Any:
    content: dict[str, Any] = {"schema": schema}
    if encoding:
        content["encoding"] = encoding
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "servers": [{"url": "http://fuzz.test"}],
        "paths": {
            path: {
                "post": {
                    "operationId": "send",
                    "tags": ["things"],
                    "requestBody": {"required": True, "content": {media: content}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }


def send(module: ModuleType, server: HTTPServer, body: Any, mode: str) -> None:
    """Send `body` with the sync or the async client."""
    import asyncio

    cls = client_class(module)
    url = server.url_for("/")
    if mode == "sync":
        with cls(base_url=url, max_retries=0) as client:
            client.things.send(body)
        return
    async_cls = getattr(module, "Async" + cls.__name__)

    async def main() -> None:
        async with async_cls(base_url=url, max_retries=0) as client:
            await client.things.send(body)

    asyncio.run(main())


def check_form(draw: Draw, server: HTTPServer) -> None:
    """A random form body arrives as the pairs Stripe's convention gives for the value sent."""
    names = draw(
        st.lists(st.sampled_from(FORM_NAMES), min_size=1, max_size=4, unique=True), "names"
    )
    props = {n: draw(form_property(), n) for n in names}
    encoding = {n: e for n, (_, e, _) in props.items() if e is not None}
    schema = {"type": "object", "properties": {n: s for n, (s, _, _) in props.items()}}
    spec = body_spec("Form Fuzz", "/things", "application/x-www-form-urlencoded", schema, encoding)
    mode = draw(st.sampled_from(["sync", "async"]), "mode")
    with built(spec) as (_b, module):
        seen = capture(server, "/things")
        body = {n: v for n, (_, _, v) in props.items()}
        send(module, server, body, mode)
        (request,) = seen
        assert request.content_type == "application/x-www-form-urlencoded"
        delimiters = {"form": ",", "spaceDelimited": "+", "pipeDelimited": "%7C"}
        delimited = {
            n: delimiters[e["style"]]
            for n, e in encoding.items()
            if e.get("explode") is False and e["style"] in delimiters
        }
        got = read_form(request.body, delimited)
        want: dict[tuple[str, ...], list[Any]] = {}
        for name, (_, enc, value) in props.items():
            for path, text_ in expected_form(name, enc, value):
                want.setdefault(path, []).append(text_)
        assert got == want, (body, request.body)


# -- multipart bodies -------------------------------------------------------------------------------

#: filenames: non-ASCII, spaces, several dots, and `"`, CR and LF, which multipart/form-data
#: (WHATWG, as httpx and browsers write it) escapes as %22, %0D, %0A: a filename can never end its
#: quoted string or add a part header (never `%`, which would make the escapes ambiguous)
FILENAME = st.text(st.sampled_from('ab Z9._-é日()"\r\n'), min_size=1, max_size=8)


def escaped(filename: str) -> str:
    """A filename as it arrives: werkzeug undoes the %22 escape of a quote, not %0D or %0A."""
    return filename.replace("\r", "%0D").replace("\n", "%0A")


PART_TYPES = ["text/plain", "image/png", "application/pdf", "application/octet-stream"]


@st.composite
def file_value(draw: st.DrawFn) -> tuple[Any, bytes, str | None, str | None]:
    """A file as a caller gives it: (value, content, filename or None, content type or None)."""
    content = draw(st.binary(max_size=40) | st.just(b"\xff\xfe\x00\r\n--x\r\n\x80"))
    form = draw(
        st.sampled_from(["bytes", "io", "named_io", "path", "pair", "triple", "triple_none"])
    )
    if form == "bytes":
        return content, content, None, None
    if form == "io":
        return io.BytesIO(content), content, None, None
    name = draw(FILENAME)
    if form in ("path", "named_io"):  # the filename is the file's own name
        name = "".join(c for c in name if c not in '/"\r\n').strip(".") or "f"
        folder = Path(tempfile.mkdtemp(prefix="clientgen-fuzz-file-"))
        (folder / name).write_bytes(content)
        if form == "path":
            return folder / name, content, name, None
        return open(folder / name, "rb"), content, name, None  # noqa: SIM115 - read by the client
    if form == "pair":
        return (name, content), content, name, None
    if form == "triple_none":
        return (name, content, None), content, name, None
    ctype = draw(st.sampled_from(PART_TYPES))
    return (name, content, ctype), content, name, ctype


@st.composite
def multipart_property(draw: st.DrawFn) -> tuple[dict[str, Any], Any, list[tuple[str, Any]]]:
    """(schema, value given, parts expected: ("file", (filename?, content, type?)) or
    ("text", text) or ("json", data))."""
    kind = draw(st.sampled_from(["file", "files", "text", "scalar", "texts", "object", "nullable"]))
    binary = {"type": "string", "format": "binary"}
    if kind == "file":
        value, content, name, ctype = draw(file_value())
        return dict(binary), value, [("file", (name, content, ctype))]
    if kind == "files":
        files = draw(st.lists(file_value(), min_size=1, max_size=3))
        schema = {"type": "array", "items": dict(binary)}
        given = [f[0] for f in files]
        if len(files) == 1 and draw(st.booleans()):
            given = given[0]  # one file for an array of files: one part
        return schema, given, [("file", (n, c, t)) for _, c, n, t in files]
    if kind == "nullable":  # None: no part at all
        value = draw(st.none() | body_text())
        return {"type": ["string", "null"]}, value, [] if value is None else [("text", value)]
    if kind == "text":
        text_ = draw(body_text())
        return {"type": "string"}, text_, [("text", text_)]
    if kind == "scalar":
        schema, value = draw(scalar_kind().filter(lambda sv: sv[0]["type"] != "string"))
        return schema, value, [("text", wire_text(value))]
    if kind == "texts":
        items = draw(st.lists(body_text(), min_size=1, max_size=3))
        return {"type": "array", "items": {"type": "string"}}, items, [("text", t) for t in items]
    data = {"a": draw(body_text()), "n": draw(st.integers(-5, 5))}
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "n": {"type": "integer"}},
    }
    return schema, data, [("json", data)]


def cleanup(values: list[Any]) -> None:
    """Close the files drawn and remove their folders."""
    import shutil

    for value in values:
        for item in value if isinstance(value, list) else [value]:
            path = getattr(item, "name", None) if hasattr(item, "read") else item
            if hasattr(item, "close"):
                item.close()
            if isinstance(path, (str, Path)) and "clientgen-fuzz-file-" in str(path):
                shutil.rmtree(Path(path).parent, ignore_errors=True)


MULTIPART_NAMES = ["file", "p 1", "prénom", "docs", "meta", "n_5", "q.6"]


def check_multipart(draw: Draw, server: HTTPServer) -> None:
    """A random multipart body arrives part by part: names, filenames, types and exact bytes."""
    names = draw(
        st.lists(st.sampled_from(MULTIPART_NAMES), min_size=1, max_size=4, unique=True), "names"
    )
    props = {n: draw(multipart_property(), n) for n in names}
    schema = {"type": "object", "properties": {n: s for n, (s, _, _) in props.items()}}
    spec = body_spec("Multipart Fuzz", "/things", "multipart/form-data", schema, {})
    mode = draw(st.sampled_from(["sync", "async"]), "mode")
    with built(spec) as (_b, module):
        seen = capture(server, "/things")
        try:
            send(module, server, {n: v for n, (_, v, _) in props.items()}, mode)
        finally:
            cleanup([v for _, v, _ in props.values()])
        (request,) = seen
        assert request.content_type.startswith("multipart/form-data; boundary=")
        got_form = request.form
        want_files: dict[str, list[tuple[str, bytes, str]]] = {}
        want_form: dict[str, list[str]] = {}
        for name, (_, _, parts) in props.items():
            for kind, part in parts:
                if kind == "file":
                    filename, content, ctype = part
                    filename = filename or name  # bytes and file objects without a name
                    guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
                    want_files.setdefault(name, []).append(
                        (escaped(filename), content, ctype or guessed)
                    )
                elif kind == "text":
                    want_form.setdefault(name, []).append(part)
                else:
                    want_form.setdefault(name, []).append(json.dumps(part))
        assert request.files == want_files, (request.files, want_files)
        # JSON parts compared as data; text parts exactly (CR LF and NUL included)
        for name, values in want_form.items():
            if props[name][2][0][0] == "json":
                assert [json.loads(v) for v in got_form.get(name, [])] == [
                    json.loads(v) for v in values
                ], name
            else:
                assert got_form.get(name) == values, (name, got_form.get(name), values)
        assert set(got_form) == set(want_form), (got_form, want_form)


# -- the properties, for pytest and scripts/fuzz.py ---------------------------------------------------

#: name -> (check(draw, server), whether it needs a loopback server)
PROPERTIES: dict[str, tuple[Callable[..., None], bool]] = {
    "security": (check_security, False),
    "styles": (check_styles, False),
    "form": (check_form, True),
    "multipart": (check_multipart, True),
}

SETTINGS = settings(
    max_examples=int(os.environ.get("FUZZ_SECURITY_EXAMPLES", "6")),
    deadline=None,
    database=None,
    derandomize=os.environ.get("FUZZ_RANDOM") != "1",
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
BODY_SETTINGS = settings(SETTINGS, max_examples=int(os.environ.get("FUZZ_BODY_EXAMPLES", "5")))


def drawer(data: st.DataObject) -> Draw:
    return lambda strategy, label: data.draw(strategy, label=label)


@SETTINGS
@given(data=st.data())
def test_each_operation_sends_exactly_its_requirements_credentials(data: st.DataObject) -> None:
    check_security(drawer(data))


@SETTINGS
@given(data=st.data())
def test_parameter_styles_go_out_as_the_style_table_says(data: st.DataObject) -> None:
    check_styles(drawer(data))


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    with loopback() as srv:
        yield srv


def test_form_bodies_arrive_as_sent(server: HTTPServer) -> None:
    @BODY_SETTINGS
    @given(data=st.data())
    def prop(data: st.DataObject) -> None:
        check_form(drawer(data), server)

    prop()


def test_multipart_bodies_arrive_as_sent(server: HTTPServer) -> None:
    @BODY_SETTINGS
    @given(data=st.data())
    def prop(data: st.DataObject) -> None:
        check_multipart(drawer(data), server)

    prop()
