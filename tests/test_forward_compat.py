"""The emitted client keeps working when the server grows: new fields and new enum values."""

from __future__ import annotations

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


def test_an_unknown_provider_raises_with_the_raw_body(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    body = _number(provider="plivo")
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(body)
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/"), max_retries=0) as client:
        with pytest.raises(vapi.ResponseValidationError) as info:
            client.phone_numbers.get("pn-1")
    assert info.value.body == body
