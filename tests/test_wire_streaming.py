"""Server-sent event streams on the wire (tests/golden/streaming): events arrive one by one while
the server is still sending, parse into the declared event schema, `[DONE]` ends the stream, the
connection closes when the caller stops; a JSON-or-stream operation has a `_stream` twin. Sync
and async clients against a threaded loopback server."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import CORPUS, generate_into

GOLDEN = Path(__file__).resolve().parent / "golden"
MODES = ["sync", "async"]
WAIT = 10.0  # upper bound for a handshake between server and client; never reached when it works


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("streaming")
    generate_into(GOLDEN / "streaming" / "spec.yaml", out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("streaming")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "streaming" or m.startswith("streaming.")]:
            del sys.modules[name]


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """Threaded, so a handler that waits for the client does not block the client's request."""
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()


class Feed:
    """An event stream whose server waits, after the first event, until the client has it."""

    def __init__(self, chunks: list[str], pause: float = 1.0) -> None:
        self.chunks = chunks
        self.pause = pause
        self.client_has_first = threading.Event()
        self.finished = threading.Event()
        self.stopped_early = threading.Event()
        self.requests: list[tuple[dict[str, str], Any]] = []

    def handler(self, request: Request) -> Response:
        self.requests.append((dict(request.headers), request.get_json(silent=True)))

        def body() -> Iterator[bytes]:
            try:
                for i, chunk in enumerate(self.chunks):
                    if i == 1:  # the client must have the first event before the rest is sent
                        self.client_has_first.wait(WAIT)
                    if i:
                        time.sleep(self.pause)  # events one second apart
                    yield chunk.encode()
                self.finished.set()
            except GeneratorExit:
                self.stopped_early.set()
                raise

        return Response(body(), content_type="text/event-stream")


def chunk_events(n: int) -> list[str]:
    events = [f"data: {json.dumps({'id': 'c1', 'delta': f'part {i}'})}\n\n" for i in range(n)]
    events[0] = ": keep-alive comment\n\n" + events[0]
    # nothing after [DONE] is read
    return [*events, "data: [DONE]\n\n", 'data: {"id": "late", "delta": "x"}\n\n']


def collect(
    pkg: ModuleType,
    mode: str,
    url: str,
    feed: Feed,
    call: Any,
    stop_after: int | None = None,
    prefix: str = "Streaming",
    **options: Any,
) -> list[Any]:
    """Iterate a stream, recording whether the server had finished when each event arrived."""
    got: list[Any] = []
    sync_client = getattr(pkg, prefix + "Client")
    async_client = getattr(pkg, "Async" + prefix + "Client")

    def seen(event: Any) -> bool:
        got.append((event, feed.finished.is_set()))
        feed.client_has_first.set()
        return stop_after is not None and len(got) >= stop_after

    if mode == "sync":
        with sync_client(base_url=url, **options) as client, call(client) as stream:
            for event in stream:
                if seen(event):
                    break
    else:

        async def run() -> None:
            async with async_client(base_url=url, **options) as client:
                async with await call(client) as stream:
                    async for event in stream:
                        if seen(event):
                            break

        asyncio.run(run())
    return got


@pytest.mark.parametrize("mode", MODES)
def test_stream_twin_yields_events_as_they_arrive(
    pkg: ModuleType, server: HTTPServer, mode: str
) -> None:
    feed = Feed(chunk_events(3))
    server.expect_request("/chat/completions", method="POST").respond_with_handler(feed.handler)
    got = collect(
        pkg,
        mode,
        server.url_for("/"),
        feed,
        lambda c: c.chat.create_completion_stream({"model": "m", "messages": ["hi"]}),
    )
    assert [e.delta for e, _ in got] == ["part 0", "part 1", "part 2"]
    assert all(isinstance(e, pkg.models.ChatChunk) for e, _ in got)
    assert got[0][1] is False  # the first event arrived while the server was still sending
    headers, body = feed.requests[0]
    assert body == {"model": "m", "messages": ["hi"], "stream": True}
    assert headers["Accept"] == "text/event-stream, application/json"


@pytest.mark.parametrize("mode", MODES)
def test_plain_call_returns_the_json_model(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/chat/completions", method="POST").respond_with_json(
        {"id": "c1", "text": "hello"}
    )
    url = httpserver.url_for("/")
    if mode == "sync":
        with pkg.StreamingClient(base_url=url) as client:
            got = client.chat.create_completion({"model": "m", "messages": []})
    else:

        async def run() -> Any:
            async with pkg.AsyncStreamingClient(base_url=url) as client:
                return await client.chat.create_completion({"model": "m", "messages": []})

        got = asyncio.run(run())
    assert isinstance(got, pkg.models.ChatCompletion) and got.text == "hello"
    request = httpserver.log[0][0]
    assert request.headers["Accept"] == "application/json"
    assert "stream" not in request.get_json()


@pytest.mark.parametrize("mode", MODES)
def test_stopping_early_closes_the_connection(
    pkg: ModuleType, server: HTTPServer, mode: str
) -> None:
    feed = Feed(chunk_events(50), pause=0.05)
    server.expect_request("/jobs/j1/progress").respond_with_handler(feed.handler)
    feed.chunks = [f'event: progress\nid: {i}\ndata: {{"percent": {i}}}\n\n' for i in range(50)]
    got = collect(
        pkg, mode, server.url_for("/"), feed, lambda c: c.jobs.watch_progress("j1"), stop_after=2
    )
    assert [e.percent for e, _ in got] == [0, 1]
    assert feed.stopped_early.wait(WAIT)  # the server saw the connection go
    assert not feed.finished.is_set()


@pytest.mark.parametrize("mode", MODES)
def test_text_events_and_multiline_data(pkg: ModuleType, server: HTTPServer, mode: str) -> None:
    feed = Feed(["data: line one\ndata: line two\n\n", "retry: 10\n\ndata:plain\n\n"], pause=0)
    server.expect_request("/logs/tail").respond_with_handler(feed.handler)
    got = collect(pkg, mode, server.url_for("/"), feed, lambda c: c.jobs.tail_logs())
    assert [e for e, _ in got] == ["line one\nline two", "plain"]


@pytest.mark.parametrize("mode", MODES)
def test_a_bad_event_or_an_error_status_raises(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    errors = pkg.errors
    httpserver.expect_oneshot_request("/jobs/j1/progress").respond_with_data(
        'data: {"percent": "lots"}\n\n', content_type="text/event-stream"
    )
    feed = Feed([])
    with pytest.raises(errors.ResponseValidationError) as info:
        collect(pkg, mode, httpserver.url_for("/"), feed, lambda c: c.jobs.watch_progress("j1"))
    assert info.value.body == '{"percent": "lots"}'
    httpserver.expect_oneshot_request("/chat/completions").respond_with_json(
        {"message": "slow down"}, status=429
    )
    with pytest.raises(errors.RateLimitError) as rate:
        collect(
            pkg,
            mode,
            httpserver.url_for("/"),
            feed,
            lambda c: c.chat.create_completion_stream(
                {"model": "m", "messages": []}, request_options={"max_retries": 0}
            ),
        )
    assert isinstance(rate.value.body, pkg.models.Error)
    assert rate.value.body.message == "slow down"


@pytest.mark.skipif(
    os.environ.get("CLIENTGEN_SLOW") != "1" or not CORPUS.is_dir(),
    reason="slow (the OpenAI spec); set CLIENTGEN_SLOW=1 to run",
)
def test_openai_chat_completion_streams(tmp_path: Path, server: HTTPServer) -> None:
    """The done-when of issue 7: an OpenAI chat completion with `stream: true` streams its chunks
    from a loopback server that sends them one second apart, the first before the stream ends."""
    generate_into(CORPUS / "openai.yaml", tmp_path / "openai", package_name="oai_stream")
    sys.path.insert(0, str(tmp_path / "openai"))
    try:
        pkg = importlib.import_module("oai_stream")

        def chunk(i: int, content: str | None, finish: str | None) -> str:
            data = {
                "id": "chatcmpl-1",
                "object": "chat.completion.chunk",
                "created": 1700000000,
                "model": "gpt-4o-mini",
                "choices": [
                    {
                        "index": 0,
                        "delta": {"content": content} if content else {},
                        "finish_reason": finish,
                        "logprobs": None,
                    }
                ],
            }
            return f"data: {json.dumps(data)}\n\n"

        for mode in MODES:
            feed = Feed(
                [
                    chunk(0, "Hel", None),
                    chunk(1, "lo", None),
                    chunk(2, None, "stop"),
                    "data: [DONE]\n\n",
                ]
            )
            server.clear()
            server.expect_request("/chat/completions", method="POST").respond_with_handler(
                feed.handler
            )
            got = collect(
                pkg,
                mode,
                server.url_for("/"),
                feed,
                lambda c: c.chat.create_completion_stream(
                    {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
                ),
                prefix="OpenAi",
                token="sk-test",
            )
            assert len(got) == 3
            assert all(type(e).__name__ == "CreateChatCompletionStreamResponse" for e, _ in got)
            assert "".join(e.choices[0].delta.content or "" for e, _ in got) == "Hello"
            assert got[0][1] is False  # arrived while the server was still sending
            headers, body = feed.requests[0]
            assert body["stream"] is True
            assert headers["Accept"].startswith("text/event-stream")
            assert headers["Authorization"] == "Bearer sk-test"
    finally:
        sys.path.remove(str(tmp_path / "openai"))
        for name in [m for m in sys.modules if m.startswith("oai_stream")]:
            del sys.modules[name]
