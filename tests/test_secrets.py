"""Secrets in request and response models: sent on the wire, never shown in a repr."""

from __future__ import annotations

from types import ModuleType

from pytest_httpserver import HTTPServer

SECRET = "tok-SEKRIT-123"


def test_secret_fields_are_sent_but_not_shown(vapi: ModuleType, httpserver: HTTPServer) -> None:
    body = vapi.models.CreateTwilioPhoneNumberDTO(
        provider="twilio", number="+15550100", twilio_account_sid="AC1", twilio_auth_token=SECRET
    )
    auth = vapi.models.SipAuthentication(username="u" * 20, password=SECRET + "x" * 10)
    for model in (body, auth):
        assert SECRET not in repr(model) and SECRET not in str(model)
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        {
            "provider": "twilio",
            "id": "pn-1",
            "orgId": "o",
            "createdAt": "2024-05-01T12:30:00Z",
            "updatedAt": "2024-05-01T12:30:00Z",
            "number": "+15550100",
            "twilioAccountSid": "AC1",
            "twilioAuthToken": SECRET,
        },
        status=201,
    )
    with vapi.VapiClient(token="t", base_url=httpserver.url_for("/")) as client:
        created = client.phone_numbers.create(body)
    sent = httpserver.log[0][0].get_json()
    assert sent["twilioAuthToken"] == SECRET  # the API still gets it
    assert created.twilio_auth_token == SECRET  # and the caller can read it
    assert SECRET not in repr(created)
