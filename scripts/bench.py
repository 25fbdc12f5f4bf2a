"""Benchmark: clientgen vs openapi-python-client on the same specs, in the same run.

    python scripts/bench.py [SPEC ...] [--runs N] [--opc PATH] [--no-opc] [--warmup N]

Every figure is a whole process (interpreter start-up included), as a build step runs it: wall time
(the median of N runs) and peak memory (``ru_maxrss`` of the run's process tree, from ``wait4``:
the largest single process, e.g. clientgen itself or the ruff it starts). The two tools run in
turn (A B A B ...), each into a fresh folder, so a machine whose speed drifts slows both alike;
ratios are clientgen / openapi-python-client, below 1 means clientgen is faster. clientgen's own
modules are byte-compiled first, as an installed copy's are (openapi-python-client's are).

Also measured: the no-op run (``generate`` again into the folder it just wrote, nothing changed)
as a ratio of openapi-python-client's cold run, and the time per operation from the smallest spec
to the biggest (the curve should stay roughly flat).

openapi-python-client 0.29.1 is looked up as ``--opc PATH``, else on PATH; install it outside the
repo, e.g. ``python3 -m venv /work/opc-venv && /work/opc-venv/bin/pip install
openapi-python-client==0.29.1``. Its post-hooks (ruff) run from its own folder. When a spec needs
``literal_enums: true`` to generate at all (its enums have duplicate keys, e.g. Stripe), the run is
repeated with that setting and the table says so. Default specs: the repo's phone-number spec and
the corpus in ../shared/corpus (petstore3, opc_baseline_3.0, openai.json, openai.yaml, Stripe).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_SPECS = [
    ROOT / "specs" / "vapi-phone-numbers.yaml",
    CORPUS / "petstore3.json",
    CORPUS / "opc_baseline_3.0.json",
    CORPUS / "openai.json",
    CORPUS / "openai.yaml",
    CORPUS / "stripe_spec3_2022-04-12.json",
]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPC_VERSION = "0.29.1"


@dataclass
class Run:
    wall: float
    rss_mb: float
    code: int
    stderr: str = ""
    cpu: float = 0.0


@dataclass
class Series:
    runs: list[Run] = field(default_factory=list)
    #: clientgen's own time per stage in each counted run (its --verbose line)
    stages: list[dict[str, float]] = field(default_factory=list)

    def stage_medians(self) -> dict[str, float]:
        names = [name for s in self.stages[:1] for name in s]
        return {n: statistics.median(s.get(n, 0.0) for s in self.stages) for n in names}

    def ok(self) -> list[Run]:
        return [r for r in self.runs if r.code == 0]

    def wall(self) -> float | None:
        ok = self.ok()
        return statistics.median(r.wall for r in ok) if ok else None

    def cpu(self) -> float | None:
        ok = self.ok()
        return statistics.median(r.cpu for r in ok) if ok else None

    def rss(self) -> float | None:
        ok = self.ok()
        return statistics.median(r.rss_mb for r in ok) if ok else None


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900) -> Run:
    """One whole process: wall time, and ru_maxrss of it and the children it waited for."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=err, stderr=err
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode, stderr[-3000:], cpu)


def operations(spec: Path) -> int:
    text = spec.read_text(encoding="utf-8")
    if spec.suffix == ".json":
        doc = json.loads(text)
    else:
        doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    paths = doc.get("paths") or {}
    return sum(1 for item in paths.values() if isinstance(item, dict) for m in METHODS if m in item)


def emitted_clientgen(out: Path) -> int:
    """Operations in a clientgen Python client: each method's docstring names `METHOD /path`."""
    found: set[str] = set()
    for path in out.rglob("*.py"):
        found.update(_OP_LINE.findall(path.read_text(encoding="utf-8")))
    return len(found)


_OP_LINE = re.compile(r"^ +`((?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \S+)`$", re.M)


def emitted_opc(out: Path) -> int:
    return sum(
        1 for p in out.rglob("api/**/*.py") if "def sync_detailed(" in p.read_text(encoding="utf-8")
    )


def find_opc(given: str | None) -> str | None:
    if given:
        path = Path(given)
        if path.is_dir():
            path = path / "openapi-python-client"
        return str(path) if path.exists() else None
    return shutil.which("openapi-python-client")


_STAGES = re.compile(r"^clientgen: \S+ .*?: ((?:\w+ [\d.]+ s(?:, )?)+)$", re.M)


def stage_times(stderr: str) -> dict[str, float]:
    """{stage: seconds} from the ``--verbose`` line ``clientgen: python OUT: load 0.24 s, ...``."""
    m = _STAGES.search(stderr)
    if not m:
        return {}
    return {name: float(secs) for name, secs in re.findall(r"(\w+) ([\d.]+) s", m.group(1))}


def fmt_s(v: float | None) -> str:
    return f"{v:7.2f}" if v is not None else "      -"


def paired(row: dict[str, Any], what: str) -> str:
    pairs = [
        getattr(a, what) / getattr(b, what)
        for a, b in zip(row["ours"].runs, row["peer"].runs, strict=False)
        if a.code == 0 and b.code == 0 and getattr(b, what)
    ]
    return f"{statistics.median(pairs):5.2f}x" if pairs else "    -"


def fmt_r(a: float | None, b: float | None) -> str:
    return f"{a / b:5.2f}x" if a is not None and b else "    -"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("specs", nargs="*", type=Path, help="specs (default: see above)")
    parser.add_argument("--runs", type=int, default=3, help="counted runs per tool and spec")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted runs first (default 1)")
    parser.add_argument("--opc", help="openapi-python-client executable (or its bin folder)")
    parser.add_argument("--no-opc", action="store_true", help="measure clientgen only")
    parser.add_argument(
        "--clientgen",
        default=None,
        help="clientgen executable (default: this interpreter's `-m generator`)",
    )
    args = parser.parse_args()
    specs = [p.resolve() for p in (args.specs or DEFAULT_SPECS)]
    missing = [str(p) for p in specs if not p.is_file()]
    if missing:
        raise SystemExit(f"bench: spec not found: {', '.join(missing)}")
    ours_cmd = [args.clientgen] if args.clientgen else [sys.executable, "-m", "generator"]
    if not args.clientgen:
        # byte-compiled once, as pip does when it installs a package (openapi-python-client's
        # modules are): where PYTHONDONTWRITEBYTECODE is set, a source checkout would otherwise be
        # compiled again by every run, a cost no installed copy pays
        compileall.compile_dir(ROOT / "generator", quiet=1)
    opc = None if args.no_opc else find_opc(args.opc)
    if not args.no_opc and opc is None:
        print(
            "bench: openapi-python-client NOT FOUND (give --opc PATH or put it on PATH; install "
            f"openapi-python-client=={OPC_VERSION} in a venv outside the repo): "
            "measuring clientgen alone, no ratios",
            file=sys.stderr,
        )
    opc_env = None
    if opc:
        version = subprocess.run([opc, "--version"], capture_output=True, text=True).stdout.strip()
        if not version.endswith(OPC_VERSION):
            print(f"bench: warning: {version!r}, the goals are stated against {OPC_VERSION}")
        # its post-hooks run `ruff` from PATH: the one installed beside it
        opc_env = {**os.environ, "PATH": str(Path(opc).parent) + os.pathsep + os.environ["PATH"]}
    # cold runs make their models (CLIENTGEN_MODELS_CACHE=0); the "models cached" runs find the
    # models of the same spec in a cache of this benchmark's own (filled by the warm-up run)
    env = {**os.environ, "CLIENTGEN_MODELS_CACHE": "0"}

    print(
        f"bench: {args.runs} counted runs (+{args.warmup} warm-up) per tool and spec, "
        f"interleaved; medians; {os.cpu_count()} CPUs, load average "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    rows = []
    with tempfile.TemporaryDirectory(prefix="clientgen-bench-") as tmp:
        work = Path(tmp)
        env["CLIENTGEN_CACHE_DIR"] = str(work / "cache")
        cached_env = {**env, "CLIENTGEN_MODELS_CACHE": "1"}
        lit = work / "opc-literal-enums.yaml"
        lit.write_text("literal_enums: true\n", encoding="utf-8")
        for spec in specs:
            n_ops = operations(spec)
            ours, noop, peer, cached = Series(), Series(), Series(), Series()
            opc_extra: list[str] = []
            note = ""

            for i in range(args.warmup + args.runs):
                counted = i >= args.warmup
                ours_out, opc_out = work / f"ours-{i}", work / f"opc-{i}"
                generate = [*ours_cmd, "generate", str(spec), "--out", str(ours_out), "--verbose"]
                opc_cmd = [str(opc), "generate", "--path", str(spec), "--output-path", str(opc_out)]
                shutil.rmtree(ours_out, ignore_errors=True)
                r = run(generate, work, env)
                if r.code != 0:
                    raise SystemExit(f"bench: clientgen failed on {spec.name}:\n{r.stderr}")
                if counted:
                    ours.runs.append(r)
                    ours.stages.append(stage_times(r.stderr))
                    # without --verbose: it lists every warning, which needs a full run
                    noop.runs.append(run(generate[:-1], work, env))
                warm_out = work / f"ours-cached-{i}"
                shutil.rmtree(warm_out, ignore_errors=True)
                r = run([*generate[:-2], str(warm_out)], work, cached_env)
                if counted and r.code == 0:
                    cached.runs.append(r)
                shutil.rmtree(warm_out, ignore_errors=True)
                if opc:
                    shutil.rmtree(opc_out, ignore_errors=True)
                    r = run([*opc_cmd, "--overwrite", *opc_extra], work, opc_env)
                    if r.code != 0 and not opc_extra and "literal_enums" in r.stderr:
                        opc_extra = ["--config", str(lit)]
                        note = "opc needs literal_enums"
                        shutil.rmtree(opc_out, ignore_errors=True)
                        r = run([*opc_cmd, "--overwrite", *opc_extra], work, opc_env)
                    if counted:
                        peer.runs.append(r)
                    elif r.code != 0:
                        note = f"opc failed (exit {r.code})"
            ours_out = work / f"ours-{args.warmup}"
            opc_out = work / f"opc-{args.warmup}"
            rows.append(
                {
                    "spec": spec.name,
                    "ops": n_ops,
                    "ours": ours,
                    "noop": noop,
                    "cached": cached,
                    "peer": peer,
                    "ours_ops": emitted_clientgen(ours_out),
                    "opc_ops": emitted_opc(opc_out) if peer.ok() else None,
                    "note": note,
                }
            )
            for i in range(args.warmup + args.runs):
                shutil.rmtree(work / f"ours-{i}", ignore_errors=True)
                shutil.rmtree(work / f"opc-{i}", ignore_errors=True)
            print(f"  measured {spec.name}", flush=True)

    print()
    head = (
        f"{'spec':30} {'ops':>5} {'emitted c/o':>11}  {'clientgen s':>11} {'opc s':>7} "
        f"{'time c/o':>8} {'cpu c/o':>7}  {'clientgen MB':>12} {'opc MB':>7} {'mem c/o':>7}  "
        f"{'no-op s':>7} {'no-op/opc cold':>14}  {'cached s':>8} {'cached/opc':>10}"
    )
    print(head)
    print("-" * len(head))
    for row in rows:
        ours, peer, noop = row["ours"].wall(), row["peer"].wall(), row["noop"].wall()
        emitted = f"{row['ours_ops']}/{row['opc_ops'] if row['opc_ops'] is not None else '-'}"
        print(
            f"{row['spec']:30} {row['ops']:5d} {emitted:>11}  {fmt_s(ours):>11} {fmt_s(peer)} "
            f"{paired(row, 'wall'):>8} {paired(row, 'cpu'):>7}  {fmt_s(row['ours'].rss()):>12} "
            f"{fmt_s(row['peer'].rss())} {fmt_r(row['ours'].rss(), row['peer'].rss()):>7}  "
            f"{fmt_s(noop)} {fmt_r(noop, peer):>14}  {fmt_s(row['cached'].wall()):>8} "
            f"{fmt_r(row['cached'].wall(), peer):>10}  {row['note']}"
        )
    print(
        "\ntime c/o and cpu c/o: the median of the run-by-run ratios (each clientgen run against the "
        "opc run right after it); cpu is user + system time of the whole process tree, which "
        "the machine's load moves less than wall time; cold runs make their models "
        "(CLIENTGEN_MODELS_CACHE=0); 'cached': a fresh output folder, the models of this spec "
        "already in clientgen's cache (a spec seen before, e.g. another target or a re-run); "
        "clientgen's spec-independent caches (compiled templates, the models process's code "
        "cache), like its .pyc files, are warm after the warm-up run"
    )
    print()
    print("time per operation (ms/op, cold, median), smallest spec to biggest:")
    curve = [r for r in sorted(rows, key=lambda r: r["ops"]) if r["ops"]]
    top = max((r["ours"].wall() or 0) / r["ops"] for r in curve) if curve else 0
    for row in curve:
        ours, peer = row["ours"].wall(), row["peer"].wall()
        per = 1000 * ours / row["ops"] if ours else None
        per_peer = 1000 * peer / row["ops"] if peer else None
        bar = "#" * round(40 * per / (1000 * top)) if per and top else ""
        print(
            f"  {row['spec']:32} {row['ops']:5d} ops  clientgen {fmt_s(per)}  opc {fmt_s(per_peer)}"
            f"  {bar}"
        )
    print()
    print("where clientgen's time goes (seconds per stage, cold, median; from --verbose):")
    for row in rows:
        medians = row["ours"].stage_medians()
        whole = row["ours"].wall() or 0.0
        inside = sum(medians.values())
        stages = "  ".join(f"{name} {secs:.2f}" for name, secs in medians.items())
        print(f"  {row['spec']:32} {stages}  (start-up and exit {max(whole - inside, 0.0):.2f})")
    failed = [(row["spec"], r) for row in rows for r in row["peer"].runs if r.code != 0]
    for name, r in failed[:3]:
        print(f"\nopc failed on {name} (exit {r.code}):\n{r.stderr[-800:]}")


if __name__ == "__main__":
    main()
