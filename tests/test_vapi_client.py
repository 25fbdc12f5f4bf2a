"""The emitted Vapi client (generated/python/vapi_phone_numbers) against a real HTTP server.

Every test talks to pytest-httpserver's werkzeug server on 127.0.0.1 and checks what the server
received (method, path, query, headers, JSON body), not what a mocked transport was handed. Most
tests run once with the sync client and once with the async one (``mode``); async code runs with
``asyncio.run`` inside plain test functions.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import logging
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

# Serializer warnings (pydantic), unclosed clients (ResourceWarning) and the like are bugs here.
pytestmark = pytest.mark.filterwarnings("error")

TOKEN = "sk-test-3f9c2e7a-SECRET-b81d"
TS = "2024-05-01T12:30:00Z"
MODES = ["sync", "async"]
PROVIDERS = {
    "byo-phone-number": "ByoPhoneNumber",
    "twilio": "TwilioPhoneNumber",
    "vonage": "VonagePhoneNumber",
    "vapi": "VapiPhoneNumber",
    "telnyx": "TelnyxPhoneNumber",
}
_SPECIFIC: dict[str, dict[str, Any]] = {
    "byo-phone-number": {
        "number": "1001",
        "credentialId": "cred-byo",
        "numberE164CheckEnabled": False,
    },
    "twilio": {"number": "+15550000002", "twilioAccountSid": "AC123", "smsEnabled": False},
    "vonage": {"number": "+15550000003", "credentialId": "cred-vonage"},
    "vapi": {"sipUri": "sip:line@sip.vapi.ai", "numberDesiredAreaCode": "415"},
    "telnyx": {"number": "+15550000005", "credentialId": "cred-telnyx"},
}


class Color(enum.Enum):
    RED = "red"


def phone_json(provider: str = "twilio", **extra: Any) -> dict[str, Any]:
    """A phone number as the server would send it (wire form)."""
    return {
        "id": f"pn-{provider}",
        "orgId": "org-1",
        "createdAt": TS,
        "updatedAt": TS,
        "provider": provider,
        "status": "active",
        "name": f"{provider} line",
        **_SPECIFIC[provider],
        **extra,
    }


def page_json(*providers: str) -> dict[str, Any]:
    return {
        "results": [phone_json(p) for p in providers],
        "metadata": {"itemsPerPage": 2, "totalItems": 7, "currentPage": 1, "hasNextPage": True},
    }


def base_url(server: HTTPServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def call(
    vapi: ModuleType,
    mode: str,
    url: str,
    method: str,
    *args: Any,
    client_kwargs: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Call client.phone_numbers.<method> with a fresh sync or async client; return the result."""
    ck: dict[str, Any] = {"token": TOKEN, "base_url": url, **(client_kwargs or {})}
    if mode == "sync":
        with vapi.VapiClient(**ck) as client:
            return getattr(client.phone_numbers, method)(*args, **kwargs)

    async def main() -> Any:
        async with vapi.AsyncVapiClient(**ck) as client:
            return await getattr(client.phone_numbers, method)(*args, **kwargs)

    return asyncio.run(main())


def only_request(server: HTTPServer) -> Request:
    assert len(server.log) == 1, [r.url for r, _ in server.log]
    return server.log[0][0]


def raw_uri(request: Request) -> str:
    """The request target exactly as sent on the wire (werkzeug's dev server keeps it)."""
    return str(request.environ.get("RAW_URI") or request.environ["REQUEST_URI"])


# ---------------------------------------------------------------------------------------------
# 1. The six operations: what reaches the server
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_create_with_model_sends_camel_case_set_fields_only(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("twilio"), status=201
    )
    body = m.CreateTwilioPhoneNumberDTO(
        provider="twilio",
        number="+15550000002",
        twilio_account_sid="AC123",
        twilio_auth_token="twilio-secret",
        name="Support line",
        fallback_destination=m.TransferDestinationNumber(
            type="number",
            number="+15550001111",
            transfer_plan=m.TransferPlan(mode="blind-transfer", timeout=30),
        ),
        hooks=[
            m.PhoneNumberHookCallRinging(
                on="call.ringing",
                do=[
                    m.SayPhoneNumberHookAction(type="say", exact="Please hold."),
                    m.TransferPhoneNumberHookAction(
                        type="transfer",
                        destination=m.TransferDestinationSip(
                            type="sip", sip_uri="sip:desk@example.com"
                        ),
                    ),
                ],
            )
        ],
        server=m.Server(
            url="https://hooks.example.com/vapi",
            timeout_seconds=20,
            headers={"X-Hook": "1"},
            backoff_plan=m.BackoffPlan(type="fixed", max_retries=3, base_delay_seconds=1),
        ),
    )
    result = call(vapi, mode, base_url(httpserver), "create", body)

    req = only_request(httpserver)
    assert req.method == "POST"
    assert req.path == "/phone-number"
    assert req.query_string == b""
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert req.headers["Content-Type"] == "application/json"
    assert req.headers["Accept"] == "application/json"
    # exactly the fields that were set, in wire names; defaults (smsEnabled, numberE164CheckEnabled,
    # sipVerb, ...) and unset optionals are not sent, and nothing is null
    assert req.get_json() == {
        "provider": "twilio",
        "number": "+15550000002",
        "twilioAccountSid": "AC123",
        "twilioAuthToken": "twilio-secret",
        "name": "Support line",
        "fallbackDestination": {
            "type": "number",
            "number": "+15550001111",
            "transferPlan": {"mode": "blind-transfer", "timeout": 30},
        },
        "hooks": [
            {
                "on": "call.ringing",
                "do": [
                    {"type": "say", "exact": "Please hold."},
                    {
                        "type": "transfer",
                        "destination": {"type": "sip", "sipUri": "sip:desk@example.com"},
                    },
                ],
            }
        ],
        "server": {
            "url": "https://hooks.example.com/vapi",
            "timeoutSeconds": 20,
            "headers": {"X-Hook": "1"},
            "backoffPlan": {"type": "fixed", "maxRetries": 3, "baseDelaySeconds": 1},
        },
    }
    assert "null" not in req.get_data(as_text=True)
    assert isinstance(result, m.TwilioPhoneNumber)
    assert result.twilio_account_sid == "AC123"


@pytest.mark.parametrize("mode", MODES)
def test_create_with_wire_form_dict(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("byo-phone-number"), status=201
    )
    body = {
        "provider": "byo-phone-number",
        "number": "1001",
        "credentialId": "cred-byo",
        "numberE164CheckEnabled": False,
        "fallbackDestination": {"type": "sip", "sipUri": "sip:overflow@example.com"},
        "assistantId": "asst-1",
    }
    result = call(vapi, mode, base_url(httpserver), "create", body)
    req = only_request(httpserver)
    assert req.method == "POST"
    assert req.headers["Content-Type"] == "application/json"
    assert req.get_json() == body
    assert isinstance(result, vapi.models.ByoPhoneNumber)
    assert result.number_e164_check_enabled is False


def test_create_dict_with_snake_case_names_is_sent_in_wire_form(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("vonage"), status=201
    )
    call(
        vapi,
        "sync",
        base_url(httpserver),
        "create",
        {"provider": "vonage", "number": "+15550000003", "credential_id": "cred-vonage"},
    )
    assert only_request(httpserver).get_json() == {
        "provider": "vonage",
        "number": "+15550000003",
        "credentialId": "cred-vonage",
    }


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"provider": "twilio", "number": "+15550000002"}, id="missing-required"),
        pytest.param({"provider": "carrier-pigeon", "number": "+1555"}, id="unknown-provider"),
        pytest.param({"number": "+15550000002"}, id="no-discriminator"),
        pytest.param(
            {"provider": "byo-phone-number", "credentialId": "c", "name": "x" * 41}, id="too-long"
        ),
        pytest.param(
            {"provider": "vonage", "number": 15550000003, "credentialId": "c"}, id="wrong-type"
        ),
        pytest.param(
            {"provider": "vapi", "fallbackDestination": {"type": "number"}}, id="nested-invalid"
        ),
        pytest.param(["not", "an", "object"], id="not-a-mapping"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_invalid_create_body_is_rejected_before_sending(
    vapi: ModuleType, httpserver: HTTPServer, mode: str, body: Any
) -> None:
    httpserver.expect_request("/phone-number").respond_with_json(phone_json(), status=201)
    with pytest.raises(pydantic.ValidationError):
        call(vapi, mode, base_url(httpserver), "create", body)
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_model_of_the_wrong_kind_is_rejected_before_sending(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """An update shape passed to create fails validation instead of being sent half-serialized."""
    httpserver.expect_request("/phone-number").respond_with_json(phone_json(), status=201)
    wrong = vapi.models.UpdateTwilioPhoneNumberDTO(provider="twilio", name="x")
    with pytest.raises(pydantic.ValidationError):
        call(vapi, mode, base_url(httpserver), "create", wrong)
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_invalid_update_body_is_rejected_before_sending(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    with pytest.raises(pydantic.ValidationError):
        call(vapi, mode, base_url(httpserver), "update", "pn-1", {"name": "no provider"})
    with pytest.raises(pydantic.ValidationError):
        call(
            vapi,
            mode,
            base_url(httpserver),
            "update",
            "pn-1",
            {"provider": "twilio", "smsEnabled": "maybe"},
        )
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_list_sends_query_in_wire_form(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number", method="GET").respond_with_json(
        [phone_json(p) for p in PROVIDERS]
    )
    plus2 = dt.timezone(dt.timedelta(hours=2))
    result = call(
        vapi,
        mode,
        base_url(httpserver),
        "list",
        limit=10.0,
        created_at_gt=dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC),
        created_at_le=dt.datetime(2024, 6, 2, 8, 0, 5, 123000, tzinfo=plus2),
        updated_at_lt=dt.datetime(2024, 7, 1, tzinfo=dt.UTC),
    )
    req = only_request(httpserver)
    assert req.method == "GET"
    assert req.path == "/phone-number"
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert "Content-Type" not in req.headers
    assert req.get_data() == b""
    assert req.args.to_dict(flat=False) == {
        "limit": ["10"],
        "createdAtGt": ["2024-05-01T12:30:00Z"],
        "createdAtLe": ["2024-06-02T08:00:05.123000+02:00"],
        "updatedAtLt": ["2024-07-01T00:00:00Z"],
    }
    # "+" in an offset must be percent-encoded, or the server reads it as a space
    assert "%2B02%3A00" in raw_uri(req) or "%2B02:00" in raw_uri(req)
    assert [type(p).__name__ for p in result] == list(PROVIDERS.values())


@pytest.mark.parametrize("mode", MODES)
def test_list_without_arguments_sends_no_query(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number").respond_with_json([])
    assert call(vapi, mode, base_url(httpserver), "list") == []
    req = only_request(httpserver)
    assert req.query_string == b""
    assert raw_uri(req) == "/phone-number"


@pytest.mark.parametrize("mode", MODES)
def test_list_paginated_sends_query_and_returns_envelope(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/v2/phone-number", method="GET").respond_with_json(
        page_json("vapi", "telnyx")
    )
    result = call(
        vapi,
        mode,
        base_url(httpserver),
        "list_paginated",
        search="support line",
        page=2,
        limit=2.5,
        sort_order="ASC",
        sort_by="createdAt",
        updated_at_ge=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    req = only_request(httpserver)
    assert req.method == "GET"
    assert req.path == "/v2/phone-number"
    assert req.args.to_dict(flat=False) == {
        "search": ["support line"],
        "page": ["2"],
        "limit": ["2.5"],
        "sortOrder": ["ASC"],
        "sortBy": ["createdAt"],
        "updatedAtGe": ["2024-01-02T03:04:05Z"],
    }
    m = vapi.models
    assert isinstance(result, m.PhoneNumberPaginatedResponse)
    assert [type(p) for p in result.results] == [m.VapiPhoneNumber, m.TelnyxPhoneNumber]
    assert result.metadata.total_items == 7
    assert result.metadata.has_next_page is True
    assert result.metadata.total_pages is None


@pytest.mark.parametrize("provider", list(PROVIDERS))
@pytest.mark.parametrize("mode", MODES)
def test_get_resolves_the_provider_variant(
    vapi: ModuleType, httpserver: HTTPServer, mode: str, provider: str
) -> None:
    httpserver.expect_request(f"/phone-number/pn-{provider}", method="GET").respond_with_json(
        phone_json(provider)
    )
    result = call(vapi, mode, base_url(httpserver), "get", f"pn-{provider}")
    req = only_request(httpserver)
    assert req.method == "GET"
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert type(result) is getattr(vapi.models, PROVIDERS[provider])
    assert result.provider == provider
    assert result.id == f"pn-{provider}"
    assert result.org_id == "org-1"
    assert result.created_at == dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)
    assert result.status == "active"


@pytest.mark.parametrize("mode", MODES)
def test_path_parameter_is_percent_encoded(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/a/b c?d").respond_with_json(phone_json())
    call(vapi, mode, base_url(httpserver), "get", "a/b c?d")
    req = only_request(httpserver)
    # one path segment: "/" and "?" cannot escape it
    assert raw_uri(req) == "/phone-number/a%2Fb%20c%3Fd"
    assert req.query_string == b""


@pytest.mark.parametrize("mode", MODES)
def test_update_sends_patch_with_only_set_fields(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    httpserver.expect_request("/phone-number/pn-1", method="PATCH").respond_with_json(
        phone_json("twilio", name="New name")
    )
    body = m.UpdateTwilioPhoneNumberDTO(
        provider="twilio",
        name="New name",
        assistant_id=None,  # set explicitly: sent as null, which clears it on the server
        fallback_destination=m.TransferDestinationSip(
            type="sip", sip_uri="sip:x@example.com", sip_headers={"X-A": "1"}
        ),
    )
    result = call(vapi, mode, base_url(httpserver), "update", "pn-1", body)
    req = only_request(httpserver)
    assert req.method == "PATCH"
    assert req.path == "/phone-number/pn-1"
    assert req.headers["Content-Type"] == "application/json"
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert req.get_json() == {
        "provider": "twilio",
        "name": "New name",
        "assistantId": None,
        "fallbackDestination": {
            "type": "sip",
            "sipUri": "sip:x@example.com",
            "sipHeaders": {"X-A": "1"},
        },
    }
    assert isinstance(result, m.TwilioPhoneNumber)
    assert result.name == "New name"


@pytest.mark.parametrize("mode", MODES)
def test_update_with_dict(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number/pn-1", method="PATCH").respond_with_json(
        phone_json("vapi")
    )
    body = {"provider": "vapi", "squadId": "squad-9", "hooks": [{"on": "call.ending"}]}
    result = call(vapi, mode, base_url(httpserver), "update", "pn-1", body)
    assert only_request(httpserver).get_json() == body
    assert isinstance(result, vapi.models.VapiPhoneNumber)


@pytest.mark.parametrize("mode", MODES)
def test_delete_returns_the_deleted_number(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-9", method="DELETE").respond_with_json(
        phone_json("telnyx", id="pn-9")
    )
    result = call(vapi, mode, base_url(httpserver), "delete", "pn-9")
    req = only_request(httpserver)
    assert req.method == "DELETE"
    assert req.path == "/phone-number/pn-9"
    assert req.get_data() == b""
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert isinstance(result, vapi.models.TelnyxPhoneNumber)
    assert result.id == "pn-9"


def test_base_url_with_path_prefix_and_trailing_slash(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/proxy/api/phone-number").respond_with_json([])
    with vapi.VapiClient(token=TOKEN, base_url=base_url(httpserver) + "/proxy/api/") as client:
        assert client.base_url == base_url(httpserver) + "/proxy/api"
        assert client.phone_numbers.list() == []
    assert only_request(httpserver).path == "/proxy/api/phone-number"


def test_default_base_url_is_vapi(vapi: ModuleType) -> None:
    with vapi.VapiClient(token=TOKEN) as client:
        assert client.base_url == "https://api.vapi.ai"


# ---------------------------------------------------------------------------------------------
# 2. What comes back
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_unknown_fields_are_kept(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    payload = phone_json(
        "vonage",
        brandNewField={"nested": [1, 2]},
        fallbackDestination={"type": "number", "number": "+15550001111", "futureFlag": True},
        hooks=[{"on": "call.ending", "filters": [], "laterAddition": "x"}],
    )
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(payload)
    result = call(vapi, mode, base_url(httpserver), "get", "pn-1")
    m = vapi.models
    assert isinstance(result, m.VonagePhoneNumber)
    assert result.model_extra == {"brandNewField": {"nested": [1, 2]}}
    assert isinstance(result.fallback_destination, m.TransferDestinationNumber)
    assert result.fallback_destination.model_extra == {"futureFlag": True}
    assert isinstance(result.hooks[0], m.PhoneNumberHookCallEnding)
    # round trip: what came in goes out again, unknown fields included
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        **payload,
        "createdAt": "2024-05-01T12:30:00Z",
        "updatedAt": "2024-05-01T12:30:00Z",
    }


@pytest.mark.parametrize("mode", MODES)
def test_list_returns_models_of_each_variant(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number").respond_with_json(
        [phone_json(p, extraThing=i) for i, p in enumerate(PROVIDERS)]
    )
    result = call(vapi, mode, base_url(httpserver), "list")
    assert isinstance(result, list)
    assert [type(p) for p in result] == [getattr(vapi.models, c) for c in PROVIDERS.values()]
    assert [p.model_extra["extraThing"] for p in result] == [0, 1, 2, 3, 4]
    assert result[1].sms_enabled is False  # twilio
    assert result[3].sip_uri == "sip:line@sip.vapi.ai"  # vapi


@pytest.mark.parametrize("mode", MODES)
def test_dict_body_may_hold_model_instances(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("vapi"), status=201
    )
    body = {
        "provider": "vapi",
        "fallbackDestination": m.TransferDestinationSip(type="sip", sip_uri="sip:a@example.com"),
        "authentication": {"username": "u" * 20, "password": "p" * 20},
    }
    call(vapi, mode, base_url(httpserver), "create", body)
    assert only_request(httpserver).get_json() == {
        "provider": "vapi",
        "fallbackDestination": {"type": "sip", "sipUri": "sip:a@example.com"},
        "authentication": {"username": "u" * 20, "password": "p" * 20},
    }


@pytest.mark.parametrize("mode", MODES)
def test_deprecated_fields_round_trip(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    """serverUrl/serverUrlSecret are deprecated: sent and parsed silently, warn on access."""
    m = vapi.models
    httpserver.expect_request("/phone-number/pn-1", method="PATCH").respond_with_json(
        phone_json("vapi", serverUrl="https://old.example.com", serverUrlSecret="s")
    )
    body = m.UpdateVapiPhoneNumberDTO(provider="vapi", server_url="https://old.example.com")
    result = call(vapi, mode, base_url(httpserver), "update", "pn-1", body)
    assert only_request(httpserver).get_json() == {
        "provider": "vapi",
        "serverUrl": "https://old.example.com",
    }
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped["serverUrl"] == "https://old.example.com"
    with pytest.warns(DeprecationWarning):
        assert result.server_url == "https://old.example.com"


def test_models_dump_without_serializer_warnings(vapi: ModuleType) -> None:
    """Models with defaults (TransferPlan.timeout = 60, sipVerb = 'refer', ...) dump cleanly."""
    m = vapi.models
    plan = m.TransferPlan(mode="warm-transfer-say-message", message="one moment")
    dest = m.TransferDestinationNumber(type="number", number="+15550001111", transfer_plan=plan)
    full = dest.model_dump(mode="json", by_alias=True)
    assert full["transferPlan"]["timeout"] == 60
    assert full["transferPlan"]["sipVerb"] == "refer"
    assert full["numberE164CheckEnabled"] is True
    body = m.CreateVapiPhoneNumberDTO(provider="vapi", fallback_destination=dest)
    adapter = pydantic.TypeAdapter(m.CreatePhoneNumberRequest)
    assert adapter.dump_python(body, mode="json", by_alias=True, exclude_unset=True) == {
        "provider": "vapi",
        "fallbackDestination": {
            "type": "number",
            "number": "+15550001111",
            "transferPlan": {"mode": "warm-transfer-say-message", "message": "one moment"},
        },
    }


# ---------------------------------------------------------------------------------------------
# 5. The token
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_token_falls_back_to_env_var(
    vapi: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    monkeypatch.setenv("VAPI_API_KEY", "sk-from-env")
    httpserver.expect_request("/phone-number").respond_with_json([])
    call(vapi, mode, base_url(httpserver), "list", client_kwargs={"token": None})
    assert only_request(httpserver).headers["Authorization"] == "Bearer sk-from-env"


def test_explicit_token_wins_over_env_var(
    vapi: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAPI_API_KEY", "sk-from-env")
    httpserver.expect_request("/phone-number").respond_with_json([])
    call(vapi, "sync", base_url(httpserver), "list")
    assert only_request(httpserver).headers["Authorization"] == f"Bearer {TOKEN}"


def test_without_any_token_no_authorization_header_is_sent(
    vapi: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAPI_API_KEY", raising=False)
    httpserver.expect_request("/phone-number").respond_with_json([])
    with vapi.VapiClient(base_url=base_url(httpserver)) as client:
        client.phone_numbers.list()
    assert "Authorization" not in only_request(httpserver).headers


@pytest.mark.parametrize("mode", MODES)
def test_whitespace_around_the_token_is_dropped(
    vapi: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """A key read from a file keeps its newline; sent as is, the request fails quoting the key."""
    httpserver.expect_request("/phone-number").respond_with_json([])
    call(vapi, mode, base_url(httpserver), "list", client_kwargs={"token": f"  {TOKEN}\n"})
    monkeypatch.setenv("VAPI_API_KEY", f"{TOKEN}\r\n")
    call(vapi, mode, base_url(httpserver), "list", client_kwargs={"token": None})
    assert [r.headers["Authorization"] for r, _ in httpserver.log] == [f"Bearer {TOKEN}"] * 2


@pytest.mark.parametrize("token", [f"{TOKEN}\nX-Injected: 1", f"{TOKEN}\x00", f"sk\r\n{TOKEN}"])
@pytest.mark.parametrize("client_class", ["VapiClient", "AsyncVapiClient"])
def test_token_with_control_characters_is_refused_without_quoting_it(
    vapi: ModuleType, token: str, client_class: str
) -> None:
    with pytest.raises(ValueError) as info:
        getattr(vapi, client_class)(token=token)
    assert "token" in str(info.value)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_messages_do_not_quote_the_token(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """httpx would quote an illegal header value in full: the client refuses it first, with an
    InvalidHeaderError that names the header and never quotes the value."""
    httpserver.expect_request("/phone-number").respond_with_json([])
    with pytest.raises(vapi.InvalidHeaderError) as info:
        call(
            vapi,
            mode,
            base_url(httpserver),
            "list",
            request_options={
                "extra_headers": {"Authorization": f"Bearer {TOKEN}\n"},
                "max_retries": 0,
            },
        )
    assert "request_options['extra_headers']['Authorization']" in str(info.value)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_token_never_in_repr_or_logs(
    vapi: ModuleType, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    httpserver.expect_request("/phone-number/missing").respond_with_json(
        {"message": "Not Found"}, status=404
    )
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "vapi_phone_numbers"):
        caplog.set_level(logging.DEBUG, logger=name)
    url = base_url(httpserver)
    sync = vapi.VapiClient(token=TOKEN, base_url=url)
    asyn = vapi.AsyncVapiClient(token=TOKEN, base_url=url)
    texts = [repr(sync), str(sync), repr(asyn), str(asyn), repr(sync._http), repr(asyn._http)]
    sync.close()
    asyncio.run(asyn.close())
    call(vapi, mode, url, "get", "pn-1")
    with pytest.raises(vapi.NotFoundError) as info:
        call(vapi, mode, url, "get", "missing")
    texts += [
        str(info.value),
        repr(info.value),
        repr(info.value.response),
        repr(info.value.headers),
    ]
    texts += [repr(info.value.response.request), repr(info.value.response.request.headers)]
    assert caplog.records, "httpx/httpcore logged nothing: the capture is not working"
    texts += [caplog.text]
    texts += [r.getMessage() for r in caplog.records]
    for text in texts:
        assert TOKEN not in text
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)


# ---------------------------------------------------------------------------------------------
# 6. Your own httpx client; closing
# ---------------------------------------------------------------------------------------------


def test_injected_sync_client_is_used_and_not_closed(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    seen: list[httpx.Request] = []
    responses: list[int] = []
    http = httpx.Client(
        headers={"X-Custom": "from-injected"},
        event_hooks={
            "request": [seen.append],
            "response": [lambda r: responses.append(r.status_code)],
        },
    )
    with vapi.VapiClient(token=TOKEN, base_url=base_url(httpserver), http_client=http) as client:
        client.phone_numbers.get("pn-1")
    assert not http.is_closed
    req = only_request(httpserver)
    assert req.headers["X-Custom"] == "from-injected"
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert [r.url.path for r in seen] == ["/phone-number/pn-1"]
    assert responses == [200]
    # still usable after the Vapi client closed
    assert http.get(base_url(httpserver) + "/phone-number/pn-1").status_code == 200
    http.close()


def test_injected_async_client_is_used_and_not_closed(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(phone_json())
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def main() -> bool:
        async with httpx.AsyncClient(
            headers={"X-Custom": "async-injected"}, event_hooks={"request": [hook]}
        ) as http:
            async with vapi.AsyncVapiClient(
                token=TOKEN, base_url=base_url(httpserver), http_client=http
            ) as client:
                await client.phone_numbers.get("pn-1")
            closed = http.is_closed
            await client.close()  # closing twice is harmless and still leaves it open
            assert not http.is_closed
            return closed

    assert asyncio.run(main()) is False
    assert seen == ["/phone-number/pn-1"]
    assert only_request(httpserver).headers["X-Custom"] == "async-injected"


def test_owned_clients_are_closed(vapi: ModuleType) -> None:
    client = vapi.VapiClient(token=TOKEN)
    inner = client._http.client
    assert not inner.is_closed
    client.close()
    assert inner.is_closed
    with vapi.VapiClient(token=TOKEN) as client2:
        inner2 = client2._http.client
    assert inner2.is_closed

    async def main() -> tuple[bool, bool]:
        aclient = vapi.AsyncVapiClient(token=TOKEN)
        ainner = aclient._http.client
        await aclient.close()
        async with vapi.AsyncVapiClient(token=TOKEN) as aclient2:
            ainner2 = aclient2._http.client
        return ainner.is_closed, ainner2.is_closed

    assert asyncio.run(main()) == (True, True)


def test_owned_client_follows_same_origin_redirects_with_auth(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number/old").respond_with_data(
        "", status=301, headers={"Location": "/phone-number/new"}
    )
    httpserver.expect_request("/phone-number/new").respond_with_json(phone_json())
    result = call(vapi, "sync", base_url(httpserver), "get", "old")
    assert isinstance(result, vapi.models.TwilioPhoneNumber)
    assert [r.path for r, _ in httpserver.log] == ["/phone-number/old", "/phone-number/new"]
    assert httpserver.log[1][0].headers["Authorization"] == f"Bearer {TOKEN}"


# ---------------------------------------------------------------------------------------------
# 7. Per-client headers and request_options
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_request_options_extra_headers_and_query(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number").respond_with_json([])
    call(
        vapi,
        mode,
        base_url(httpserver),
        "list",
        limit=5,
        client_kwargs={"headers": {"X-Client": "everywhere"}},
        request_options={
            "extra_headers": {"X-Trace": "abc-123"},
            "extra_query": {
                "includeDeleted": True,
                "archived": False,
                "ratio": 2.0,
                "since": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
                "tag": ["a", "b"],
                "color": Color.RED,
                "skipped": None,
            },
        },
    )
    req = only_request(httpserver)
    assert req.headers["X-Client"] == "everywhere"
    assert req.headers["X-Trace"] == "abc-123"
    assert req.args.to_dict(flat=False) == {
        "limit": ["5"],
        "includeDeleted": ["true"],
        "archived": ["false"],
        "ratio": ["2"],
        "since": ["2024-01-01T00:00:00Z"],
        "tag": ["a", "b"],
        "color": ["red"],
    }


@pytest.mark.parametrize("mode", MODES)
def test_extra_headers_and_query_replace_rather_than_duplicate(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number").respond_with_json([])
    call(
        vapi,
        mode,
        base_url(httpserver),
        "list",
        limit=5,
        client_kwargs={"headers": {"accept": "application/json; charset=utf-8"}},
        request_options={
            "extra_headers": {"authorization": "Bearer per-request"},
            "extra_query": {"limit": 7},
        },
    )
    req = only_request(httpserver)
    assert req.headers.getlist("Authorization") == ["Bearer per-request"]
    assert req.headers.getlist("Accept") == ["application/json; charset=utf-8"]
    assert req.args.getlist("limit") == ["7"]


@pytest.mark.parametrize("mode", MODES)
def test_extra_headers_on_a_body_request(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("vapi"), status=201
    )
    call(
        vapi,
        mode,
        base_url(httpserver),
        "create",
        {"provider": "vapi"},
        request_options={
            "extra_headers": {"Idempotency-Key": "k-1"},
            "extra_query": {"dryRun": True},
        },
    )
    req = only_request(httpserver)
    assert req.headers["Idempotency-Key"] == "k-1"
    assert req.args.to_dict() == {"dryRun": "true"}
    assert req.get_json() == {"provider": "vapi"}
    assert req.headers["Content-Type"] == "application/json"


def test_async_concurrent_requests_share_one_client(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    for p in PROVIDERS:
        httpserver.expect_request(f"/phone-number/pn-{p}").respond_with_json(phone_json(p))

    async def main() -> list[Any]:
        async with vapi.AsyncVapiClient(token=TOKEN, base_url=base_url(httpserver)) as client:
            return await asyncio.gather(*(client.phone_numbers.get(f"pn-{p}") for p in PROVIDERS))

    results = asyncio.run(main())
    assert [r.provider for r in results] == list(PROVIDERS)
    assert len(httpserver.log) == len(PROVIDERS)


def test_package_exports(vapi: ModuleType) -> None:
    for name in vapi.__all__:
        assert hasattr(vapi, name), name
    assert issubclass(vapi.ApiTimeoutError, vapi.ApiConnectionError)
    for name in (
        "ApiConnectionError",
        "ApiStatusError",
        "ResponseValidationError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
    ):
        assert issubclass(getattr(vapi, name), vapi.VapiError), name
