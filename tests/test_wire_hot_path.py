"""The emitted client's per-call shortcuts keep the wire behaviour they replace.

A request is built without going through two httpx.Headers (the injected client's own headers are
merged in one pass, its cookies and query parameters as httpx merges them); a response is parsed
and validated from the bytes in one step, falling back to Python's JSON parser for what only it
reads; a known union variant is validated without calling the unknown-variant hook.
"""

from __future__ import annotations

import asyncio
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.test_vapi_client import MODES, TOKEN, base_url, only_request, phone_json


def _get_with(vapi: ModuleType, mode: str, url: str, **http_kwargs: Any) -> Any:
    """GET /phone-number/pn-1 through an injected httpx client built with `http_kwargs`."""
    if mode == "sync":
        with httpx.Client(**http_kwargs) as http:
            client = vapi.VapiClient(token=TOKEN, base_url=url, http_client=http)
            return client.phone_numbers.get(
                "pn-1", request_options={"extra_headers": {"x-per-call": "1"}}
            )

    async def main() -> Any:
        async with httpx.AsyncClient(**http_kwargs) as http:
            client = vapi.AsyncVapiClient(token=TOKEN, base_url=url, http_client=http)
            return await client.phone_numbers.get(
                "pn-1", request_options={"extra_headers": {"x-per-call": "1"}}
            )

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
def test_injected_client_headers_are_merged_once_with_ours_winning(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    got = _get_with(
        vapi,
        mode,
        base_url(httpserver),
        headers={
            "accept": "text/html",
            "User-Agent": "mine/1.0",
            "X-Custom": "kept",
            "AUTHORIZATION": "Bearer from-the-client",
            "X-Per-Call": "0",
        },
    )
    assert isinstance(got, vapi.models.TwilioPhoneNumber)
    req = only_request(httpserver)
    assert req.headers.getlist("Accept") == ["application/json"]
    assert req.headers.getlist("User-Agent") == ["mine/1.0"]
    assert req.headers.getlist("X-Custom") == ["kept"]
    assert req.headers.getlist("Authorization") == [f"Bearer {TOKEN}"]
    assert req.headers.getlist("X-Per-Call") == ["1"]
    assert "Content-Length" not in req.headers and "Content-Type" not in req.headers


@pytest.mark.parametrize("mode", MODES)
def test_injected_client_cookies_and_query_are_still_sent(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    _get_with(
        vapi,
        mode,
        base_url(httpserver),
        headers={"X-Custom": "kept"},
        cookies={"session": "abc"},
        params={"tenant": "t1"},
    )
    req = only_request(httpserver)
    assert req.cookies.to_dict() == {"session": "abc"}
    assert req.args.to_dict() == {"tenant": "t1"}
    assert req.headers.getlist("X-Custom") == ["kept"]
    assert req.headers.getlist("Accept") == ["application/json"]
    assert req.headers.getlist("Authorization") == [f"Bearer {TOKEN}"]


@pytest.mark.parametrize("mode", MODES)
def test_a_body_only_pythons_json_parser_reads_still_parses(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """UTF-16 JSON (RFC 4627 allowed it): pydantic's parser refuses it, json.loads reads it."""
    body = json.dumps(phone_json(name="Zoë")).encode("utf-16")
    httpserver.expect_request("/phone-number/pn-1").respond_with_response(
        Response(body, status=200, content_type="application/json")
    )
    got = _get_with(vapi, mode, base_url(httpserver))
    assert isinstance(got, vapi.models.TwilioPhoneNumber)
    assert got.name == "Zoë"


@pytest.mark.parametrize("mode", MODES)
def test_a_broken_body_still_reports_the_json_and_the_mismatch(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    broken = phone_json()
    del broken["orgId"]
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(broken)
    with pytest.raises(vapi.ResponseValidationError) as info:
        _get_with(vapi, mode, base_url(httpserver))
    assert info.value.body == broken
    assert "orgId" in str(info.value)


def test_each_base_url_gets_its_own_requests(vapi: ModuleType) -> None:
    """Parsed URLs are reused per URL text: two servers with the same paths stay apart."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=[])

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        for host in ("http://one.invalid", "http://two.invalid/v1", "http://one.invalid"):
            vapi.VapiClient(token=TOKEN, base_url=host, http_client=http).phone_numbers.list()
    assert seen == [
        "http://one.invalid/phone-number",
        "http://two.invalid/v1/phone-number",
        "http://one.invalid/phone-number",
    ]


def test_a_timeout_per_call_and_per_client_reaches_httpx(vapi: ModuleType) -> None:
    timeouts: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json=[])

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = vapi.VapiClient(token=TOKEN, base_url="http://x.invalid", http_client=http)
        client.phone_numbers.list()
        client.phone_numbers.list(request_options={"timeout": 2.5})
        client.phone_numbers.list(request_options={"timeout": httpx.Timeout(1.0, connect=3.0)})
        client.phone_numbers.list(request_options={"timeout": None})
        timeouts[0]["read"] = -1.0  # a request's extension is its own: the next one is unchanged
        client.phone_numbers.list()
    assert timeouts[1:] == [
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 3.0, "read": 1.0, "write": 1.0, "pool": 1.0},
        {"connect": None, "read": None, "write": None, "pool": None},
        {"connect": 60.0, "read": 60.0, "write": 60.0, "pool": 60.0},
    ]


def test_a_known_variant_never_reaches_the_unknown_variant_hook(
    vapi: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Known variants are validated by pydantic alone; the hook runs only for what it refused."""
    from vapi_phone_numbers import _unions  # type: ignore[import-not-found]

    calls: list[Any] = []
    original = _unions.OpenUnion.__call__

    def spy(self: Any, value: Any, handler: Any, info: Any) -> Any:
        calls.append(value)
        return original(self, value, handler, info)

    monkeypatch.setattr(_unions.OpenUnion, "__call__", spy)
    responses = [phone_json(), {**phone_json(), "provider": "plivo", "plivoAuthId": "MA1"}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=responses.pop(0))

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = vapi.VapiClient(token=TOKEN, base_url="http://x.invalid", http_client=http)
        known = client.phone_numbers.get("pn-1")
        assert isinstance(known, vapi.models.TwilioPhoneNumber)
        assert calls == []
        unknown = client.phone_numbers.get("pn-2")
    assert isinstance(unknown, vapi.models.UnknownPhoneNumber)
    assert [c["provider"] for c in calls] == ["plivo"]
    with pytest.raises(Exception, match="no variant this client knows"):
        vapi.VapiClient(token=TOKEN).phone_numbers.create({"provider": "plivo"})
