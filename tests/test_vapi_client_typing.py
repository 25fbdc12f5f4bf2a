"""Static checks of the emitted Vapi client: mypy --strict and ruff pass on it, and a typed usage
example (every method, sync and async) type-checks under mypy --strict and then runs against a real
server. A second example with mistakes must be rejected by mypy, so the types are not just Any."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from generator.format import LINE_LENGTH
from tests.test_vapi_client import PROVIDERS, TOKEN, base_url, page_json, phone_json

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "python"
PACKAGE = GENERATED / "vapi_phone_numbers"


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's mypy runs, so the package is analysed once."""
    return tmp_path_factory.mktemp("mypy-cache")


def run_mypy(targets: list[str], cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    # run from a folder without a mypy config, so only these flags apply; the emitted client
    # supports Python 3.10, so check against 3.10
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPY")}
    env["MYPYPATH"] = str(GENERATED)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.10",
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            "--hide-error-context",
            "--show-error-codes",
            *targets,
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_mypy_strict_on_the_package(mypy_cache: Path, tmp_path: Path) -> None:
    proc = run_mypy([str(PACKAGE)], tmp_path, mypy_cache)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_on_the_generated_project() -> None:
    from ruff.__main__ import find_ruff_bin

    proc = subprocess.run(
        [
            str(find_ruff_bin()),
            "check",
            "--isolated",
            "--no-cache",
            "--target-version",
            "py310",
            f"--line-length={LINE_LENGTH}",  # the width the emitted code is formatted to
            str(GENERATED),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


EXAMPLE = textwrap.dedent(
    '''
    """Typed use of the Vapi client: models built with snake_case names, every method called."""

    from __future__ import annotations

    import asyncio
    import datetime

    import httpx
    from typing_extensions import assert_type

    from vapi_phone_numbers.resources.phone_numbers import (
        AsyncPhoneNumberPaginatedResponsePage,
        PhoneNumberPaginatedResponsePage,
    )
    from vapi_phone_numbers import (
        ApiStatusError,
        AsyncVapiClient,
        NotFoundError,
        RequestOptions,
        ResponseValidationError,
        VapiClient,
        VapiError,
        models,
    )

    SINCE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


    def twilio_body() -> models.CreateTwilioPhoneNumberDTO:
        return models.CreateTwilioPhoneNumberDTO(
            provider="twilio",
            number="+15550000002",
            twilio_account_sid="AC123",
            twilio_auth_token="secret",
            name="Support",
            sms_enabled=False,
            fallback_destination=models.TransferDestinationNumber(
                type="number",
                number="+15550001111",
                caller_id="{{customer.number}}",
                transfer_plan=models.TransferPlan(
                    mode="blind-transfer", sip_verb="bye", timeout=30
                ),
            ),
            hooks=[
                models.PhoneNumberHookCallRinging(
                    on="call.ringing",
                    filters=[
                        models.PhoneNumberCallRingingHookFilter(
                            type="startsWith", key="number", starts_with=["91", "7"]
                        )
                    ],
                    do=[models.SayPhoneNumberHookAction(type="say", exact="Hello")],
                ),
                models.PhoneNumberHookCallEnding(
                    on="call.ending",
                    filters=[
                        models.PhoneNumberCallEndingHookFilter(
                            type="oneOf",
                            key="call.endedReason",
                            one_of=["assistant-request-failed"],
                        )
                    ],
                ),
            ],
            server=models.Server(
                url="https://example.com/hook",
                timeout_seconds=20,
                backoff_plan=models.BackoffPlan(
                    type="exponential", max_retries=3, base_delay_seconds=1
                ),
            ),
        )


    def describe(number: models.PhoneNumber) -> str:
        # attributes every variant has (optional on a provider newer than the client)
        text = f"{number.id} {number.org_id} {number.created_at} {number.name}"
        if isinstance(number, models.TwilioPhoneNumber):
            account: str = number.twilio_account_sid
            sms: bool = number.sms_enabled
            text += f" {account} {sms}"
        elif isinstance(number, models.ByoPhoneNumber):
            credential: str = number.credential_id
            text += credential
        elif isinstance(number, models.VapiPhoneNumber):
            sip: str | None = number.sip_uri
            text += str(sip)
        elif isinstance(number, (models.VonagePhoneNumber, models.TelnyxPhoneNumber)):
            text += number.number
        elif isinstance(number, models.UnknownPhoneNumber):
            provider: str = number.provider  # a provider this client does not know yet
            text += provider + str(number.model_extra)
        else:
            assert_never_number(number)
        destination = number.fallback_destination
        if isinstance(destination, models.TransferDestinationSip):
            text += destination.sip_uri
        return text


    def assert_never_number(value: object) -> None:
        raise AssertionError(value)


    def run_sync(base_url: str, token: str) -> list[str]:
        out: list[str] = []
        options: RequestOptions = {"timeout": 10.0, "max_retries": 0, "extra_headers": {"X-A": "1"}}
        timeout = httpx.Timeout(5.0)
        with VapiClient(token, base_url=base_url, timeout=timeout, max_retries=1) as client:
            created = client.phone_numbers.create(twilio_body(), request_options=options)
            assert_type(created, models.PhoneNumber)
            out.append(describe(created))
            vapi_number = client.phone_numbers.create({"provider": "vapi", "sipUri": "sip:a@b.c"})
            out.append(describe(vapi_number))

            listed = client.phone_numbers.list(limit=10, created_at_gt=SINCE, updated_at_le=SINCE)
            assert_type(listed, list[models.PhoneNumber])
            out.extend(describe(n) for n in listed)

            page = client.phone_numbers.list_paginated(
                search="support", page=1, limit=2, sort_order="DESC", sort_by="createdAt"
            )
            assert_type(page, PhoneNumberPaginatedResponsePage)  # a page of the response model:
            envelope: models.PhoneNumberPaginatedResponse = page  # code typed so keeps working
            total: float = page.metadata.total_items
            more: bool | None = page.metadata.has_next_page
            out.append(f"{total} {more}")
            out.extend(describe(n) for n in page.results)

            fetched = client.phone_numbers.get("pn-1")
            out.append(describe(fetched))

            updated = client.phone_numbers.update(
                "pn-1",
                models.UpdateTwilioPhoneNumberDTO(provider="twilio", name="New", assistant_id=None),
            )
            out.append(describe(updated))
            renamed = client.phone_numbers.update("pn-1", {"provider": "vapi", "name": "x"})
            out.append(describe(renamed))

            deleted = client.phone_numbers.delete("pn-1")
            assert_type(deleted, models.PhoneNumber)
            out.append(describe(deleted))

            try:
                client.phone_numbers.get("missing")
            except NotFoundError as exc:
                status: int = exc.status_code
                out.append(f"missing {status} {exc.body!r} {exc.headers.get('content-type')}")
            except ApiStatusError:
                raise
            except ResponseValidationError as exc:
                out.append(repr(exc.body))
            except VapiError:
                raise
        return out


    async def run_async(base_url: str, token: str) -> list[str]:
        async with httpx.AsyncClient() as http:
            async with AsyncVapiClient(token=token, base_url=base_url, http_client=http) as client:
                created = await client.phone_numbers.create(twilio_body())
                assert_type(created, models.PhoneNumber)
                listed = await client.phone_numbers.list(created_at_ge=SINCE)
                assert_type(listed, list[models.PhoneNumber])
                page = await client.phone_numbers.list_paginated(page=2)
                assert_type(page, AsyncPhoneNumberPaginatedResponsePage)
                async_envelope: models.PhoneNumberPaginatedResponse = page
                fetched = await client.phone_numbers.get("pn-1")
                updated = await client.phone_numbers.update(
                    "pn-1",
                    {"provider": "twilio", "name": "New"},
                    request_options={"max_retries": 0},
                )
                deleted = await client.phone_numbers.delete("pn-1")
                everything = [created, *listed, *page.results, fetched, updated, deleted]
                return [describe(n) for n in everything]


    def main(base_url: str, token: str) -> list[str]:
        return run_sync(base_url, token) + asyncio.run(run_async(base_url, token))
    '''
)

MISTAKES = textwrap.dedent(
    """
    from vapi_phone_numbers import VapiClient, models

    client = VapiClient("t")
    models.CreateTwilioPhoneNumberDTO(provider="twilio", number="+1")  # E1 no twilio_account_sid
    models.CreateTwilioPhoneNumberDTO(provider="vonage", number="+1", twilio_account_sid="a")  # E2
    models.TransferPlan(mode=3)  # E3 a transfer mode is a string (enums are open: new modes are kept)
    client.phone_numbers.get(123)  # E4 id is a string
    client.phone_numbers.list(limit="ten")  # E5
    client.phone_numbers.list_paginated(sort_order="UP")  # E6
    client.phone_numbers.list(request_options={"max_retry": 0})  # E7 misspelt option
    client.phone_numbers.create(models.UpdateVapiPhoneNumberDTO(provider="vapi"))  # E8 wrong shape
    number = client.phone_numbers.get("x")
    number.twilio_account_sid  # E9 not on every variant
    n: int = client.phone_numbers.list()  # E10
    client.phone_numbers.delete()  # E11 id is required
    """
)


@pytest.fixture
def example_module(tmp_path: Path, mypy_cache: Path) -> ModuleType:
    path = tmp_path / "vapi_example.py"
    path.write_text(EXAMPLE, encoding="utf-8")
    proc = run_mypy([str(path)], tmp_path, mypy_cache)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    spec = importlib.util.spec_from_file_location("vapi_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_typed_example_type_checks_and_runs(
    example_module: ModuleType, vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("twilio"), status=201
    )
    httpserver.expect_request("/phone-number", method="GET").respond_with_json(
        [phone_json(p) for p in PROVIDERS]
    )
    httpserver.expect_request("/v2/phone-number").respond_with_json(page_json("byo-phone-number"))
    for method in ("GET", "PATCH", "DELETE"):
        httpserver.expect_request("/phone-number/pn-1", method=method).respond_with_json(
            phone_json("vapi", fallbackDestination={"type": "sip", "sipUri": "sip:z@example.com"})
        )
    httpserver.expect_request("/phone-number/missing").respond_with_json(
        {"message": "Not Found"}, status=404
    )
    out = example_module.main(base_url(httpserver), TOKEN)
    assert any(line.startswith("pn-twilio org-1 2024-05-01 12:30:00+00:00") for line in out)
    assert "7.0 True" in out
    assert any("sip:z@example.com" in line for line in out)
    assert "missing 404 {'message': 'Not Found'} application/json" in out
    sent = [(r.method, r.path) for r, _ in httpserver.log]
    for op in [
        ("POST", "/phone-number"),
        ("GET", "/phone-number"),
        ("GET", "/v2/phone-number"),
        ("GET", "/phone-number/pn-1"),
        ("PATCH", "/phone-number/pn-1"),
        ("DELETE", "/phone-number/pn-1"),
    ]:
        assert sent.count(op) >= 2, (op, sent)  # once from the sync client, once from the async one
    first_create = httpserver.log[0][0].get_json()
    assert first_create["twilioAccountSid"] == "AC123"
    assert first_create["smsEnabled"] is False
    assert first_create["fallbackDestination"]["transferPlan"] == {
        "mode": "blind-transfer",
        "sipVerb": "bye",
        "timeout": 30,
    }


def test_mistakes_are_caught_by_mypy(tmp_path: Path, mypy_cache: Path) -> None:
    path = tmp_path / "vapi_mistakes.py"
    path.write_text(MISTAKES, encoding="utf-8")
    proc = run_mypy([str(path)], tmp_path, mypy_cache)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = MISTAKES.splitlines()
    flagged = {int(m.group(1)) for m in re.finditer(r"vapi_mistakes\.py:(\d+): error", proc.stdout)}
    expected = {i + 1 for i, line in enumerate(lines) if re.search(r"# E\d+", line)}
    assert expected <= flagged, proc.stdout
    assert flagged <= expected, proc.stdout
