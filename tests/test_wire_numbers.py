"""`type: number` fields are floats in Python, but whole values go out as JSON integers."""

from __future__ import annotations

from types import ModuleType

from pytest_httpserver import HTTPServer


def test_whole_numbers_are_sent_without_a_fraction(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        {
            "provider": "vapi",
            "id": "pn-1",
            "orgId": "o",
            "createdAt": "2024-05-01T12:30:00Z",
            "updatedAt": "2024-05-01T12:30:00Z",
        },
        status=201,
    )
    body = {
        "provider": "vapi",
        "server": {
            "url": "https://hooks.example.com",
            "timeoutSeconds": 20,
            "backoffPlan": {"type": "fixed", "maxRetries": 3, "baseDelaySeconds": 0.5},
        },
    }
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/")) as client:
        client.phone_numbers.create(body)
    raw = httpserver.log[0][0].get_data(as_text=True)
    assert '"timeoutSeconds":20,' in raw.replace(" ", "")
    assert '"maxRetries":3,' in raw.replace(" ", "")
    assert '"baseDelaySeconds":0.5' in raw.replace(" ", "")
