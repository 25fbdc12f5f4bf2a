"""Benchmark: clientgen vs peers on the same spec, in the same run. Prints medians and ratios.

    python scripts/bench.py [SPEC ...] [--runs N]

Each measurement is a whole process (interpreter start-up included), as a build step would run it.
Peers: datamodel-code-generator's CLI writing models only (always available, a dependency), and
openapi-python-client when an `openapi-python-client` executable is on PATH.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed


def median_of(runs: int, make_cmd, cwd: Path) -> float:  # type: ignore[no-untyped-def]
    times = []
    for i in range(runs):
        out = cwd / f"out{i}"
        times.append(timed(make_cmd(out), cwd))
        shutil.rmtree(out, ignore_errors=True)
    return statistics.median(times)


def count(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(
        len(p.read_text(encoding="utf-8", errors="replace").splitlines()) for p in files
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "specs", nargs="*", default=[str(ROOT / "specs" / "vapi-phone-numbers.yaml")]
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    opc = shutil.which("openapi-python-client")
    for spec in args.specs:
        spec_path = Path(spec).resolve()
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            ours = median_of(
                args.runs,
                lambda out, spec_path=spec_path: [
                    sys.executable,
                    "-m",
                    "generator",
                    "generate",
                    str(spec_path),
                    "--out",
                    str(out),
                ],
                work,
            )
            sample = work / "sample"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "generator",
                    "generate",
                    str(spec_path),
                    "--out",
                    str(sample),
                ],
                cwd=work,
                check=True,
                capture_output=True,
            )
            files, lines = count(sample)
            dmcg = median_of(
                args.runs,
                lambda out, spec_path=spec_path: [
                    str(BIN / "datamodel-codegen"),
                    "--input",
                    str(spec_path),
                    "--input-file-type",
                    "openapi",
                    "--output-model-type",
                    "pydantic_v2.BaseModel",
                    "--output",
                    str(out) + ".py",
                    "--formatters",
                    "ruff-format",
                    "--disable-timestamp",
                ],
                work,
            )
            print(f"{spec_path.name}: median of {args.runs} whole-process runs")
            print(
                f"  clientgen generate (client + models + ruff): {ours:.3f} s, {files} files, {lines} lines"
            )
            print(
                f"  datamodel-codegen (models only, peer):       {dmcg:.3f} s  ratio clientgen/peer = "
                f"{ours / dmcg:.2f}"
            )
            if opc:
                peer = median_of(
                    args.runs,
                    lambda out, spec_path=spec_path: [
                        opc,
                        "generate",
                        "--path",
                        str(spec_path),
                        "--output-path",
                        str(out),
                        "--overwrite",
                    ],
                    work,
                )
                print(
                    f"  openapi-python-client (client + models):    {peer:.3f} s  ratio clientgen/peer = "
                    f"{ours / peer:.2f}"
                )


if __name__ == "__main__":
    main()
