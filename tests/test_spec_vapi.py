"""The hand-written Vapi phone-number spec: valid OpenAPI 3.1, complete, described."""

from __future__ import annotations

import yaml
from openapi_spec_validator import validate

from generator.cli import run
from generator.spec.walk import iter_operations
from tests.conftest import VAPI_SPEC


def _spec() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(VAPI_SPEC.read_text(encoding="utf-8"))


def test_passes_openapi_spec_validator() -> None:
    validate(_spec())


def test_passes_clientgen_validate_without_warnings(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["validate", str(VAPI_SPEC), "--strict"]) == 0


def test_the_six_operations() -> None:
    spec = _spec()
    ops = {(m.upper(), p): o["operationId"] for p, m, o, _ in iter_operations(spec)}
    assert ops == {
        ("POST", "/phone-number"): "createPhoneNumber",
        ("GET", "/phone-number"): "listPhoneNumbers",
        ("GET", "/v2/phone-number"): "listPhoneNumbersPaginated",
        ("GET", "/phone-number/{id}"): "getPhoneNumber",
        ("PATCH", "/phone-number/{id}"): "updatePhoneNumber",
        ("DELETE", "/phone-number/{id}"): "deletePhoneNumber",
    }
    assert spec["servers"][0]["url"] == "https://api.vapi.ai"
    assert spec["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
    } | {
        k: v
        for k, v in spec["components"]["securitySchemes"]["bearer"].items()
        if k not in ("type", "scheme")
    }
    create = spec["paths"]["/phone-number"]["post"]
    assert "201" in create["responses"] and create["requestBody"]["required"] is True


def test_seed_fields_are_present_and_replaced_ones_deprecated() -> None:
    schemas = _spec()["components"]["schemas"]
    byo = schemas["CreateByoPhoneNumberDTO"]["properties"]
    for field in (
        "fallbackDestination",
        "provider",
        "numberE164CheckEnabled",
        "number",
        "credentialId",
        "name",
        "assistantId",
        "squadId",
        "serverUrl",
        "serverUrlSecret",
    ):
        assert field in byo, field
    assert byo["serverUrl"]["deprecated"] is True and byo["serverUrlSecret"]["deprecated"] is True
    resp = schemas["ByoPhoneNumber"]
    assert {"id", "orgId", "createdAt", "updatedAt"} <= set(resp["required"])
    for union, prop in (
        ("CreatePhoneNumberRequest", "provider"),
        ("UpdatePhoneNumberRequest", "provider"),
        ("PhoneNumber", "provider"),
        ("FallbackDestination", "type"),
        ("PhoneNumberHook", "on"),
    ):
        assert schemas[union]["discriminator"]["propertyName"] == prop
        assert len(schemas[union]["oneOf"]) == len(schemas[union]["discriminator"]["mapping"])


def test_everything_is_described() -> None:
    spec = _spec()
    missing = []
    for _path, _method, op, pointer in iter_operations(spec):
        if not op.get("description") or not op.get("summary"):
            missing.append(pointer)
    for name, schema in spec["components"]["schemas"].items():
        if not schema.get("description"):
            missing.append(name)
        for prop, sub in (schema.get("properties") or {}).items():
            if not sub.get("description"):
                missing.append(f"{name}.{prop}")
    for name, param in spec["components"]["parameters"].items():
        if not param.get("description"):
            missing.append(name)
    assert missing == []


def test_each_hook_event_has_its_own_filter_shape() -> None:
    schemas = _spec()["components"]["schemas"]
    ringing = schemas["PhoneNumberHookCallRinging"]["properties"]["filters"]["items"]["$ref"]
    ending = schemas["PhoneNumberHookCallEnding"]["properties"]["filters"]["items"]["$ref"]
    assert ringing.endswith("/PhoneNumberCallRingingHookFilter")
    assert ending.endswith("/PhoneNumberCallEndingHookFilter")
    ring = schemas["PhoneNumberCallRingingHookFilter"]
    assert sorted(ring["required"]) == ["key", "startsWith", "type"]
    assert ring["properties"]["type"]["enum"] == ["startsWith"]
    assert ring["properties"]["key"]["enum"] == ["number"]
    assert ring["properties"]["startsWith"]["items"] == {"type": "string", "maxLength": 20}
    end = schemas["PhoneNumberCallEndingHookFilter"]
    assert sorted(end["required"]) == ["key", "oneOf", "type"]
    assert end["properties"]["type"]["enum"] == ["oneOf"]
    assert end["properties"]["key"]["enum"] == ["call.endedReason"]
    assert len(end["properties"]["oneOf"]["items"]["enum"]) == 6
    assert "CallHookFilter" not in schemas


def test_vapi_number_response_has_optional_number_and_sip_credentials_are_secret() -> None:
    schemas = _spec()["components"]["schemas"]
    vapi_number = schemas["VapiPhoneNumber"]
    assert vapi_number["properties"]["number"]["type"] == "string"
    assert "number" not in vapi_number["required"]
    assert "number" not in schemas["CreateVapiPhoneNumberDTO"]["properties"]
    auth = schemas["SipAuthentication"]["properties"]
    assert auth["username"]["format"] == auth["password"]["format"] == "password"
