"""Stoplight Prism (npm, pinned in package.json) as a mock server for contract tests.

`prism mock SPEC --errors` answers every operation of SPEC from the spec alone: a request that does
not match the spec gets a 422 problem+json listing the violations, and with ``--dynamic`` (seeded,
so runs repeat) responses are generated from the schemas rather than taken from examples. Prism
was written by nobody on this project, so a client that passes against it agrees with a reading of
the spec that is not ours.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 120.0  # node starting on a busy 2-core machine can take a while
SEED = "clientgen"


def require_prism() -> Path:
    """The Prism binary; skip locally when node_modules is missing (CI installs it: .ci/run)."""
    if not PRISM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{PRISM} is missing: .ci/run must run `npm ci` before pytest")
        pytest.skip(f"Prism is not installed ({PRISM} missing): run `npm ci --no-audit --no-fund`")
    return PRISM


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrismServer:
    """One `prism mock` process on a loopback port; its log is kept for failure messages."""

    def __init__(self, spec: Path, *, dynamic: bool, log_dir: Path) -> None:
        self.spec = spec
        self.dynamic = dynamic
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / f"prism-{spec.stem}-{'dynamic' if dynamic else 'static'}.log"
        args = [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(self.port)]
        args += ["--errors", "--cors=false"]
        if dynamic:
            args += ["--dynamic", "--seed", SEED]
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=ROOT
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Prism exited ({self.process.returncode}):\n{self.log()}")
            if "Prism is listening" in self.log():
                return
            time.sleep(0.2)
        raise RuntimeError(f"Prism did not start within {START_TIMEOUT:.0f} s:\n{self.log()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log.close()


@contextmanager
def prism_servers(specs: list[Path], log_dir: Path) -> Iterator[dict[tuple[str, str], str]]:
    """Start a static and a dynamic server per spec, all at once; yield {(stem, mode): url}."""
    require_prism()
    servers = [PrismServer(s, dynamic=d, log_dir=log_dir) for s in specs for d in (False, True)]
    try:
        deadline = time.monotonic() + START_TIMEOUT
        for server in servers:
            server.wait_ready(deadline)
        yield {(s.spec.stem, "dynamic" if s.dynamic else "static"): s.url for s in servers}
    finally:
        for server in servers:
            server.stop()


def violation_message(response: httpx.Response) -> str | None:
    """Prism's own words when it refused a request (or flagged a violation), else None."""
    violations = response.headers.get("sl-violations")
    if response.status_code == 422 or violations:
        response.read()
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and "stoplight.io/prism" in str(body.get("type", "")):
            lines = [f"{body.get('title')}: {body.get('detail')}"]
            for v in body.get("validation") or []:
                where = ".".join(str(x) for x in v.get("location") or [])
                lines.append(f"  [{v.get('severity')}] {where}: {v.get('message')}")
            return "\n".join(lines)
        if violations:
            return f"sl-violations: {violations}"
    return None


def _fail_on_violation(response: httpx.Response) -> None:
    message = violation_message(response)
    if message is not None:
        request = response.request
        pytest.fail(
            f"Prism reported a contract violation for {request.method} {request.url}:\n{message}",
            pytrace=False,
        )


async def _afail_on_violation(response: httpx.Response) -> None:
    if response.status_code == 422 or response.headers.get("sl-violations"):
        await response.aread()
    _fail_on_violation(response)


def checked_client() -> httpx.Client:
    """An httpx.Client that fails the test with Prism's message on any reported violation."""
    return httpx.Client(event_hooks={"response": [_fail_on_violation]})


def checked_async_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(event_hooks={"response": [_afail_on_violation]})


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, default=str)
