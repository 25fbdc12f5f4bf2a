"""Per-call overhead: the generated Vapi client vs raw httpx vs Vapi's official SDK, in one run.

    python scripts/bench_calls.py [--calls N] [--repeats R] [--transports mock,loopback]
                                  [--sdk-python PATH | --no-sdk] [--phase-timeout S] [--quick]
                                  [--clock wall|cpu]

For `get` (GET /phone-number/{id}) and `create` (POST /phone-number), sync and async, on two
transports: a loopback HTTP/1.1 server (keep-alive, started here) and `httpx.MockTransport` (no
network: what remains is each client's own cost). Each figure is the best (lowest) of R repeats of
the mean time per call over N calls, in microseconds: other work on the machine only ever adds
time, so the best batch is the closest to the code's own cost. The implementations take turns
batch by batch, so a change in machine load hits them alike. Ratios are against raw httpx measured in the same process
(raw = build the request with httpx, send it, `response.json()`; no validation at all).
Our client validates the request body and the response against the spec; the official SDK
(`vapi_server_sdk`, Fern) does not validate responses.

The official SDK runs in its own interpreter (its own virtual environment, outside the repo):
    python3 -m venv /work/vapi-sdk-venv && /work/vapi-sdk-venv/bin/pip install vapi_server_sdk
and is found with --sdk-python (default /work/vapi-sdk-venv/bin/python); without it, that column is
skipped with a message. Its ratio is against raw httpx measured in that same interpreter.

Nothing here can hang: the loopback server runs in a child process (so it takes no GIL time from
the clients) that exits when this process does; every phase (one transport and mode) runs under a
watchdog (`--phase-timeout`, default 180 s; the official SDK, some 20 times slower, gets
`SDK_SLOWER` times that) that prints every thread's stack and exits with 3; the
clients have a 10 s network timeout; the official SDK's interpreter is killed after its share of
phases. `--quick` (20 calls, 1 repeat, mock transport only, no SDK) checks the script still works.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import gc
import itertools
import json
import os
import select
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
#: every `get` asks for another ID (the same for each implementation), as real traffic does: a
#: client may not profit from seeing one URL again and again
_IDS = itertools.cycle([f"3fa85f64-5717-4562-b3fc-{i:012x}" for i in range(4096)])
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


IMPLS = ("raw", "ours")
AUTH = {"Authorization": "Bearer sk-bench"}
CLIENT_TIMEOUT = 10.0  # seconds: a stuck connection raises instead of waiting forever
EXIT_TIMEOUT = 3
SDK_SLOWER = 5  # the official SDK's phases may take this many times --phase-timeout
#: what a batch is timed with: wall time (the default), or with --clock cpu this process's CPU
#: time, which other work on a busy machine barely moves (the loopback server's share excluded)
CLOCK: list[Callable[[], float]] = [time.perf_counter]


class Handler(BaseHTTPRequestHandler):
    """Answers every GET with 200 and every POST with 201, the same phone number, keep-alive.

    The status line, headers and body go out in one write, and Nagle's algorithm is off: with two
    small writes per response, the second waits for the client's delayed ACK (about 40 ms on
    Linux), which made every loopback call cost ~44 ms and a default run take the best part of an
    hour. That was the "hang".
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    _ANSWERS = {
        status: (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(PHONE_BYTES)}\r\n\r\n"
        ).encode()
        + PHONE_BYTES
        for status, reason in ((200, "OK"), (201, "Created"))
    }

    def _answer(self, status: int) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.wfile.write(self._ANSWERS[status])

    def do_GET(self) -> None:  # noqa: N802
        self._answer(200)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(201)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def serve() -> int:
    """The loopback server (a child process): prints its port, serves until stdin closes."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # EOF when the parent exits or closes the pipe, however it ends
    os._exit(0)


def start_server(timeout: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if not line.strip().isdigit():
        proc.kill()
        raise SystemExit(f"the loopback server did not start within {timeout:.0f} s")
    return proc, f"http://127.0.0.1:{int(line)}"


def stop_server(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def mock_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        201 if request.method == "POST" else 200,
        content=PHONE_BYTES,
        headers={"Content-Type": "application/json"},
    )


class Watchdog:
    """Each phase gets `seconds`; past that, every thread's stack is printed and the run exits 3.

    A Python timer thread prints the stacks (it holds the GIL, so they are whole) and exits;
    faulthandler's own timer, 10 s later, is the backstop for a thread stuck holding the GIL.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._timer: threading.Timer | None = None

    def arm(self, phase: str) -> None:
        self.disarm()
        print(f"  {phase} ...", file=sys.stderr, flush=True)
        self._timer = threading.Timer(self.seconds, self._expire, args=(phase,))
        self._timer.daemon = True
        self._timer.start()
        faulthandler.dump_traceback_later(self.seconds + 10, exit=True)

    def _expire(self, phase: str) -> None:
        print(f"phase {phase!r} ran past {self.seconds:g} s; stacks:", file=sys.stderr, flush=True)
        faulthandler.dump_traceback(all_threads=True)
        os._exit(EXIT_TIMEOUT)

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        faulthandler.cancel_dump_traceback_later()


def _batch(fn: Callable[[], Any], calls: int) -> float:
    gc.collect()
    start = CLOCK[0]()
    for _ in range(calls):
        fn()
    return (CLOCK[0]() - start) / calls * 1e6


async def _abatch(fn: Callable[[], Any], calls: int) -> float:
    gc.collect()
    start = CLOCK[0]()
    for _ in range(calls):
        await fn()
    return (CLOCK[0]() - start) / calls * 1e6


def timed(fns: dict[str, Callable[[], Any]], calls: int, repeats: int) -> dict[str, float]:
    """Best over repeats of the mean microseconds per call, the implementations taking turns."""
    for fn in fns.values():
        fn()  # warm up (first-use costs: adapters, connection)
    results: dict[str, list[float]] = {impl: [] for impl in fns}
    for _ in range(repeats):
        for impl, fn in fns.items():
            results[impl].append(_batch(fn, calls))
    return {impl: min(r) for impl, r in results.items()}


async def atimed(fns: dict[str, Callable[[], Any]], calls: int, repeats: int) -> dict[str, float]:
    """The same, for coroutine functions."""
    for fn in fns.values():
        await fn()
    results: dict[str, list[float]] = {impl: [] for impl in fns}
    for _ in range(repeats):
        for impl, fn in fns.items():
            results[impl].append(await _abatch(fn, calls))
    return {impl: min(r) for impl, r in results.items()}


def transport(kind: str) -> dict[str, Any]:
    if kind == "mock":
        return {"transport": httpx.MockTransport(mock_handler), "timeout": CLIENT_TIMEOUT}
    return {"timeout": CLIENT_TIMEOUT}


def measure(
    impls: tuple[str, ...],
    url: str | None,
    transports: list[str],
    calls: int,
    repeats: int,
    watchdog: Watchdog,
) -> dict[str, dict[str, float]]:
    """{impl: {"<transport> <op> <sync|async>": microseconds per call}}."""
    out: dict[str, dict[str, float]] = {impl: {} for impl in impls}

    def record(kind: str, op: str, mode: str, figures: dict[str, float]) -> None:
        for impl, us in figures.items():
            out[impl][f"{kind} {op} {mode}"] = us

    for kind in transports:
        base = url if kind == "loopback" else "http://mock.invalid"
        assert base is not None
        watchdog.arm(f"{kind} sync: {', '.join(impls)}")
        with httpx.Client(**transport(kind)) as http:
            fns = {impl: _sync_calls(impl, http, base) for impl in impls}
            for i, op in enumerate(("get", "create")):
                record(kind, op, "sync", timed({k: v[i] for k, v in fns.items()}, calls, repeats))

        async def run_async(kind: str = kind, base: str = base) -> None:
            async with httpx.AsyncClient(**transport(kind)) as http:
                fns = {impl: _async_calls(impl, http, base) for impl in impls}
                for i, op in enumerate(("get", "create")):
                    figures = await atimed({k: v[i] for k, v in fns.items()}, calls, repeats)
                    record(kind, op, "async", figures)

        watchdog.arm(f"{kind} async: {', '.join(impls)}")
        asyncio.run(run_async())
        watchdog.disarm()
    return out


def _sync_calls(impl: str, http: httpx.Client, base: str) -> tuple[Callable[[], Any], ...]:
    if impl == "raw":
        return (
            lambda: http.get(f"{base}/phone-number/{next(_IDS)}", headers=AUTH).json(),
            lambda: http.post(f"{base}/phone-number", json=CREATE, headers=AUTH).json(),
        )
    if impl == "ours":
        sys.path.insert(0, str(ROOT / "generated" / "python"))
        from vapi_phone_numbers import VapiClient  # type: ignore[import-not-found]

        client = VapiClient(token="sk-bench", base_url=base, http_client=http)
        return (
            lambda: client.phone_numbers.get(next(_IDS)),
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
    return (
        lambda: sdk.phone_numbers.get(next(_IDS)),
        lambda: sdk.phone_numbers.create(request=body),
    )


def _async_calls(impl: str, http: httpx.AsyncClient, base: str) -> tuple[Callable[[], Any], ...]:
    if impl == "raw":

        async def get() -> Any:
            return (await http.get(f"{base}/phone-number/{next(_IDS)}", headers=AUTH)).json()

        async def create() -> Any:
            return (await http.post(f"{base}/phone-number", json=CREATE, headers=AUTH)).json()

        return get, create
    if impl == "ours":
        from vapi_phone_numbers import AsyncVapiClient  # type: ignore[import-not-found]

        client = AsyncVapiClient(token="sk-bench", base_url=base, http_client=http)
        return (
            lambda: client.phone_numbers.get(next(_IDS)),
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
        lambda: sdk.phone_numbers.get(next(_IDS)),
        lambda: sdk.phone_numbers.create(request=body),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--transports", default="loopback,mock", help="comma-separated")
    parser.add_argument("--sdk-python", default="/work/vapi-sdk-venv/bin/python")
    parser.add_argument("--no-sdk", action="store_true", help="skip the official SDK's column")
    parser.add_argument(
        "--clock", choices=["wall", "cpu"], default="wall", help="wall time or process CPU time"
    )
    parser.add_argument("--phase-timeout", type=float, default=180.0, help="seconds per phase")
    parser.add_argument(
        "--quick", action="store_true", help="20 calls, 1 repeat, mock transport, no SDK"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", choices=["sdk"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve()
    if args.clock == "cpu":
        CLOCK[0] = time.process_time
    if args.quick:
        args.calls, args.repeats, args.transports, args.no_sdk = 20, 1, "mock", True
    transports = [t.strip() for t in args.transports.split(",") if t.strip()]
    unknown = set(transports) - {"loopback", "mock"}
    if unknown or not transports:
        parser.error(f"--transports: loopback and/or mock, not {args.transports!r}")
    watchdog = Watchdog(args.phase_timeout)

    if args.worker:  # inside the SDK's interpreter: raw httpx there, beside the SDK
        result = measure(("raw", "sdk"), args.url, transports, args.calls, args.repeats, watchdog)
        print(json.dumps(result))
        return 0

    server, url = start_server(args.phase_timeout) if "loopback" in transports else (None, None)
    try:
        figures = measure(IMPLS, url, transports, args.calls, args.repeats, watchdog)
        raw, ours = figures["raw"], figures["ours"]
        sdk: dict[str, dict[str, float]] | None = None
        if args.no_sdk:
            pass
        elif Path(args.sdk_python).is_file():
            print("  official SDK (its own interpreter) ...", file=sys.stderr, flush=True)
            sdk_timeout = args.phase_timeout * SDK_SLOWER
            command = [args.sdk_python, __file__, "--worker", "sdk", "--calls", str(args.calls),
                       "--repeats", str(args.repeats), "--transports", ",".join(transports),
                       "--phase-timeout", str(sdk_timeout), "--clock", args.clock]  # fmt: skip
            if url:
                command += ["--url", url]
            try:
                proc = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    check=False,
                    timeout=sdk_timeout * (2 * len(transports) + 1),
                )
            except subprocess.TimeoutExpired:
                print("official SDK column skipped: its run timed out")
            else:
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
        if server is not None:
            stop_server(server)

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    clock = "wall time" if args.clock == "wall" else "CPU time of the client process"
    print(
        f"\nper call, microseconds of {clock} (best of {args.repeats} x {args.calls} calls; "
        f"load {load})\n"
    )
    head = f"{'case':<22}{'raw httpx':>11}{'ours':>10}{'ours/raw':>10}{'ours-raw':>10}"
    if sdk:
        head += f"{'sdk raw':>10}{'sdk':>10}{'sdk/raw':>9}"
    print(head)
    for key in raw:
        line = f"{key:<22}{raw[key]:>11.1f}{ours[key]:>10.1f}{ours[key] / raw[key]:>9.2f}x"
        line += f"{ours[key] - raw[key]:>+10.1f}"
        if sdk:
            r, s = sdk["raw"][key], sdk["sdk"][key]
            line += f"{r:>10.1f}{s:>10.1f}{s / r:>8.2f}x"
        print(line)
    print()
    for kind in transports:
        ratios = [ours[k] / raw[k] for k in raw if k.startswith(kind)]
        line = (
            f"{kind} transport, ours/raw: geometric mean {statistics.geometric_mean(ratios):.2f}x"
        )
        if sdk:
            sdk_ratios = [sdk["sdk"][k] / sdk["raw"][k] for k in raw if k.startswith(kind)]
            line += f"; sdk/raw: {statistics.geometric_mean(sdk_ratios):.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
