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
