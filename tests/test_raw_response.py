"""`with_raw_response`: the same calls, returning status code, headers and parsed data."""

from __future__ import annotations

import asyncio
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

NUMBER = {
    "provider": "vapi",
    "id": "pn-1",
    "orgId": "org-1",
    "createdAt": "2024-05-01T12:30:00Z",
    "updatedAt": "2024-05-01T12:30:00Z",
}


def test_sync_raw_response(vapi: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        NUMBER, status=201, headers={"X-Request-Id": "req-1"}
    )
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/")) as client:
        raw = client.phone_numbers.with_raw_response.create({"provider": "vapi"})
    assert isinstance(raw, vapi.ApiResponse)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req-1"
    assert isinstance(raw.data, vapi.models.VapiPhoneNumber) and raw.data.id == "pn-1"
    assert raw.http_response.request.method == "POST"


def test_async_raw_response_and_errors(vapi: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/phone-number", method="GET").respond_with_json(
        [NUMBER], headers={"X-Total": "1"}
    )
    httpserver.expect_request("/phone-number/gone", method="GET").respond_with_json(
        {"message": "nope"}, status=404
    )

    async def main() -> None:
        async with vapi.AsyncVapiClient(token="t", base_url=httpserver.url_for("/")) as client:
            raw = await client.phone_numbers.with_raw_response.list(limit=5)
            assert raw.status_code == 200 and raw.headers["x-total"] == "1"
            assert [n.id for n in raw.data] == ["pn-1"]
            with pytest.raises(vapi.NotFoundError):  # errors raise as usual
                await client.phone_numbers.with_raw_response.get("gone")

    asyncio.run(main())
