"""Contract tests: the emitted clients against Stoplight Prism serving the same spec.

Prism (tests/prism.py) refuses any request that does not match the spec and, static or dynamic,
answers with bodies built from the spec; the clients must send what the spec says and parse what
Prism generates. Every operation of the Vapi client runs, sync and async, with every provider
variant and both hook kinds; the same for every operation of the petstore3 corpus client.
A violation Prism reports fails the test with Prism's message (see test_a_violation_fails_...).
Prism starts once for this module (static and dynamic servers for both specs, in parallel).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import CORPUS, VAPI_SPEC, generate_into
from tests.prism import checked_async_client, checked_client, prism_servers, require_prism

PETSTORE = CORPUS / "petstore3.yaml"
ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
MODES = ["sync", "async"]
SERVERS = ["static", "dynamic"]


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], str]]:
    require_prism()
    specs = [VAPI_SPEC] + ([PETSTORE] if PETSTORE.is_file() else [])
    with prism_servers(specs, tmp_path_factory.mktemp("prism")) as urls:
        # Prism builds each operation's validators and response generators on its first valid
        # request (seconds each for the Vapi spec's deep unions): warm all servers at once
        warm = [url for (stem, _), url in urls.items() if stem == VAPI_SPEC.stem]
        with ThreadPoolExecutor(max_workers=len(warm)) as pool:
            list(pool.map(_warm_up, warm))
        yield urls


def _warm_up(url: str) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": "Bearer x"}, timeout=300) as http:
        for method, path, body in _RAW_CALLS:
            http.request(method, path, json=body)


_RAW_CALLS = [
    ("POST", "/phone-number", {"provider": "vapi"}),
    ("GET", "/phone-number", None),
    ("GET", "/v2/phone-number", None),
    ("GET", f"/phone-number/{ID}", None),
    ("PATCH", f"/phone-number/{ID}", {"provider": "vapi"}),
    ("DELETE", f"/phone-number/{ID}", None),
]


# -- the Vapi client ------------------------------------------------------------------------------

RINGING = {
    "on": "call.ringing",
    "filters": [{"type": "startsWith", "key": "number", "startsWith": ["91", "86", "7"]}],
    "do": [
        {"type": "say", "exact": "Connecting you."},
        {
            "type": "transfer",
            "destination": {
                "type": "sip",
                "sipUri": "sip:desk@example.com",
                "transferPlan": {
                    "mode": "warm-transfer-say-message",
                    "message": {"type": "custom-message", "content": "A caller for you."},
                    "contextEngineeringPlan": {"type": "lastNMessages", "maxMessages": 5},
                },
            },
        },
    ],
}
ENDING = {
    "on": "call.ending",
    "filters": [
        {"type": "oneOf", "key": "call.endedReason", "oneOf": ["assistant-request-failed"]}
    ],
    "do": {"type": "transfer", "destination": {"type": "number", "number": "+15550001111"}},
}
COMMON = {
    "name": "Front desk",
    "hooks": [RINGING, ENDING],
    "fallbackDestination": {"type": "number", "number": "+15550002222", "extension": "12"},
    "server": {
        "url": "https://hooks.example.com/vapi",
        "timeoutSeconds": 20,
        "backoffPlan": {"type": "exponential", "maxRetries": 3, "baseDelaySeconds": 1},
    },
}
CREATE = {
    "byo-phone-number": {
        "credentialId": "cred-byo",
        "number": "1001",
        "numberE164CheckEnabled": False,
    },
    "twilio": {"number": "+15550000002", "twilioAccountSid": "AC123", "twilioAuthToken": "t" * 32},
    "vonage": {"number": "+15550000003", "credentialId": "cred-vonage"},
    "vapi": {
        "numberDesiredAreaCode": "415",
        "sipUri": "sip:front-desk@sip.vapi.ai",
        "authentication": {"username": "u" * 20, "password": "p" * 24},
    },
    "telnyx": {"number": "+15550000005", "credentialId": "cred-telnyx"},
}
UPDATE = {
    "byo-phone-number": {"numberE164CheckEnabled": True},
    "twilio": {"smsEnabled": False},
    "vonage": {"credentialId": "cred-2"},
    "vapi": {"sipUri": "sip:other@sip.vapi.ai"},
    "telnyx": {"number": "+15550000006"},
}


def vapi_calls(
    vapi: ModuleType,
) -> list[tuple[str, tuple[Any, ...], dict[str, Any], Callable[[Any], bool]]]:
    """(method, args, kwargs, check of the result) for every operation and every variant."""
    m = vapi.models
    known = (
        m.ByoPhoneNumber,
        m.TwilioPhoneNumber,
        m.VonagePhoneNumber,
        m.VapiPhoneNumber,
        m.TelnyxPhoneNumber,
    )

    def number(x: Any) -> bool:
        return isinstance(x, known)

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any], Callable[[Any], bool]]] = []
    for provider, fields in CREATE.items():
        calls.append(("create", ({"provider": provider, **fields, **COMMON},), {}, number))
    calls.append(
        (
            "create",
            (
                m.CreateTwilioPhoneNumberDTO(
                    provider="twilio", number="+15550000009", twilio_account_sid="AC9"
                ),
            ),
            {},
            number,
        )
    )
    for provider, fields in UPDATE.items():
        calls.append(
            ("update", (ID, {"provider": provider, **fields, "hooks": [ENDING]}), {}, number)
        )
    calls += [
        ("get", (ID,), {}, number),
        ("delete", (ID,), {}, number),
        ("list", (), {}, lambda xs: isinstance(xs, list) and all(map(number, xs))),
        (
            "list",
            (),
            {"limit": 10, "created_at_gt": "2024-01-01T00:00:00Z"},
            lambda xs: isinstance(xs, list),
        ),
        (
            "list_paginated",
            (),
            {"search": "desk", "page": 2, "sort_order": "ASC", "sort_by": "createdAt", "limit": 5},
            lambda page: (
                isinstance(page, m.PhoneNumberPaginatedResponse) and all(map(number, page.results))
            ),
        ),
    ]
    return calls


@pytest.mark.parametrize("server", SERVERS)
@pytest.mark.parametrize("mode", MODES)
def test_every_vapi_operation_against_prism(
    vapi: ModuleType, prism: dict[tuple[str, str], str], server: str, mode: str
) -> None:
    url = prism[(VAPI_SPEC.stem, server)]
    calls = vapi_calls(vapi)
    if mode == "sync":
        with (
            checked_client() as http,
            vapi.VapiClient(
                token="sk-test", base_url=url, http_client=http, max_retries=0
            ) as client,
        ):
            results = [getattr(client.phone_numbers, n)(*a, **k) for n, a, k, _ in calls]
    else:

        async def main() -> list[Any]:
            async with (
                checked_async_client() as http,
                vapi.AsyncVapiClient(
                    token="sk-test", base_url=url, http_client=http, max_retries=0
                ) as client,
            ):
                return [await getattr(client.phone_numbers, n)(*a, **k) for n, a, k, _ in calls]

        results = asyncio.run(main())
    for (name, _, _, check), result in zip(calls, results, strict=True):
        assert check(result), (name, result)


def test_a_violation_fails_the_test_with_prisms_message(
    vapi: ModuleType, prism: dict[tuple[str, str], str]
) -> None:
    """A request Prism refuses (page 0; the spec says minimum 1) fails with Prism's own words."""
    url = prism[(VAPI_SPEC.stem, "static")]
    with (
        checked_client() as http,
        vapi.VapiClient(token="sk-test", base_url=url, http_client=http) as client,
    ):
        with pytest.raises(pytest.fail.Exception) as info:
            client.phone_numbers.list_paginated(request_options={"extra_query": {"page": 0}})
    message = str(info.value)
    assert "Prism reported a contract violation for GET" in message
    assert "query.page: Request query parameter page must be >= 1" in message


def test_prism_refuses_what_the_client_refuses(
    vapi: ModuleType, prism: dict[tuple[str, str], str]
) -> None:
    """The client's own checks agree with Prism: a ringing hook with an ending filter is refused
    by both (sent raw to Prism, validated by the client)."""
    url = prism[(VAPI_SPEC.stem, "static")]
    bad = {"provider": "vapi", "hooks": [{**RINGING, "filters": ENDING["filters"]}]}
    response = httpx.post(url + "/phone-number", json=bad, headers={"Authorization": "Bearer x"})
    assert response.status_code == 422
    assert "hooks" in response.text
    with vapi.VapiClient(token="sk-test", base_url=url) as client:
        with pytest.raises(Exception) as info:
            client.phone_numbers.create(bad)
    assert type(info.value).__name__ == "ValidationError"


# -- petstore3 from the corpus --------------------------------------------------------------------


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    import importlib
    import sys

    if not PETSTORE.is_file():
        pytest.skip(f"corpus spec {PETSTORE} is missing")
    out = tmp_path_factory.mktemp("petstore") / "client"
    generate_into(PETSTORE, out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("petstore")
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == "petstore" or n.startswith("petstore.")]:
            del sys.modules[name]


PET = {
    "id": 10,
    "name": "doggie",
    "category": {"id": 1, "name": "Dogs"},
    "photoUrls": ["https://example.com/dog.png"],
    "tags": [{"id": 1, "name": "good"}],
    "status": "available",
}
ORDER = {
    "id": 10,
    "petId": 198772,
    "quantity": 7,
    "shipDate": "2024-05-01T12:30:00Z",
    "status": "approved",
    "complete": True,
}
USER = {
    "id": 10,
    "username": "theUser",
    "firstName": "John",
    "lastName": "James",
    "email": "john@email.com",
    "password": "12345",
    "phone": "12345",
    "userStatus": 1,
}


def petstore_calls(pkg: ModuleType) -> list[tuple[str, str, tuple[Any, ...], dict[str, Any]]]:
    """(resource, method, args, kwargs) for every operation of the petstore3 client."""
    return [
        ("pet", "update", (PET,), {}),
        ("pet", "add", (pkg.models.Pet.model_validate(PET),), {}),
        ("pet", "find_by_status", (), {"status": "sold"}),
        ("pet", "find_by_tags", (), {"tags": ["good", "small"]}),
        ("pet", "get_by_id", (10,), {}),
        ("pet", "update_with_form", (10,), {"name": "rex", "status": "sold"}),
        ("pet", "delete", (10,), {"api_key": "special-key"}),
        ("pet", "upload_file", (10, b"\x89PNG\r\n"), {"additional_metadata": "a photo"}),
        ("store", "get_inventory", (), {}),
        ("store", "place_order", (ORDER,), {}),
        ("store", "get_order_by_id", (10,), {}),
        ("store", "delete_order", (10,), {}),
        ("user", "create", (USER,), {}),
        ("user", "create_with_list_input", ([USER, {**USER, "id": 11}],), {}),
        ("user", "login", (), {"username": "theUser", "password": "12345"}),
        ("user", "logout", (), {}),
        ("user", "get_by_name", ("theUser",), {}),
        ("user", "update", ("theUser", USER), {}),
        ("user", "delete", ("theUser",), {}),
    ]


def test_petstore_calls_cover_every_operation(petstore: ModuleType) -> None:
    client = petstore.PetstoreClient(api_key="k")
    emitted = {
        (res, meth)
        for res in ("pet", "store", "user")
        for meth in dir(getattr(client, res))
        if not meth.startswith("_") and meth != "with_raw_response"
    }
    client.close()
    assert emitted == {(r, m) for r, m, _, _ in petstore_calls(petstore)}


@pytest.mark.parametrize("server", SERVERS)
@pytest.mark.parametrize("mode", MODES)
def test_every_petstore_operation_against_prism(
    petstore: ModuleType, prism: dict[tuple[str, str], str], server: str, mode: str
) -> None:
    url = prism[(PETSTORE.stem, server)]
    calls = petstore_calls(petstore)
    # the petstore's OAuth2 scheme is not something the client can do (clientgen lists it as
    # skipped); Prism only checks that a bearer token is present
    headers = {"Authorization": "Bearer oauth-token"}
    if mode == "sync":
        with (
            checked_client() as http,
            petstore.PetstoreClient(
                api_key="special-key",
                base_url=url,
                http_client=http,
                headers=headers,
                max_retries=0,
            ) as client,
        ):
            for res, meth, args, kwargs in calls:
                getattr(getattr(client, res), meth)(*args, **kwargs)
    else:

        async def main() -> None:
            async with (
                checked_async_client() as http,
                petstore.AsyncPetstoreClient(
                    api_key="special-key",
                    base_url=url,
                    http_client=http,
                    headers=headers,
                    max_retries=0,
                ) as client,
            ):
                for res, meth, args, kwargs in calls:
                    await getattr(getattr(client, res), meth)(*args, **kwargs)

        asyncio.run(main())
