"""Per-operation security on the wire (tests/golden/auth): each operation sends exactly the
credentials its requirement names, AND-requirements send all, OR picks the first configured, and
OAuth2 client credentials fetch, cache and renew a token. Sync and async."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, raw_target

ALL = {
    "token": "tok",
    "username": "ann",
    "password": "pw",
    "api_key": "hk",
    "query_key": "qk",
    "cookie_key": "ck;x=1",
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "auth", "golden_auth")


def only(httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    assert len(httpserver.log) == 1
    return httpserver.log[0][0]


def credentials(req) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {
        "authorization": req.headers.get("Authorization"),
        "x-api-key": req.headers.get("X-API-Key"),
        "cookie": req.headers.get("Cookie"),
        "target": raw_target(req),
    }


BASIC = "Basic " + base64.b64encode(b"ann:pw").decode()


#: (method, path, constructor arguments, credentials expected on the wire); the TypeScript client
#: is checked against the same table (test_typescript_client_sends_the_same_credentials)
CASES: list[tuple[str, str, dict[str, str], dict[str, str]]] = [
    ("uses_default", "/default", ALL, {"authorization": "Bearer tok"}),
    ("public", "/public", ALL, {}),
    ("header_key_only", "/header-key", ALL, {"x-api-key": "hk"}),
    (
        "header_and_query_key",
        "/both-keys",
        ALL,
        {"x-api-key": "hk", "target": "/both-keys?api_key=qk"},
    ),
    ("basic_or_cookie", "/either", ALL, {"authorization": BASIC}),
    (
        "basic_or_cookie",
        "/either",
        {"cookie_key": "ck;x=1"},
        {"cookie": "session=ck%3Bx=1"},
    ),
    ("optional_auth", "/optional", ALL, {"authorization": "Bearer tok"}),
    ("optional_auth", "/optional", {"api_key": "hk"}, {}),
    ("digest_only", "/digest", ALL, {}),
    # an AND-requirement half configured is not configured: nothing is sent
    ("header_and_query_key", "/both-keys", {"api_key": "hk"}, {}),
    # a token set is no reason to send it where only a key is asked for
    ("header_key_only", "/header-key", {"token": "tok"}, {}),
    ("with_oauth", "/oauth", {"token": "tok", "api_key": "hk"}, {}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "args", "expected"), CASES)
def test_each_operation_sends_only_its_credentials(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    method: str,
    path: str,
    args: dict[str, str],
    expected: dict[str, str],
) -> None:
    httpserver.expect_request(path).respond_with_data("", status=204)
    call(
        pkg,
        "Auth",
        mode,
        lambda c: getattr(c.ops, method)(),
        base_url=httpserver.url_for("/"),
        **args,
    )
    got = credentials(only(httpserver))
    want = {"authorization": None, "x-api-key": None, "cookie": None, "target": path}
    want.update(expected)
    assert got == want


@pytest.mark.parametrize("mode", MODES)
def test_oauth2_client_credentials_fetches_caches_and_renews(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    issued: list[str] = []

    def token(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        issued.append(request.get_data(as_text=True))
        assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"cid:sec").decode()
        body = {"access_token": f"at{len(issued)}", "token_type": "bearer", "expires_in": 3600}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/oauth").respond_with_data("", status=204)

    async def twice_async(c):  # type: ignore[no-untyped-def]
        await c.ops.with_oauth()
        await c.ops.with_oauth()

    def twice(c):  # type: ignore[no-untyped-def]
        if mode == "async":
            return twice_async(c)
        c.ops.with_oauth()
        c.ops.with_oauth()
        return None

    call(
        pkg,
        "Auth",
        mode,
        twice,
        base_url=httpserver.url_for("/"),
        client_id="cid",
        client_secret="sec",
        token="not-for-oauth",
    )
    assert issued == ["grant_type=client_credentials&scope=read"]  # fetched once, then cached
    calls = [r for r, _ in httpserver.log if r.path == "/oauth"]
    assert [r.headers["Authorization"] for r in calls] == ["Bearer at1", "Bearer at1"]


def test_oauth2_token_is_renewed_when_it_expires(pkg: ModuleType, httpserver: HTTPServer) -> None:
    count = {"n": 0}

    def token(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        count["n"] += 1
        body = {"access_token": f"at{count['n']}", "expires_in": 10}  # inside the 30 s margin
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/oauth").respond_with_data("", status=204)
    with pkg.AuthClient(base_url=httpserver.url_for("/"), client_id="c", client_secret="s") as c:
        c.ops.with_oauth()
        c.ops.with_oauth()
    calls = [r.headers["Authorization"] for r, _ in httpserver.log if r.path == "/oauth"]
    assert calls == ["Bearer at1", "Bearer at2"]


def _token_server(httpserver: HTTPServer, issued: list[str]) -> None:
    def token(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        issued.append(f"at{len(issued) + 1}")
        body = {"access_token": issued[-1], "expires_in": 3600}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)


def _oauth_calls(httpserver: HTTPServer) -> list[str]:
    return [r.headers.get("Authorization", "") for r, _ in httpserver.log if r.path == "/oauth"]


@pytest.mark.parametrize("mode", MODES)
def test_oauth2_fetched_token_refused_with_401_is_fetched_again_and_the_call_sent_once_more(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    issued: list[str] = []
    _token_server(httpserver, issued)

    def guarded(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        # the first token was revoked on the server's side before it expired
        if request.headers.get("Authorization") == "Bearer at1":
            return Response('{"error": "invalid_token"}', status=401)
        return Response("", status=204)

    httpserver.expect_request("/oauth").respond_with_handler(guarded)

    async def twice_async(c):  # type: ignore[no-untyped-def]
        await c.ops.with_oauth()
        await c.ops.with_oauth()

    def twice(c):  # type: ignore[no-untyped-def]
        if mode == "async":
            return twice_async(c)
        c.ops.with_oauth()
        c.ops.with_oauth()
        return None

    call(
        pkg, "Auth", mode, twice, base_url=httpserver.url_for("/"), client_id="c", client_secret="s"
    )
    assert issued == ["at1", "at2"]  # one new token; the second call uses it from the cache
    assert _oauth_calls(httpserver) == ["Bearer at1", "Bearer at2", "Bearer at2"]


@pytest.mark.parametrize("mode", MODES)
def test_oauth2_401_is_retried_only_once(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    issued: list[str] = []
    _token_server(httpserver, issued)
    httpserver.expect_request("/oauth").respond_with_data('{"error": "nope"}', status=401)
    with pytest.raises(pkg.errors.AuthenticationError) as info:
        call(
            pkg,
            "Auth",
            mode,
            lambda c: c.ops.with_oauth(),
            base_url=httpserver.url_for("/"),
            client_id="c",
            client_secret="s",
        )
    assert info.value.status_code == 401
    assert issued == ["at1", "at2"]
    assert _oauth_calls(httpserver) == ["Bearer at1", "Bearer at2"]


@pytest.mark.parametrize("mode", MODES)
def test_a_ready_oauth2_token_refused_with_401_is_not_replaced(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    issued: list[str] = []
    _token_server(httpserver, issued)
    httpserver.expect_request("/oauth").respond_with_data("", status=401)
    with pytest.raises(pkg.errors.AuthenticationError):
        call(
            pkg,
            "Auth",
            mode,
            lambda c: c.ops.with_oauth(),
            base_url=httpserver.url_for("/"),
            oauth_token="ready",
            client_id="c",
            client_secret="s",
        )
    assert issued == []
    assert _oauth_calls(httpserver) == ["Bearer ready"]


@pytest.mark.parametrize("mode", MODES)
def test_a_ready_oauth2_token_is_used_as_it_is(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/oauth").respond_with_data("", status=204)
    call(
        pkg,
        "Auth",
        mode,
        lambda c: c.ops.with_oauth(),
        base_url=httpserver.url_for("/"),
        oauth_token="ready",
    )
    assert only(httpserver).headers["Authorization"] == "Bearer ready"


def test_unsupported_scheme_is_a_warning_naming_it_and_strict_refuses() -> None:
    from generator import pipeline
    from generator.problems import UserError
    from tests.wire import GOLDEN

    spec = str(GOLDEN / "auth" / "spec.yaml")
    _, warnings = pipeline.build_ir(spec)
    assert any("'digest'" in w.message for w in warnings)
    with pytest.raises(UserError):
        pipeline.build_ir(spec, strict=True)


def test_typescript_client_sends_the_same_credentials(tmp_path: Path) -> None:
    """The TypeScript client of the same spec, on the same table of cases (node --test), and
    OAuth2's one renewal after a 401 (tests/typescript/auth_parity.test.mjs)."""
    from tests.test_typescript import BIN, TS_TESTS, build, generate_ts, run

    if not (BIN / "tsc").exists() or shutil.which("node") is None:
        pytest.skip("npm tools missing: run `npm ci` in the repository root (node 18+ needed)")
    from tests.wire import GOLDEN

    generate_ts(GOLDEN / "auth" / "spec.yaml", tmp_path / "src")
    built = build(tmp_path / "src", tmp_path / "built")
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "auth_parity.test.mjs")],
        TS_TESTS,
        env={"CLIENTGEN_TS_PACKAGE": str(built), "CLIENTGEN_AUTH_CASES": json.dumps(CASES)},
    )
