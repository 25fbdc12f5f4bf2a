"""Benchmark: how fast an emitted Python client is ready, beside Vapi's official SDK, in one run.

    python scripts/bench_import.py [--runs N] [--sdk-venv DIR] [--openai-dir DIR] [--no-openai]

Every figure is a whole process (interpreter start-up included), the median of N runs, as a
script that uses the client pays it:

- bare import: ``import <package>``;
- ready: import, build the client, and make the first call (a list of phone numbers; OpenAI's
  ``GET /models``) against a loopback server in this process (127.0.0.1, a free port);
- everything: import every resource module and every model (what an eager client pays at import),
  given per operation of the spec.

Clients measured: the phone-number client (generated/python, our spec) against Vapi's official SDK
(``vapi_server_sdk``) in its own venv (``--sdk-venv``, default /work/vapi-sdk-venv; skipped with a
message when missing), and a client generated from the OpenAI spec in ../shared/corpus (288
operations; generated into a temporary folder, or ``--openai-dir`` to reuse one). Our clients run on
the SDK venv's interpreter when it exists, so both sides load the same httpx and pydantic from the
same site-packages (else on this interpreter). Every tree is byte-compiled first (as pip install
does). The scenarios take turns (ours, theirs, ours, ...), so a machine whose speed drifts slows
both alike; ratios are ours / official, below 1 means ours is faster.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench import operations  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OPENAI_SPEC = CORPUS / "openai.json"
DEFAULT_SDK_VENV = Path("/work/vapi-sdk-venv")

PHONE = {
    "id": "pn-1",
    "orgId": "org-1",
    "createdAt": "2024-05-01T12:30:00Z",
    "updatedAt": "2024-05-01T12:30:00Z",
    "provider": "twilio",
    "status": "active",
    "name": "line",
    "number": "+15550000002",
    "twilioAccountSid": "AC123",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path.startswith("/phone-number"):
            body: object = [PHONE, {**PHONE, "id": "pn-2"}]
        elif self.path.startswith("/v1/models"):
            model = {"id": "m", "object": "model", "created": 1, "owned_by": "o"}
            body = {"object": "list", "data": [model]}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@dataclass
class Scenario:
    label: str
    python: str
    cwd: Path
    code: str
    times: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)

    def run(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # use the compiled files, never write new ones
        # the process's own peak memory (VmHWM: ru_maxrss would count the forking parent's)
        code = self.code + "\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"
        start = time.perf_counter()
        proc = subprocess.run([self.python, "-c", code], cwd=self.cwd, env=env, capture_output=True)
        self.times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(
                f"{self.label} failed:\n{proc.stderr.decode(errors='replace')[-3000:]}"
            )
        self.rss.append(int(proc.stdout.split()[-1]) / 1024)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def generate_openai(out: Path) -> None:
    print(f"generating the OpenAI client into {out} (a minute or so) ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(OPENAI_SPEC),
            "--lang",
            "python",
            "--out",
            str(out),
            "--package-name",
            "openai_client",
            "--quiet",
        ],
        cwd=ROOT,
        check=True,
    )


def compiled_copy(src: Path, dst: Path) -> Path:
    """A copy of a generated project with every module byte-compiled, as an install has it."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(dst, quiet=1)
    return dst


def everything(package: str) -> str:
    """Code that imports every resource module and every model of ``package``."""
    return (
        f"import importlib, pkgutil\nimport {package}.resources as r, {package}.models as m\n"
        "for i in pkgutil.iter_modules(r.__path__): importlib.import_module(r.__name__ + '.' + i.name)\n"
        "for n in m.__all__: getattr(m, n)\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="timed runs per scenario (median)")
    parser.add_argument("--sdk-venv", type=Path, default=DEFAULT_SDK_VENV)
    parser.add_argument("--openai-dir", type=Path, help="a generated OpenAI client to reuse")
    parser.add_argument("--no-openai", action="store_true", help="skip the OpenAI client")
    args = parser.parse_args(argv)

    sdk_python = args.sdk_venv / "bin" / "python"
    have_sdk = sdk_python.is_file()
    if not have_sdk:
        print(
            f"official SDK: {sdk_python} not found; its rows are skipped "
            "(install vapi_server_sdk into a venv there, or pass --sdk-venv)"
        )
    python = str(sdk_python) if have_sdk else sys.executable

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"

    with tempfile.TemporaryDirectory(prefix="clientgen-bench-import-") as tmp:
        work = Path(tmp)
        phone = compiled_copy(ROOT / "generated" / "python", work / "phone")
        rows: list[tuple[str, Scenario, Scenario | None]] = []
        start = Scenario("python -c pass", python, work, "pass")
        rows.append(("interpreter start-up", start, None))
        ready_phone = (
            "from vapi_phone_numbers import VapiClient\n"
            f"c = VapiClient(token='t', base_url={url!r}, max_retries=0)\n"
            "assert len(c.phone_numbers.list()) == 2\n"
        )
        sdk_ready = (
            "from vapi import Vapi\n"
            f"c = Vapi(token='t', base_url={url!r})\n"
            "assert len(c.phone_numbers.list()) == 2\n"
        )
        for what, ours, theirs in (
            ("phone numbers: bare import", "import vapi_phone_numbers", "import vapi"),
            ("phone numbers: import + client + first call", ready_phone, sdk_ready),
        ):
            rows.append(
                (
                    what,
                    Scenario(what, python, phone, ours),
                    Scenario(what + " (SDK)", python, work, theirs) if have_sdk else None,
                )
            )
        rows.append(
            (
                "phone numbers: every resource and model",
                Scenario("phone everything", python, phone, everything("vapi_phone_numbers")),
                None,
            )
        )
        ops = operations(OPENAI_SPEC) if OPENAI_SPEC.is_file() else 0
        if not args.no_openai and OPENAI_SPEC.is_file():
            source = args.openai_dir
            if source is None:
                source = work / "openai-src"
                generate_openai(source)
            openai = compiled_copy(source, work / "openai")
            package = next(p.parent.name for p in openai.glob("*/client.py"))
            client = next(
                line.split()[1].split("(")[0].rstrip(":")
                for line in (openai / package / "client.py").read_text().splitlines()
                if line.startswith("class ") and line.split()[1][0].isupper()
            )
            ready_openai = (
                f"from {package} import {client}\n"
                f"c = {client}(token='k', base_url={url + '/v1'!r}, max_retries=0)\n"
                "assert c.models_.list().data[0].id == 'm'\n"
            )
            for what, code in (
                (f"OpenAI ({ops} operations): bare import", f"import {package}"),
                (f"OpenAI ({ops} operations): import + client + first call", ready_openai),
                (f"OpenAI ({ops} operations): every resource and model", everything(package)),
            ):
                rows.append((what, Scenario(what, python, openai, code), None))
        elif not OPENAI_SPEC.is_file():
            print(f"OpenAI: {OPENAI_SPEC} not found; skipped")

        scenarios = [s for _, a, b in rows for s in (a, b) if s is not None]
        for s in scenarios:  # warm the file cache; not timed
            s.run()
            s.times.clear()
            s.rss.clear()
        for _ in range(args.runs):
            for s in scenarios:
                s.run()
    server.shutdown()

    print(
        f"\ninterpreter: {python}; {args.runs} runs each, median wall time (whole process); "
        f"load average {os.getloadavg()[0]:.2f}\n"
    )
    print(f"{'':55} {'ours':>9} {'official':>9} {'ratio':>7} {'ours MB':>8} {'SDK MB':>7}")
    for what, ours, theirs in rows:
        line = f"{what:55} {ours.median:8.3f}s"
        if theirs is not None:
            ratio = ours.median / theirs.median
            line += f" {theirs.median:8.3f}s {ratio:6.2f}x"
            line += f" {statistics.median(ours.rss):8.0f} {statistics.median(theirs.rss):7.0f}"
        else:
            line += f" {'':9} {'':7} {statistics.median(ours.rss):8.0f}"
        print(line)
    floor = start.median
    by_label = {what: ours for what, ours, _ in rows}
    if ops:
        for what in (
            f"OpenAI ({ops} operations): bare import",
            f"OpenAI ({ops} operations): import + client + first call",
            f"OpenAI ({ops} operations): every resource and model",
        ):
            if what in by_label:
                cost = (by_label[what].median - floor) * 1000 / ops
                print(f"per operation, start-up excluded, {what.split(': ')[1]}: {cost:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
