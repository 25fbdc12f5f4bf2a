"""The emitted Vapi client's failure paths against a real HTTP server: status errors, connection
errors, timeouts, responses that do not match the spec, and retries."""

from __future__ import annotations

import asyncio
import json
import pickle
import socket
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.test_vapi_client import MODES, TOKEN, base_url, call, phone_json

pytestmark = pytest.mark.filterwarnings("error")

STATUS_CLASSES = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (502, "InternalServerError"),
    (503, "InternalServerError"),
    (504, "InternalServerError"),
]
NO_RETRY = {"max_retries": 0}


@pytest.fixture(scope="module")
def slow_server() -> Iterator[HTTPServer]:
    """A threaded server, so a handler that sleeps does not hold up the shared one."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def slow_handler(delay: float, payload: Any) -> Any:
    def handler(request: Request) -> Response:
        time.sleep(delay)
        return Response(json.dumps(payload), status=200, content_type="application/json")

    return handler


# ---------------------------------------------------------------------------------------------
# Status errors
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
@pytest.mark.parametrize("mode", MODES)
def test_status_error_classes(
    vapi: ModuleType, httpserver: HTTPServer, mode: str, status: int, cls: str
) -> None:
    body = {"message": f"failure {status}", "error": "Some Error", "statusCode": status}
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(
        body, status=status, headers={"X-Request-Id": "req-42", "Retry-After": "0"}
    )
    with pytest.raises(getattr(vapi, cls)) as info:
        call(vapi, mode, base_url(httpserver), "get", "pn-1", request_options=NO_RETRY)
    err = info.value
    assert type(err) is getattr(vapi, cls)
    assert isinstance(err, vapi.ApiStatusError)
    assert isinstance(err, vapi.VapiError)
    assert err.status_code == status
    assert err.headers["x-request-id"] == "req-42"
    assert err.body == body
    assert str(status) in str(err)
    assert f"failure {status}" in str(err)
    assert TOKEN not in str(err) and TOKEN not in repr(err)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_status_error_on_post(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    body = {"message": ["number must be a valid phone number"], "error": "Bad Request"}
    httpserver.expect_request("/phone-number", method="POST").respond_with_json(body, status=400)
    with pytest.raises(vapi.BadRequestError) as info:
        call(vapi, mode, base_url(httpserver), "create", {"provider": "vapi"})
    assert info.value.body == body
    # Vapi sends validation messages as a list; they are joined into the error message
    assert str(info.value) == "400 BAD REQUEST: number must be a valid phone number"


@pytest.mark.parametrize("mode", MODES)
def test_non_json_error_body_is_kept_as_text(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    html = "<html><body>502 Bad Gateway</body></html>"
    httpserver.expect_request("/phone-number").respond_with_data(
        html, status=502, content_type="text/html"
    )
    with pytest.raises(vapi.InternalServerError) as info:
        call(vapi, mode, base_url(httpserver), "list", request_options=NO_RETRY)
    assert info.value.status_code == 502
    assert info.value.body == html
    assert info.value.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("mode", MODES)
def test_empty_error_body(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number/pn-1", method="DELETE").respond_with_data(
        "", status=409
    )
    with pytest.raises(vapi.ConflictError) as info:
        call(vapi, mode, base_url(httpserver), "delete", "pn-1")
    assert info.value.body == ""
    assert str(info.value) == "409 CONFLICT" or str(info.value).startswith("409")


@pytest.mark.parametrize("mode", MODES)
def test_other_statuses_raise_the_base_status_error(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(
        {"message": "teapot"}, status=418
    )
    with pytest.raises(vapi.ApiStatusError) as info:
        call(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert type(info.value) is vapi.ApiStatusError
    assert info.value.status_code == 418


@pytest.mark.parametrize("mode", MODES)
def test_unfollowed_redirect_is_a_status_error(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """With a client that does not follow redirects, a 3xx is not parsed as a success."""
    httpserver.expect_request("/phone-number/pn-1").respond_with_data(
        "moved", status=302, headers={"Location": "/elsewhere"}
    )

    if mode == "sync":
        with httpx.Client(follow_redirects=False) as http:
            with pytest.raises(vapi.ApiStatusError) as info:
                call(
                    vapi,
                    mode,
                    base_url(httpserver),
                    "get",
                    "pn-1",
                    client_kwargs={"http_client": http},
                )
    else:

        async def main() -> None:
            async with httpx.AsyncClient(follow_redirects=False) as http:
                async with vapi.AsyncVapiClient(
                    token=TOKEN, base_url=base_url(httpserver), http_client=http
                ) as client:
                    await client.phone_numbers.get("pn-1")

        with pytest.raises(vapi.ApiStatusError) as info:
            asyncio.run(main())
    assert info.value.status_code == 302
    assert info.value.headers["location"] == "/elsewhere"


# ---------------------------------------------------------------------------------------------
# Responses that do not match the spec
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(
            {k: v for k, v in phone_json("vonage").items() if k != "number"},
            id="known-provider-missing-field",
        ),
        pytest.param({k: v for k, v in phone_json("twilio").items() if k != "id"}, id="missing-id"),
        pytest.param({**phone_json("twilio"), "createdAt": "yesterday"}, id="bad-datetime"),
        pytest.param([phone_json("twilio")], id="list-for-object"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_response_not_matching_the_spec(
    vapi: ModuleType, httpserver: HTTPServer, mode: str, payload: Any
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(payload)
    with pytest.raises(vapi.ResponseValidationError) as info:
        call(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert isinstance(info.value, vapi.VapiError)
    assert info.value.body == payload
    assert info.value.status_code == 200
    assert info.value.response.status_code == 200
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_non_json_success_body(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number").respond_with_data("OK", content_type="text/plain")
    with pytest.raises(vapi.ResponseValidationError) as info:
        call(vapi, mode, base_url(httpserver), "list")
    assert info.value.body == "OK"
    assert "text/plain" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_one_bad_item_in_a_list_fails_the_list(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    # a known provider without a field it requires (an unknown provider parses: forward compat)
    broken = {k: v for k, v in phone_json("vonage").items() if k != "credentialId"}
    payload = [phone_json("twilio"), broken]
    httpserver.expect_request("/v2/phone-number").respond_with_json(
        {"results": payload, "metadata": {"itemsPerPage": 2, "totalItems": 2, "currentPage": 1}}
    )
    with pytest.raises(vapi.ResponseValidationError) as info:
        call(vapi, mode, base_url(httpserver), "list_paginated")
    assert info.value.body["results"] == payload


@pytest.mark.parametrize("mode", MODES)
def test_undecodable_body_is_a_client_error(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """A body httpx cannot decode (bad gzip) raises the client's own error, not httpx's."""
    httpserver.expect_request("/phone-number").respond_with_data(
        b"definitely not gzip",
        headers={"Content-Encoding": "gzip"},
        content_type="application/json",
    )
    with pytest.raises(vapi.VapiError) as info:
        call(vapi, mode, base_url(httpserver), "list", request_options=NO_RETRY)
    assert not isinstance(info.value, httpx.HTTPError)


@pytest.mark.parametrize("mode", MODES)
def test_redirect_loop_is_a_client_error(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/phone-number/loop").respond_with_data(
        "", status=302, headers={"Location": "/phone-number/loop"}
    )
    with pytest.raises(vapi.VapiError):
        call(vapi, mode, base_url(httpserver), "get", "loop", request_options=NO_RETRY)


# ---------------------------------------------------------------------------------------------
# Connection errors and timeouts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused(vapi: ModuleType, closed_port: int, mode: str) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    with pytest.raises(vapi.ApiConnectionError) as info:
        call(vapi, mode, url, "list", request_options=NO_RETRY)
    err = info.value
    assert not isinstance(err, vapi.ApiTimeoutError)
    assert isinstance(err, vapi.VapiError)
    assert err.__cause__ is None  # raised "from None": no httpx traceback attached
    assert err.request is not None and err.request.url.port == closed_port
    assert TOKEN not in str(err) and TOKEN not in repr(err)


@pytest.mark.parametrize("mode", MODES)
def test_refused_connections_are_retried_for_get_and_post(
    vapi: ModuleType, closed_port: int, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    delays: list[int] = []
    monkeypatch.setattr(
        vapi._http, "_retry_delay", lambda response, attempt: delays.append(attempt) or 0.0
    )
    url = f"http://127.0.0.1:{closed_port}"
    with pytest.raises(vapi.ApiConnectionError):
        call(vapi, mode, url, "list", client_kwargs={"max_retries": 3})
    assert delays == [0, 1, 2]
    delays.clear()
    # refused: nothing was sent, so even a create is safe to send again (a connection that drops
    # after sending is not retried for a POST: tests/test_retries_logging.py)
    with pytest.raises(vapi.ApiConnectionError):
        call(vapi, mode, url, "create", {"provider": "vapi"}, client_kwargs={"max_retries": 3})
    assert delays == [0, 1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_timeout(vapi: ModuleType, slow_server: HTTPServer, mode: str) -> None:
    slow_server.expect_request("/phone-number/slow").respond_with_handler(
        slow_handler(0.5, phone_json())
    )
    with pytest.raises(vapi.ApiTimeoutError) as info:
        call(
            vapi,
            mode,
            base_url(slow_server),
            "get",
            "slow",
            client_kwargs={"timeout": 0.05, "max_retries": 0},
        )
    assert isinstance(info.value, vapi.ApiConnectionError)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_per_request_timeout_overrides_the_client_timeout(
    vapi: ModuleType, slow_server: HTTPServer, mode: str
) -> None:
    slow_server.expect_request("/phone-number/slowish").respond_with_handler(
        slow_handler(0.2, phone_json())
    )
    # client-wide 0.05 s would time out; this request allows 5 s
    result = call(
        vapi,
        mode,
        base_url(slow_server),
        "get",
        "slowish",
        client_kwargs={"timeout": 0.05, "max_retries": 0},
        request_options={"timeout": 5.0},
    )
    assert result.id == "pn-twilio"
    # and the other way round: a generous client, a strict request
    with pytest.raises(vapi.ApiTimeoutError):
        call(
            vapi,
            mode,
            base_url(slow_server),
            "get",
            "slowish",
            request_options={"timeout": httpx.Timeout(0.05), "max_retries": 0},
        )


# ---------------------------------------------------------------------------------------------
# Retries
# ---------------------------------------------------------------------------------------------


def _fail_then_succeed(
    server: HTTPServer, uri: str, method: str, status: int, payload: Any, retry_after: str = "0"
) -> None:
    server.expect_oneshot_request(uri, method=method).respond_with_json(
        {"message": "try again"}, status=status, headers={"Retry-After": retry_after}
    )
    server.expect_request(uri, method=method).respond_with_json(payload)


@pytest.mark.parametrize("status", [503, 429, 500, 502, 504, 408])
@pytest.mark.parametrize("mode", MODES)
def test_get_is_retried(vapi: ModuleType, httpserver: HTTPServer, mode: str, status: int) -> None:
    _fail_then_succeed(httpserver, "/phone-number/pn-1", "GET", status, phone_json("vonage"))
    result = call(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert isinstance(result, vapi.models.VonagePhoneNumber)
    assert [r.method for r, _ in httpserver.log] == ["GET", "GET"]
    assert [resp.status_code for _, resp in httpserver.log] == [status, 200]
    # the retry is the same request again
    first, second = (r for r, _ in httpserver.log)
    assert second.headers["Authorization"] == first.headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("mode", MODES)
def test_list_and_delete_are_retried(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    _fail_then_succeed(httpserver, "/phone-number", "GET", 503, [])
    assert call(vapi, mode, base_url(httpserver), "list", limit=3) == []
    assert [r.args.get("limit") for r, _ in httpserver.log] == ["3", "3"]
    httpserver.clear()
    _fail_then_succeed(httpserver, "/phone-number/pn-1", "DELETE", 429, phone_json())
    call(vapi, mode, base_url(httpserver), "delete", "pn-1")
    assert [r.method for r, _ in httpserver.log] == ["DELETE", "DELETE"]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_http_date_in_the_past(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _fail_then_succeed(
        httpserver,
        "/phone-number/pn-1",
        "GET",
        503,
        phone_json(),
        retry_after="Wed, 21 Oct 2015 07:28:00 GMT",
    )
    t0 = time.monotonic()
    call(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert time.monotonic() - t0 < 1.0
    assert len(httpserver.log) == 2


def test_unparseable_retry_after_falls_back_to_backoff(
    vapi: ModuleType, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(
        httpserver, "/phone-number/pn-1", "GET", 503, phone_json(), retry_after="soon"
    )
    result = call(
        vapi, "sync", base_url(httpserver), "get", "pn-1", client_kwargs={"max_retries": 1}
    )
    assert result.id == "pn-twilio"
    assert len(httpserver.log) == 2


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_exhausted(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(
        {"message": "down"}, status=503, headers={"Retry-After": "0"}
    )
    with pytest.raises(vapi.InternalServerError) as info:
        call(vapi, mode, base_url(httpserver), "get", "pn-1", client_kwargs={"max_retries": 3})
    assert info.value.status_code == 503
    assert info.value.body == {"message": "down"}
    assert len(httpserver.log) == 4  # the first attempt and three retries


@pytest.mark.parametrize("mode", MODES)
def test_default_is_two_retries(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/phone-number").respond_with_json(
        {"message": "slow down"}, status=429, headers={"Retry-After": "0"}
    )
    with pytest.raises(vapi.RateLimitError):
        call(vapi, mode, base_url(httpserver), "list")
    assert len(httpserver.log) == 3


@pytest.mark.parametrize(
    ("operation", "args", "method"),
    [
        ("create", ({"provider": "vapi"},), "POST"),
        ("update", ("pn-1", {"provider": "vapi", "name": "x"}), "PATCH"),
    ],
)
@pytest.mark.parametrize("status", [503, 429])
@pytest.mark.parametrize("mode", MODES)
def test_post_and_patch_are_not_retried_on_a_bare_429_or_503(
    vapi: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    status: int,
    operation: str,
    args: tuple[Any, ...],
    method: str,
) -> None:
    httpserver.expect_request(
        "/phone-number" + ("/pn-1" if operation == "update" else "")
    ).respond_with_json({"message": "busy"}, status=status)
    # without Retry-After the server has not said it did not process the write (with it, the
    # write is retried: tests/test_retries_logging.py)
    with pytest.raises(vapi.ApiStatusError) as info:
        call(
            vapi,
            mode,
            base_url(httpserver),
            operation,
            *args,
            client_kwargs={"max_retries": 5},
            request_options={"max_retries": 5},
        )
    assert info.value.status_code == status
    assert [r.method for r, _ in httpserver.log] == [method]


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_on_the_client(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _fail_then_succeed(httpserver, "/phone-number/pn-1", "GET", 503, phone_json())
    with pytest.raises(vapi.InternalServerError):
        call(vapi, mode, base_url(httpserver), "get", "pn-1", client_kwargs={"max_retries": 0})
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_per_request(vapi: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    _fail_then_succeed(httpserver, "/phone-number/pn-1", "GET", 503, phone_json())
    with pytest.raises(vapi.InternalServerError):
        call(vapi, mode, base_url(httpserver), "get", "pn-1", request_options={"max_retries": 0})
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_per_request_max_retries_overrides_the_client(
    vapi: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    _fail_then_succeed(httpserver, "/phone-number/pn-1", "GET", 503, phone_json())
    result = call(
        vapi,
        mode,
        base_url(httpserver),
        "get",
        "pn-1",
        client_kwargs={"max_retries": 0},
        request_options={"max_retries": 1},
    )
    assert result.id == "pn-twilio"
    assert len(httpserver.log) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(
    vapi: ModuleType, httpserver: HTTPServer, status: int
) -> None:
    httpserver.expect_request("/phone-number/pn-1").respond_with_json(
        {"message": "no"}, status=status, headers={"Retry-After": "0"}
    )
    with pytest.raises(vapi.ApiStatusError):
        call(vapi, "sync", base_url(httpserver), "get", "pn-1")
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    ("header", "low", "high"),
    [
        ("0", 0.0, 0.0),
        ("1.5", 1.5, 1.5),
        ("-3", 0.0, 0.0),
        ("100000", 60.0, 60.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0, 0.0),
        ("soon", 0.375, 0.5),  # unparseable: falls back to backoff
        ("nan", 0.375, 0.5),
        ("inf", 0.375, 60.0),
        ("", 0.375, 0.5),
    ],
)
def test_retry_delay_from_retry_after(
    vapi: ModuleType, header: str, low: float, high: float
) -> None:
    response = httpx.Response(503, headers={"Retry-After": header})
    delay = vapi._http._retry_delay(response, 0)
    assert low <= delay <= high


def test_retry_delay_backoff_grows_and_is_capped(vapi: ModuleType) -> None:
    delays = [vapi._http._retry_delay(None, attempt) for attempt in range(8)]
    assert 0.375 <= delays[0] <= 0.5
    assert 0.75 <= delays[1] <= 1.0
    assert all(d <= 8.0 for d in delays)


def test_errors_survive_pickling(
    vapi: ModuleType, httpserver: HTTPServer, closed_port: int
) -> None:
    """Errors cross process boundaries (multiprocessing, concurrent.futures) intact."""
    httpserver.expect_request("/phone-number/missing").respond_with_json(
        {"message": "Not Found"}, status=404, headers={"X-Request-Id": "r-1"}
    )
    httpserver.expect_request("/phone-number/bad").respond_with_json({"provider": "twilio"})
    raised: list[Exception] = []
    for args, url in [
        (("get", "missing"), base_url(httpserver)),
        (("get", "bad"), base_url(httpserver)),
        (("list",), f"http://127.0.0.1:{closed_port}"),
    ]:
        with pytest.raises(vapi.VapiError) as info:
            call(vapi, "sync", url, *args, request_options=NO_RETRY)
        raised.append(info.value)
    for err in raised:
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err)
        assert str(copy) == str(err)
        assert repr(copy) == repr(err)
    not_found, invalid, refused = (pickle.loads(pickle.dumps(e)) for e in raised)
    assert not_found.status_code == 404
    assert not_found.body == {"message": "Not Found"}
    assert not_found.headers["x-request-id"] == "r-1"
    assert invalid.body == {"provider": "twilio"}
    assert refused.request.url.port == closed_port
