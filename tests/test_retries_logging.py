"""Retry policy and logging of the emitted client, on the wire.

A POST or PATCH is retried only when the server surely did not process it (connection refused
before sending; 429/503 with Retry-After), or when it carries an Idempotency-Key or the operation
is marked x-idempotent. Logging goes through `logging` (method, URL without secrets, status, waits).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.conftest import generate_into
from tests.test_vapi_client import MODES, TOKEN, base_url, phone_json

CREATE = {"provider": "vonage", "number": "+15550000003", "credentialId": "cred-vonage"}


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture
def waits(vapi: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Sleep calls of the client's retry loop, recorded instead of slept."""
    recorded: list[float] = []
    http = vapi._http

    async def asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(http.time, "sleep", recorded.append)
    monkeypatch.setattr(http.asyncio, "sleep", asleep)
    return recorded


def run(vapi: ModuleType, mode: str, url: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        with vapi.VapiClient(token=TOKEN, base_url=url) as client:
            return getattr(client.phone_numbers, method)(*args, **kwargs)

    async def main() -> Any:
        async with vapi.AsyncVapiClient(token=TOKEN, base_url=url) as client:
            return await getattr(client.phone_numbers, method)(*args, **kwargs)

    return asyncio.run(main())


def answers(httpserver: HTTPServer, path: str, method: str, *responses: Response) -> None:
    for response in responses:
        httpserver.expect_ordered_request(path, method=method).respond_with_response(response)


def created() -> Response:
    import json

    return Response(json.dumps(phone_json("vonage")), status=201, mimetype="application/json")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "status,headers",
    [(500, {}), (502, {}), (503, {}), (429, {}), (408, {}), (503, {"Retry-After": "soon"})],
)
def test_a_post_that_may_have_been_processed_is_not_retried(
    vapi: ModuleType,
    httpserver: HTTPServer,
    waits: list[float],
    mode: str,
    status: int,
    headers: dict[str, str],
) -> None:
    answers(httpserver, "/phone-number", "POST", Response("{}", status=status, headers=headers))
    with pytest.raises(vapi.ApiStatusError):
        run(vapi, mode, base_url(httpserver), "create", CREATE)
    assert len(httpserver.log) == 1 and waits == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [429, 503])
def test_a_post_the_server_refused_with_retry_after_is_retried(
    vapi: ModuleType, httpserver: HTTPServer, waits: list[float], mode: str, status: int
) -> None:
    answers(
        httpserver,
        "/phone-number",
        "POST",
        Response("{}", status=status, headers={"Retry-After": "3"}),
        created(),
    )
    result = run(vapi, mode, base_url(httpserver), "create", CREATE)
    assert isinstance(result, vapi.models.VonagePhoneNumber)
    assert len(httpserver.log) == 2 and waits == [3.0]
    assert [r.get_json() for r, _ in httpserver.log] == [CREATE, CREATE]


@pytest.mark.parametrize("mode", MODES)
def test_an_idempotency_key_makes_a_write_retryable(
    vapi: ModuleType, httpserver: HTTPServer, waits: list[float], mode: str
) -> None:
    answers(
        httpserver,
        "/phone-number",
        "POST",
        Response("{}", status=500),
        Response("{}", status=502),
        created(),
    )
    run(
        vapi,
        mode,
        base_url(httpserver),
        "create",
        CREATE,
        request_options={"idempotency_key": "create-7f3a"},
    )
    assert [r.headers.get("Idempotency-Key") for r, _ in httpserver.log] == ["create-7f3a"] * 3
    assert len(waits) == 2
    # a PATCH without a key is not retried on a 5xx
    httpserver.clear()
    answers(httpserver, "/phone-number/pn-1", "PATCH", Response("{}", status=500))
    with pytest.raises(vapi.InternalServerError):
        run(vapi, mode, base_url(httpserver), "update", "pn-1", {"provider": "vonage"})
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_gets_are_still_retried_on_5xx(
    vapi: ModuleType, httpserver: HTTPServer, waits: list[float], mode: str
) -> None:
    import json

    answers(
        httpserver,
        "/phone-number/pn-1",
        "GET",
        Response("{}", status=500),
        Response(json.dumps(phone_json("vonage")), mimetype="application/json"),
    )
    run(vapi, mode, base_url(httpserver), "get", "pn-1")
    assert len(httpserver.log) == 2 and len(waits) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_connection_is_retried_even_for_a_post(
    vapi: ModuleType, waits: list[float], closed_port: int, mode: str
) -> None:
    with pytest.raises(vapi.ApiConnectionError):
        run(vapi, mode, f"http://127.0.0.1:{closed_port}", "create", CREATE)
    assert len(waits) == 2  # max_retries (2) more attempts, nothing was ever sent


@pytest.fixture
def hangup_server() -> Iterator[tuple[str, list[bytes]]]:
    """A server that reads the request and closes the connection without answering."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    received: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                received.append(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", received
    stop.set()
    thread.join(timeout=5)
    sock.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_post_that_reached_the_server_is_not_retried_when_the_connection_drops(
    vapi: ModuleType, waits: list[float], hangup_server: tuple[str, list[bytes]], mode: str
) -> None:
    url, received = hangup_server
    with pytest.raises(vapi.ApiConnectionError):
        run(vapi, mode, url, "create", CREATE)
    assert len(received) == 1 and received[0].startswith(b"POST /phone-number")
    assert waits == []


# -- x-idempotent and logging, on a small spec ---------------------------------------------------

SPEC = """\
openapi: 3.1.0
info: {title: Jobs, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
paths:
  /jobs:
    post:
      operationId: submitJob
      x-idempotent: true
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
  /runs:
    post:
      operationId: startRun
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""
SECRET = "key-SEKRIT/42"


@pytest.fixture
def jobs(tmp_path: Path, import_generated: Any, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = tmp_path / "jobs.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    generate_into(spec, tmp_path / "out")
    pkg: ModuleType = import_generated(tmp_path / "out", "jobs")
    monkeypatch.setattr(pkg._http.time, "sleep", lambda s: None)
    return pkg


def test_x_idempotent_operations_are_retried_and_logging_tells_what_happened(
    jobs: ModuleType, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    answers(httpserver, "/jobs", "POST", Response("{}", status=503), Response("{}"))
    answers(httpserver, "/runs", "POST", Response("{}", status=503))
    with caplog.at_level(logging.DEBUG, logger="jobs"):
        with jobs.JobsClient(api_key=SECRET, base_url=base_url(httpserver)) as client:
            assert client.jobs.submit() == {}
            with pytest.raises(jobs.ApiStatusError):
                client.runs.start()
    assert [r.path for r, _ in httpserver.log] == ["/jobs", "/jobs", "/runs"]
    assert httpserver.log[0][0].args["api_key"] == SECRET  # sent, but never logged
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "jobs"]
    url = base_url(httpserver)
    assert lines[:4] == [
        ("DEBUG", f"POST {url}/jobs?api_key=[redacted]"),
        ("DEBUG", f"POST {url}/jobs?api_key=[redacted] -> 503"),
        ("INFO", lines[2][1]),
        ("DEBUG", f"POST {url}/jobs?api_key=[redacted]"),
    ]
    assert lines[2][1].startswith(f"POST {url}/jobs?api_key=[redacted] -> 503; retrying in ")
    assert ("DEBUG", f"POST {url}/runs?api_key=[redacted] -> 503") in lines
    assert not any("retrying" in m for _, m in lines[6:])  # the plain POST was not retried
    assert all(SECRET not in m and "SEKRIT" not in m for _, m in lines)


def test_logging_is_silent_by_default(
    jobs: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(httpserver, "/jobs", "POST", Response("{}", status=503), Response("{}"))
    with jobs.JobsClient(api_key=SECRET, base_url=base_url(httpserver)) as client:
        client.jobs.submit()
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert logging.getLogger("jobs").getEffectiveLevel() >= logging.WARNING
