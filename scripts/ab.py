"""A/B of two clientgen source trees on the same spec, in the same run: is a change faster?

    python scripts/ab.py SPEC A_TREE B_TREE [--runs N] [--env NAME=VALUE ...]

Each tree is a checkout of the repository (``git archive REV | tar -x -C DIR`` makes one for a
revision without touching the working tree). Every run is a whole ``python -m generator generate
SPEC --out FRESH --verbose`` process with the tree first on ``PYTHONPATH`` and the current folder
set to the system's temporary folder (so neither tree is imported by accident from the current
folder), models cache off unless ``--env CLIENTGEN_MODELS_CACHE=1`` says otherwise. The trees run
in turn (A B, then B A, ...), so a machine whose load drifts slows both alike; the load average is
printed beside every run. Prints each run's wall time, CPU time (the process tree's user + system)
and stages, the medians, the median of the run-by-run ratios B / A (below 1: B is faster), and
whether the two trees wrote the same files (lock file aside: it records the source that made it).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _same_tree(a: Path, b: Path, skip: str = "clientgen.lock.json") -> list[str]:
    """Paths that differ between the folders ``a`` and ``b`` (``skip`` aside)."""
    differ: list[str] = []
    cmp = filecmp.dircmp(a, b, ignore=[skip])

    def walk(node: filecmp.dircmp[str], prefix: str) -> None:
        differ.extend(prefix + n for n in node.left_only + node.right_only + node.funny_files)
        for name in node.common_files:
            if not filecmp.cmp(Path(node.left) / name, Path(node.right) / name, shallow=False):
                differ.append(prefix + name)
        for name, sub in node.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(cmp, "")
    return sorted(differ)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec")
    parser.add_argument("a", help="source tree A (the baseline)")
    parser.add_argument("b", help="source tree B (the change)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each tree (default 3)")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for every run")
    args = parser.parse_args()
    spec = os.path.abspath(args.spec)
    trees = {"A": os.path.abspath(args.a), "B": os.path.abspath(args.b)}
    extra = dict(item.split("=", 1) for item in args.env)
    scratch = Path(tempfile.mkdtemp(prefix="clientgen-ab-"))
    results: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    try:
        for i in range(args.runs):
            for tag in ("A", "B") if i % 2 == 0 else ("B", "A"):
                out = scratch / tag
                shutil.rmtree(out, ignore_errors=True)
                env = {
                    **os.environ,
                    "CLIENTGEN_MODELS_CACHE": "0",
                    **extra,
                    "PYTHONPATH": trees[tag],
                }
                load = os.getloadavg()[0]
                before = os.times()
                start = time.perf_counter()
                proc = subprocess.run(
                    [sys.executable, "-m", "generator", "generate", spec, "--out", str(out)]
                    + ["--verbose"],
                    env=env,
                    cwd=tempfile.gettempdir(),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                wall = time.perf_counter() - start
                after = os.times()
                cpu = (after.children_user - before.children_user) + (
                    after.children_system - before.children_system
                )
                if proc.returncode != 0:
                    print(f"{tag} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
                    return 1
                lines = proc.stderr.strip().splitlines()
                stages = lines[-1].split(": ", 2)[-1] if lines else ""
                results[tag].append((wall, cpu))
                print(f"{tag} wall {wall:6.2f} s  cpu {cpu:6.2f} s  load {load:4.1f}  | {stages}")
        for tag in ("A", "B"):
            walls = [w for w, _ in results[tag]]
            cpus = [c for _, c in results[tag]]
            print(
                f"{tag}: median wall {statistics.median(walls):.2f} s, "
                f"cpu {statistics.median(cpus):.2f} s ({trees[tag]})"
            )
        pairs = list(zip(results["A"], results["B"], strict=True))
        wall_ratio = statistics.median(b[0] / a[0] for a, b in pairs)
        cpu_ratio = statistics.median(b[1] / a[1] for a, b in pairs)
        print(f"B / A: wall {wall_ratio:.3f}, cpu {cpu_ratio:.3f} (medians of run-by-run ratios)")
        differ = _same_tree(scratch / "A", scratch / "B")
        print(
            "same files (lock aside)"
            if not differ
            else f"OUTPUTS DIFFER in {len(differ)} files: " + ", ".join(differ[:10])
        )
        return 0 if not differ else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
