"""A loopback HTTP server that records every request and replays scripted responses.

One server per scenario (its own port), so a driver can make its calls in any order and the
recording still says which scenario each request belongs to. Loopback only.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    method: str
    target: str  # the raw request target: path and query, as sent
    path: str  # raw (percent-encoded) path
    query: list[tuple[str, str]]  # decoded pairs, in order
    raw_query: str
    headers: list[tuple[str, str]]  # names lower-cased, in order
    body: bytes

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k == name.lower()]
        return ", ".join(values) if values else None

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "target": self.target,
            "headers": dict(self.headers),
            "body": self.body.decode("utf-8", "replace"),
        }


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: server-sent events: sent one by one, ``delay`` seconds apart (streaming cases)
    events: list[bytes] = field(default_factory=list)
    delay: float = 0.0

    @classmethod
    def from_scenario(cls, reply: dict[str, Any]) -> Reply:
        headers = {str(k): str(v) for k, v in (reply.get("headers") or {}).items()}
        lowered = {k.lower() for k in headers}
        body = b""
        events: list[bytes] = []
        if "json" in reply:
            body = json.dumps(reply["json"]).encode("utf-8")
            if "content-type" not in lowered:
                headers["Content-Type"] = "application/json"
        elif "text" in reply:
            body = str(reply["text"]).encode("utf-8")
            if "content-type" not in lowered:
                headers["Content-Type"] = "text/plain; charset=utf-8"
        elif "events" in reply:
            events = [str(e).encode("utf-8") for e in reply["events"]]
            if "content-type" not in lowered:
                headers["Content-Type"] = "text/event-stream"
        return cls(
            status=int(reply.get("status", 200)),
            headers=headers,
            body=body,
            events=events,
            delay=float(reply.get("delay", 0.0)),
        )


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that drops the connection (a retry that cancels the body it does not read,
        # a stream left early) is no failure of the server; anything else is still printed
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Recorder:
    """Serve ``replies`` in order (the last one repeats) and record each request."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies or [Reply()]
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                with recorder._lock:
                    recorder.requests.append(
                        Recorded(
                            method=self.command,
                            target=self.path,
                            path=split.path,
                            query=parse_qsl(split.query, keep_blank_values=True),
                            raw_query=split.query,
                            headers=[(k.lower(), v) for k, v in self.headers.items()],
                            body=body,
                        )
                    )
                    n = len(recorder.requests)
                reply = recorder.replies[min(n, len(recorder.replies)) - 1]
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.events:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for event in reply.events:
                        self.wfile.write(event)
                        self.wfile.flush()
                        if reply.delay:
                            time.sleep(reply.delay)
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
