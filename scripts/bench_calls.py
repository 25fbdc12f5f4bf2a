"""Per-call overhead: the generated Vapi client vs raw httpx vs Vapi's official SDK, in one run.

    python scripts/bench_calls.py [--calls N] [--repeats R] [--sdk-python PATH]

For `get` (GET /phone-number/{id}) and `create` (POST /phone-number), sync and async, on two
transports: a loopback HTTP/1.1 server (keep-alive, started here) and `httpx.MockTransport` (no
network: what remains is each client's own cost). Each figure is the median over R repeats of the
mean time per call over N calls, in microseconds. Ratios are against raw httpx measured in the same
process (raw = build the request with httpx, send it, `response.json()`; no validation at all).
Our client validates the request body and the response against the spec; the official SDK
(`vapi_server_sdk`, Fern) does not validate responses.

The official SDK runs in its own interpreter (its own virtual environment, outside the repo):
    python3 -m venv /work/vapi-sdk-venv && /work/vapi-sdk-venv/bin/pip install vapi_server_sdk
and is found with --sdk-python (default /work/vapi-sdk-venv/bin/python); without it, that column is
skipped with a message. Its ratio is against raw httpx measured in that same interpreter.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PHONE = {
    "id": ID,
    "orgId": "org-1",
    "createdAt": "2024-05-01T12:30:00Z",
    "updatedAt": "2024-05-01T12:30:00Z",
    "provider": "twilio",
    "status": "active",
    "name": "Support line",
    "number": "+15550000002",
    "twilioAccountSid": "AC123",
    "smsEnabled": True,
    "fallbackDestination": {"type": "number", "number": "+15550001111"},
    "server": {"url": "https://hooks.example.com/vapi", "timeoutSeconds": 20},
}
PHONE_BYTES = json.dumps(PHONE).encode()
CREATE = {
    "provider": "twilio",
    "number": "+15550000002",
    "twilioAccountSid": "AC123",
    "name": "Support line",
    "fallbackDestination": {"type": "number", "number": "+15550001111"},
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, status: int) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(PHONE_BYTES)))
        self.end_headers()
        self.wfile.write(PHONE_BYTES)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(200)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(201)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def mock_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        201 if request.method == "POST" else 200,
        content=PHONE_BYTES,
        headers={"Content-Type": "application/json"},
    )


def timed(fn: Callable[[], Any], calls: int, repeats: int) -> float:
    """Median over repeats of the mean microseconds per call."""
    fn()  # warm up (first-use costs: adapters, connection)
    results = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        results.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(results)


async def atimed(fn: Callable[[], Any], calls: int, repeats: int) -> float:
    """The same, for a coroutine function."""
    await fn()
    results = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            await fn()
        results.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(results)


def transport(kind: str) -> dict[str, Any]:
    if kind == "mock":
        return {"transport": httpx.MockTransport(mock_handler)}
    return {}


def measure(impl: str, url: str, calls: int, repeats: int) -> dict[str, float]:
    """{"<transport> <op> <sync|async>": microseconds per call} for one implementation."""
    out: dict[str, float] = {}
    for kind in ("loopback", "mock"):
        base = url if kind == "loopback" else "http://mock.invalid"
        # sync
        with httpx.Client(**transport(kind)) as http:
            get, create = _sync_calls(impl, http, base)
            out[f"{kind} get sync"] = timed(get, calls, repeats)
            out[f"{kind} create sync"] = timed(create, calls, repeats)

        async def run_async(kind: str = kind, base: str = base) -> None:
            async with httpx.AsyncClient(**transport(kind)) as http:
                get, create = _async_calls(impl, http, base)
                out[f"{kind} get async"] = await atimed(get, calls, repeats)
                out[f"{kind} create async"] = await atimed(create, calls, repeats)

        asyncio.run(run_async())
    return out


def _sync_calls(impl: str, http: httpx.Client, base: str) -> tuple[Callable[[], Any], ...]:
    if impl == "raw":
        return (
            lambda: http.get(f"{base}/phone-number/{ID}", headers=AUTH).json(),
            lambda: http.post(f"{base}/phone-number", json=CREATE, headers=AUTH).json(),
        )
    if impl == "ours":
        sys.path.insert(0, str(ROOT / "generated" / "python"))
        from vapi_phone_numbers import VapiClient  # type: ignore[import-not-found]

        client = VapiClient(token="sk-bench", base_url=base, http_client=http)
        return (
            lambda: client.phone_numbers.get(ID),
            lambda: client.phone_numbers.create(CREATE),
        )
    from vapi import Vapi  # type: ignore[import-not-found]  # the official SDK, its own venv
    from vapi.phone_numbers.types.create_phone_numbers_request import (  # type: ignore[import-not-found]
        CreatePhoneNumbersRequest_Twilio,
    )

    sdk = Vapi(token="sk-bench", base_url=base, httpx_client=http)
    body = CreatePhoneNumbersRequest_Twilio(
        number="+15550000002",
        twilio_account_sid="AC123",
        name="Support line",
        fallback_destination={"type": "number", "number": "+15550001111"},
    )
    return (lambda: sdk.phone_numbers.get(ID), lambda: sdk.phone_numbers.create(request=body))


def _async_calls(impl: str, http: httpx.AsyncClient, base: str) -> tuple[Callable[[], Any], ...]:
    if impl == "raw":

        async def get() -> Any:
            return (await http.get(f"{base}/phone-number/{ID}", headers=AUTH)).json()

        async def create() -> Any:
            return (await http.post(f"{base}/phone-number", json=CREATE, headers=AUTH)).json()

        return get, create
    if impl == "ours":
        from vapi_phone_numbers import AsyncVapiClient  # type: ignore[import-not-found]

        client = AsyncVapiClient(token="sk-bench", base_url=base, http_client=http)
        return (
            lambda: client.phone_numbers.get(ID),
            lambda: client.phone_numbers.create(CREATE),
        )
    from vapi import AsyncVapi  # type: ignore[import-not-found]
    from vapi.phone_numbers.types.create_phone_numbers_request import (  # type: ignore[import-not-found]
        CreatePhoneNumbersRequest_Twilio,
    )

    sdk = AsyncVapi(token="sk-bench", base_url=base, httpx_client=http)
    body = CreatePhoneNumbersRequest_Twilio(
        number="+15550000002",
        twilio_account_sid="AC123",
        name="Support line",
        fallback_destination={"type": "number", "number": "+15550001111"},
    )
    return (
        lambda: sdk.phone_numbers.get(ID),
        lambda: sdk.phone_numbers.create(request=body),
    )


AUTH = {"Authorization": "Bearer sk-bench"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sdk-python", default="/work/vapi-sdk-venv/bin/python")
    parser.add_argument("--worker", choices=["sdk"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:  # inside the SDK's interpreter: raw httpx there, then the SDK
        result = {
            "raw": measure("raw", args.url, args.calls, args.repeats),
            "sdk": measure("sdk", args.url, args.calls, args.repeats),
        }
        print(json.dumps(result))
        return 0

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        raw = measure("raw", url, args.calls, args.repeats)
        ours = measure("ours", url, args.calls, args.repeats)
        sdk: dict[str, dict[str, float]] | None = None
        if Path(args.sdk_python).is_file():
            proc = subprocess.run(
                [args.sdk_python, __file__, "--worker", "sdk", "--url", url,
                 "--calls", str(args.calls), "--repeats", str(args.repeats)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if proc.returncode == 0:
                sdk = json.loads(proc.stdout)
            else:
                print(f"official SDK column skipped: its run failed:\n{proc.stderr[-2000:]}")
        else:
            print(
                f"official SDK column skipped: {args.sdk_python} not found (install vapi_server_sdk "
                "into a venv outside the repo; see this script's docstring)"
            )
    finally:
        server.shutdown()

    print(f"\nper call, microseconds (median of {args.repeats} x {args.calls} calls)\n")
    head = f"{'case':<22}{'raw httpx':>11}{'ours':>10}{'ours/raw':>10}"
    if sdk:
        head += f"{'sdk raw':>10}{'sdk':>10}{'sdk/raw':>9}"
    print(head)
    for key in raw:
        line = f"{key:<22}{raw[key]:>11.1f}{ours[key]:>10.1f}{ours[key] / raw[key]:>9.2f}x"
        if sdk:
            r, s = sdk["raw"][key], sdk["sdk"][key]
            line += f"{r:>10.1f}{s:>10.1f}{s / r:>8.2f}x"
        print(line)
    mock = [ours[k] / raw[k] for k in raw if k.startswith("mock")]
    print(f"\nmock transport, ours/raw: geometric mean {statistics.geometric_mean(mock):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
