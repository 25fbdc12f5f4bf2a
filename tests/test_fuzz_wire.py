"""Properties of what generated clients put on the wire, for random specs (each example generates,
ruff-checks and imports a client, and calls it through an in-memory transport; what was sent is
read back with independent decoders: base64, urllib.parse, http.cookies).

Security: five schemes (bearer, basic, API keys in a header, the query and a cookie), random
AND/OR requirements (anonymous alternatives too) for the document and per operation, and random
sets of configured credentials: each operation sends exactly the credentials of the first
alternative whose schemes are all configured, none when no alternative fits.

Parameter styles: an array path parameter (simple, label or matrix, exploded or not), one to three
query parameters (arrays: form exploded or not, spaceDelimited, pipeDelimited; objects: form
exploded or not, deepObject) and an array header, with values holding reserved characters: the
request carries what OpenAPI's style table says, nothing more.

CI runs ``FUZZ_SECURITY_EXAMPLES`` examples of each (default 6); ``FUZZ_RANDOM=1`` explores.
Form and multipart bodies are not drawn here (tests/test_wire_bodies.py checks them).
"""

from __future__ import annotations

import base64
import http.cookies
import inspect
import os
import urllib.parse
from typing import Any

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.test_fuzz import built

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


@settings(
    max_examples=int(os.environ.get("FUZZ_SECURITY_EXAMPLES", "6")),
    deadline=None,
    database=None,
    derandomize=os.environ.get("FUZZ_RANDOM") != "1",
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    default=st.none() | requirements,
    own=st.lists(st.none() | requirements, min_size=2, max_size=3),
    configured=st.lists(st.sets(st.sampled_from(sorted(SCHEMES))), min_size=2, max_size=3),
)
def test_each_operation_sends_exactly_its_requirements_credentials(
    default: list[frozenset[str]] | None,
    own: list[list[frozenset[str]] | None],
    configured: list[set[str]],
) -> None:
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


@settings(
    max_examples=int(os.environ.get("FUZZ_SECURITY_EXAMPLES", "6")),
    deadline=None,
    database=None,
    derandomize=os.environ.get("FUZZ_RANDOM") != "1",
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_parameter_styles_go_out_as_the_style_table_says(data: st.DataObject) -> None:
    draw = data.draw
    path_style, path_explode = draw(
        st.sampled_from([(s, e) for s in ("simple", "label", "matrix") for e in (True, False)])
    )
    path_value = draw(st.lists(text("."), min_size=1, max_size=3))
    queries = [draw(query_parameter(i)) for i in range(draw(st.integers(1, 3)))]
    header_value = draw(st.lists(text(" ,%é"), min_size=1, max_size=3))  # ASCII
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
