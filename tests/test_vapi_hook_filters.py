"""Phone-number hook filters: two shapes, one per event, read and written as the real API does.

call.ringing filters are `{type: startsWith, key: number, startsWith: [...]}`; call.ending filters
are `{type: oneOf, key: call.endedReason, oneOf: [...]}`. One number with a ringing filter must not
make a whole list fail, and the client must build both shapes and refuse mixed-up ones.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.test_vapi_client import MODES, TOKEN, base_url, call, only_request, phone_json

pytestmark = pytest.mark.filterwarnings("error")

RINGING_HOOK: dict[str, Any] = {
    "on": "call.ringing",
    "filters": [{"type": "startsWith", "key": "number", "startsWith": ["91", "86", "7"]}],
    "do": [
        {
            "type": "transfer",
            "destination": {"type": "number", "number": "+15550001111"},
        }
    ],
}
ENDING_HOOK: dict[str, Any] = {
    "on": "call.ending",
    "filters": [
        {
            "type": "oneOf",
            "key": "call.endedReason",
            "oneOf": ["assistant-request-failed", "assistant-request-returned-no-assistant"],
        }
    ],
    "do": {"type": "say", "exact": "Sorry, nobody can take your call."},
}


@pytest.mark.parametrize("mode", MODES)
def test_list_with_one_ringing_filter_parses_every_number(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    payload = [
        phone_json("twilio"),
        phone_json("vapi", id="pn-ring", number="+14155550123", hooks=[RINGING_HOOK]),
        phone_json("byo-phone-number", hooks=[ENDING_HOOK, RINGING_HOOK]),
    ]
    httpserver.expect_request("/phone-number", method="GET").respond_with_json(payload)
    result = call(vapi, mode, base_url(httpserver), "list")
    assert [type(n).__name__ for n in result] == [
        "TwilioPhoneNumber",
        "VapiPhoneNumber",
        "ByoPhoneNumber",
    ]
    ringing = result[1].hooks[0]
    assert isinstance(ringing, m.PhoneNumberHookCallRinging)
    (flt,) = ringing.filters
    assert isinstance(flt, m.PhoneNumberCallRingingHookFilter)
    assert (flt.type, flt.key, flt.starts_with) == ("startsWith", "number", ["91", "86", "7"])
    assert result[1].number == "+14155550123"  # VapiPhoneNumber's provisioned digits
    ending, ringing2 = result[2].hooks
    assert isinstance(ending, m.PhoneNumberHookCallEnding)
    assert isinstance(ending.filters[0], m.PhoneNumberCallEndingHookFilter)
    assert ending.filters[0].one_of == [
        "assistant-request-failed",
        "assistant-request-returned-no-assistant",
    ]
    assert isinstance(ending.do, m.SayPhoneNumberHookAction)
    assert isinstance(ringing2.filters[0], m.PhoneNumberCallRingingHookFilter)
    # what came in goes out again unchanged
    assert result[2].model_dump(mode="json", by_alias=True, exclude_unset=True)["hooks"] == [
        ENDING_HOOK,
        RINGING_HOOK,
    ]


@pytest.mark.parametrize("mode", MODES)
def test_get_and_paginated_list_with_hook_filters(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(
        phone_json("telnyx", hooks=[RINGING_HOOK, ENDING_HOOK])
    )
    number = call(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert isinstance(number.hooks[0].filters[0], m.PhoneNumberCallRingingHookFilter)
    assert isinstance(number.hooks[1].filters[0], m.PhoneNumberCallEndingHookFilter)

    httpserver.clear()
    httpserver.expect_request("/v2/phone-number").respond_with_json(
        {
            "results": [phone_json("vonage", hooks=[RINGING_HOOK]), phone_json("vapi")],
            "metadata": {"itemsPerPage": 2, "totalItems": 2, "currentPage": 1},
        }
    )
    page = call(vapi, mode, base_url(httpserver), "list_paginated")
    assert page.results[0].hooks[0].filters[0].starts_with == ["91", "86", "7"]
    assert page.results[1].number is None  # optional on VapiPhoneNumber


@pytest.mark.parametrize("mode", MODES)
def test_create_with_both_filter_kinds_from_models(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    m = vapi.models
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(
        phone_json("vapi", hooks=[RINGING_HOOK, ENDING_HOOK]), status=201
    )
    body = m.CreateVapiPhoneNumberDTO(
        provider="vapi",
        hooks=[
            m.PhoneNumberHookCallRinging(
                on="call.ringing",
                filters=[
                    m.PhoneNumberCallRingingHookFilter(
                        type="startsWith", key="number", starts_with=["91", "86", "7"]
                    )
                ],
                do=[
                    m.TransferPhoneNumberHookAction(
                        type="transfer",
                        destination=m.TransferDestinationNumber(
                            type="number", number="+15550001111"
                        ),
                    )
                ],
            ),
            m.PhoneNumberHookCallEnding(
                on="call.ending",
                filters=[
                    m.PhoneNumberCallEndingHookFilter(
                        type="oneOf",
                        key="call.endedReason",
                        one_of=[
                            "assistant-request-failed",
                            "assistant-request-returned-no-assistant",
                        ],
                    )
                ],
                do=m.SayPhoneNumberHookAction(
                    type="say", exact="Sorry, nobody can take your call."
                ),
            ),
        ],
    )
    result = call(vapi, mode, base_url(httpserver), "create", body)
    assert only_request(httpserver).get_json() == {
        "provider": "vapi",
        "hooks": [RINGING_HOOK, ENDING_HOOK],
    }
    assert isinstance(result.hooks[0].filters[0], m.PhoneNumberCallRingingHookFilter)


@pytest.mark.parametrize("mode", MODES)
def test_update_with_filters_from_wire_dicts(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1", method="PATCH").respond_with_json(
        phone_json("twilio", hooks=[ENDING_HOOK, RINGING_HOOK])
    )
    body = {"provider": "twilio", "hooks": [ENDING_HOOK, RINGING_HOOK]}
    result = call(vapi, mode, base_url(httpserver), "update", "pn-1", body)
    assert only_request(httpserver).get_json() == body
    assert result.hooks[1].filters[0].key == "number"


@pytest.mark.parametrize(
    "hook",
    [
        pytest.param(
            {**RINGING_HOOK, "filters": ENDING_HOOK["filters"]}, id="ringing-with-ending-filter"
        ),
        pytest.param(
            {**ENDING_HOOK, "filters": RINGING_HOOK["filters"]}, id="ending-with-ringing-filter"
        ),
        pytest.param(
            {**ENDING_HOOK, "filters": [{**ENDING_HOOK["filters"][0], "key": "call.status"}]},
            id="ending-filter-other-key",
        ),
        pytest.param(
            {**RINGING_HOOK, "filters": [{**RINGING_HOOK["filters"][0], "key": "callerId"}]},
            id="ringing-filter-other-key",
        ),
        pytest.param(
            {**RINGING_HOOK, "filters": [{"type": "startsWith", "key": "number"}]},
            id="ringing-filter-without-prefixes",
        ),
        pytest.param(
            {
                **RINGING_HOOK,
                "filters": [{**RINGING_HOOK["filters"][0], "startsWith": ["1" * 21]}],
            },
            id="prefix-too-long",
        ),
    ],
)
def test_mixed_up_filters_are_refused_before_sending(
    vapi: ModuleType, httpserver: HTTPServer, hook: dict[str, Any]
) -> None:
    with vapi.VapiClient(token=TOKEN, base_url=base_url(httpserver)) as client:
        with pytest.raises(Exception) as info:
            client.phone_numbers.create({"provider": "vapi", "hooks": [hook]})
    assert type(info.value).__name__ == "ValidationError"
    assert httpserver.log == []
