"""Header values on the wire: header values must be ASCII without control characters.

A value that is not (non-ASCII text such as "café" or "日本", CR, LF, NUL, tab) is refused with
InvalidHeaderError (a ValueError) before any request is sent, naming the parameter and the first
character that cannot go out; never httpx's raw UnicodeEncodeError, never a second header. Header
parameters, header API keys and tokens, the client's `headers=` and per-request extra headers are
all checked; cookie values are percent-encoded instead, so they can carry anything. Sync and async,
against a loopback server (tests/golden/params and tests/golden/auth).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module

RULE = "header values must be ASCII without control characters"
BAD = [
    ("café", "'é' (U+00E9) at position 3"),
    ("日本", "'日' (U+65E5) at position 0"),
    ("a\r\nX-Admin: 1", "'\\r' (U+000D) at position 1"),
    ("a\nb", "'\\n' (U+000A) at position 1"),
    ("a\x00b", "'\\x00' (U+0000) at position 1"),
    ("a\tb", "'\\t' (U+0009) at position 1"),
    ("a\x7fb", "'\\x7f' (U+007F) at position 1"),
]


@pytest.fixture(scope="module")
def params(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "params", "golden_params")


@pytest.fixture(scope="module")
def auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "auth", "golden_auth")


def refused(pkg: ModuleType, prefix: str, mode: str, fn: Any, **client_args: Any) -> str:
    """The InvalidHeaderError message of a call that must not reach the server."""
    with pytest.raises(pkg.InvalidHeaderError) as info:
        call(pkg, prefix, mode, fn, **client_args)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, pkg.ParamsError if prefix == "Params" else pkg.AuthError)
    return str(info.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "where"), BAD)
def test_header_parameter_values_are_refused(
    params: ModuleType, httpserver: HTTPServer, mode: str, value: str, where: str
) -> None:
    url = httpserver.url_for("/")
    message = refused(
        params, "Params", mode, lambda c: c.users.get([1], x_flags=["ok", value]), base_url=url
    )
    # the position counts in the joined value "ok,<value>"
    char, _, pos = where.rpartition(" at position ")
    assert message == f"header parameter 'X-Flags': {RULE}; found {char} at position {3 + int(pos)}"
    assert value not in message  # the value is not echoed (a header may hold a credential)
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_an_object_header_parameter_names_itself(
    params: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    url = httpserver.url_for("/")
    message = refused(
        params,
        "Params",
        mode,
        lambda c: c.users.get([1], x_point={"x": 1.0, "y": "日本"}),
        base_url=url,
    )
    assert message == f"header parameter 'X-Point': {RULE}; found '日' (U+65E5) at position 6"
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_ascii_header_values_go_out_unchanged(
    params: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/users/1").respond_with_data("")
    printable = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != ",")
    call(
        params,
        "Params",
        mode,
        lambda c: c.users.get(
            [1], x_flags=[printable], request_options={"extra_headers": {"X-Extra": " ~ok~ "}}
        ),
        base_url=httpserver.url_for("/"),
        headers={"X-Client": "plain ASCII; q=1"},
    )
    assert len(httpserver.log) == 1
    req = httpserver.log[0][0]
    assert req.headers["X-Flags"] == printable.strip()  # servers drop surrounding spaces
    assert req.headers["X-Client"] == "plain ASCII; q=1"
    assert req.headers["X-Extra"] == "~ok~"


@pytest.mark.parametrize("mode", MODES)
def test_extra_headers_and_idempotency_key_are_checked(
    params: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    url = httpserver.url_for("/")
    message = refused(
        params,
        "Params",
        mode,
        lambda c: c.users.get(
            [1], request_options={"extra_headers": {"X-Note": "ok\r\nX-Admin: 1"}}
        ),
        base_url=url,
    )
    assert (
        message
        == f"request_options['extra_headers']['X-Note']: {RULE}; found '\\r' (U+000D) at position 2"
    )
    message = refused(
        params,
        "Params",
        mode,
        lambda c: c.users.get([1], request_options={"extra_headers": {"X-Bad\r\nName": "v"}}),
        base_url=url,
    )
    assert message.startswith(
        "request_options['extra_headers']['X-Bad\\r\\nName']: 'X-Bad\\r\\nName' is not a header name"
    )
    message = refused(
        params,
        "Params",
        mode,
        lambda c: c.users.get([1], request_options={"idempotency_key": "clé"}),
        base_url=url,
    )
    assert (
        message == f"request_options['idempotency_key']: {RULE}; found 'é' (U+00E9) at position 2"
    )
    assert httpserver.log == []


@pytest.mark.parametrize("async_", [False, True])
def test_client_headers_are_checked_when_the_client_is_built(
    params: ModuleType, httpserver: HTTPServer, async_: bool
) -> None:
    cls = params.AsyncParamsClient if async_ else params.ParamsClient
    with pytest.raises(params.InvalidHeaderError) as info:
        cls(base_url=httpserver.url_for("/"), headers={"X-Team": "Zürich"})
    assert str(info.value) == f"headers['X-Team']: {RULE}; found 'ü' (U+00FC) at position 1"
    with pytest.raises(params.InvalidHeaderError, match="is not a header name"):
        cls(base_url=httpserver.url_for("/"), headers={"X Team": "z"})


@pytest.mark.parametrize("async_", [False, True])
@pytest.mark.parametrize(
    ("argument", "header"),
    [("api_key", "X-API-Key"), ("token", "Authorization")],
)
def test_header_credentials_are_checked_when_the_client_is_built(
    auth: ModuleType, async_: bool, argument: str, header: str
) -> None:
    cls = auth.AsyncAuthClient if async_ else auth.AuthClient
    with pytest.raises(auth.InvalidHeaderError) as info:
        cls(**{argument: "sécret"})
    assert str(info.value) == (
        f"{argument} (sent in the {header} header): {RULE}; found 'é' (U+00E9) at position 1"
    )
    assert "sécret" not in str(info.value)
    with pytest.raises(auth.InvalidHeaderError, match=r"found '\\n' \(U\+000A\) at position 2"):
        cls(**{argument: "ab\ncd"})


@pytest.mark.parametrize("mode", MODES)
def test_query_and_cookie_keys_may_hold_any_text(
    auth: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """Query and cookie credentials are percent-encoded, so non-ASCII text goes out encoded."""
    httpserver.expect_request("/either").respond_with_data("", status=204)
    httpserver.expect_request("/both-keys").respond_with_data("", status=204)
    url = httpserver.url_for("/")
    call(auth, "Auth", mode, lambda c: c.ops.basic_or_cookie(), base_url=url, cookie_key="café;x=1")
    assert httpserver.log[0][0].headers["Cookie"] == "session=caf%C3%A9%3Bx=1"
    call(
        auth,
        "Auth",
        mode,
        lambda c: c.ops.header_and_query_key(),
        base_url=url,
        api_key="k",
        query_key="日本&x=1",
    )
    assert httpserver.log[1][0].args["api_key"] == "日本&x=1"
