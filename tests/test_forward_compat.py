"""The emitted client keeps working when the server grows: new fields and new enum values."""

from __future__ import annotations

import asyncio
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer


def _number(**extra: object) -> dict[str, object]:
    return {
        "provider": "twilio",
        "id": "pn-1",
        "orgId": "org-1",
        "createdAt": "2024-05-01T12:30:00Z",
        "updatedAt": "2024-05-01T12:30:00Z",
        "number": "+15550100",
        "twilioAccountSid": "AC1",
        **extra,
    }


def test_new_enum_values_and_fields_are_kept(vapi: ModuleType, httpserver: HTTPServer) -> None:
    body = _number(
        status="porting",
        brandNewField={"x": 1},
        fallbackDestination={
            "type": "number",
            "number": "+15550101",
            "transferPlan": {"mode": "teleport-transfer", "sipVerb": "invite"},
        },
    )
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(body)
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/")) as client:
        got = client.phone_numbers.get("pn-1")
    assert isinstance(got, vapi.models.TwilioPhoneNumber)
    assert got.status == "porting"
    assert got.fallback_destination.transfer_plan.mode == "teleport-transfer"
    assert got.fallback_destination.transfer_plan.sip_verb == "invite"
    assert got.model_extra == {"brandNewField": {"x": 1}}
    assert got.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


def test_known_values_still_validate_types(vapi: ModuleType) -> None:
    with pytest.raises(Exception, match="string"):
        vapi.models.TransferPlan.model_validate({"mode": 3})


SIXTH = _number(
    provider="plivo",
    plivoAuthId="MA123",
    number="+15550199",
    hooks=[
        {"on": "call.answered", "do": [{"type": "record"}]},
        {
            "on": "call.ringing",
            "do": [
                {"type": "hangup", "reason": "spam"},
                {"type": "transfer", "destination": {"type": "whatsapp", "handle": "@desk"}},
            ],
        },
    ],
)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_sixth_provider_parses_into_an_unknown_variant_that_keeps_its_data(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    known = _number(fallbackDestination={"type": "pigeon", "loft": "roof"})
    httpserver.expect_request("/phone-number").respond_with_json([known, SIXTH])
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(SIXTH)
    url = httpserver.url_for("/")
    if mode == "sync":
        with vapi.VapiClient(token="t", base_url=url) as client:
            listed = client.phone_numbers.list()
            got = client.phone_numbers.get("pn-1")
    else:

        async def main() -> tuple[object, object]:
            async with vapi.AsyncVapiClient(token="t", base_url=url) as client:
                return await client.phone_numbers.list(), await client.phone_numbers.get("pn-1")

        listed, got = asyncio.run(main())
    # one unknown provider no longer fails the whole list
    assert isinstance(listed[0], m.TwilioPhoneNumber)
    assert isinstance(listed[0].fallback_destination, m.UnknownFallbackDestination)
    assert listed[0].fallback_destination.model_extra == {"loft": "roof"}
    for number in (listed[1], got):
        assert isinstance(number, m.UnknownPhoneNumber)
        assert number.provider == "plivo"
        assert number.model_extra["plivoAuthId"] == "MA123"
        # everything it came with is kept, nested unknown variants raw, and goes out again as is
        assert number.model_dump(mode="json", by_alias=True, exclude_unset=True) == SIXTH


def test_every_discriminated_union_is_open_in_responses(vapi: ModuleType) -> None:
    import pydantic
    from vapi_phone_numbers._unions import RESPONSE_CONTEXT

    m = vapi.models
    ctx = {RESPONSE_CONTEXT: True}
    hook = {
        "on": "call.ringing",
        "do": [
            {"type": "hangup"},
            {
                "type": "transfer",
                "destination": {
                    "type": "number",
                    "number": "+15550101",
                    "transferPlan": {
                        "mode": "blind-transfer",
                        "contextEngineeringPlan": {"type": "lastNSeconds", "seconds": 30},
                    },
                },
            },
        ],
    }
    parsed = pydantic.TypeAdapter(m.PhoneNumberHook).validate_python(hook, context=ctx)
    assert isinstance(parsed, m.PhoneNumberHookCallRinging)
    assert isinstance(parsed.do[0], m.UnknownPhoneNumberHookAction)
    plan = parsed.do[1].destination.transfer_plan.context_engineering_plan
    assert isinstance(plan, m.UnknownContextEngineeringPlan) and plan.type == "lastNSeconds"
    assert plan.model_extra == {"seconds": 30}
    for union, prop in [
        (m.CreatePhoneNumberRequest, "provider"),
        (m.UpdatePhoneNumberRequest, "provider"),
        (m.PhoneNumber, "provider"),
        (m.FallbackDestination, "type"),
        (m.PhoneNumberHook, "on"),
        (m.PhoneNumberHookAction, "type"),
        (m.ContextEngineeringPlan, "type"),
    ]:
        value = pydantic.TypeAdapter(union).validate_python({prop: "new-kind", "x": 1}, context=ctx)
        assert type(value).__name__.startswith("Unknown"), union
        assert value.model_extra == {"x": 1}
        # outside a response (a request body, a model built in code) it is refused
        with pytest.raises(pydantic.ValidationError, match="new-kind"):
            pydantic.TypeAdapter(union).validate_python({prop: "new-kind", "x": 1})


def test_a_known_provider_with_a_broken_body_still_raises(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    body = {k: v for k, v in _number().items() if k != "twilioAccountSid"}
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(body)
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/"), max_retries=0) as client:
        with pytest.raises(vapi.ResponseValidationError) as info:
            client.phone_numbers.get("pn-1")
    assert info.value.body == body


def test_requests_stay_strict(vapi: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(SIXTH)
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/")) as client:
        unknown = client.phone_numbers.get("pn-1")
        with pytest.raises(Exception, match="plivo") as info:
            client.phone_numbers.create({"provider": "plivo", "number": "+15550199"})
        assert type(info.value).__name__ == "ValidationError"
        with pytest.raises(Exception, match="unknown variant read from a response"):
            client.phone_numbers.update("pn-1", unknown)
        with pytest.raises(Exception, match="no variant this client knows"):
            vapi.models.UnknownPhoneNumber(provider="plivo")
    assert len(httpserver.log) == 1
