"""Generate a Python client for every spec in the shared corpus and report what came out.

    python scripts/corpus_report.py [SPEC ...] [--corpus DIR] [--check] [--skipped]

Per spec: operations in the spec, operations emitted (sync methods in the generated resources),
items the IR skipped, warnings, files, lines and seconds (load to formatted tree, in-process).
``--check`` also runs ruff over each client and imports it in a fresh interpreter; ``--skipped``
lists every skipped item with its reason. Exits 1 when a spec fails to generate (or, with
``--check``, fails ruff or import).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import format as fmt  # noqa: E402
from generator import output, pipeline, targets  # noqa: E402
from generator.spec.walk import iter_operations  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_SYNC_METHOD = re.compile(r"^    def (?!_)\w+\(", re.M)


def package_for(spec: Path) -> str:
    return "corpus_" + re.sub(r"\W", "_", spec.stem).lower()


def report(spec: Path, check: bool, out_root: Path) -> tuple[dict[str, object], list[str]]:
    start = time.perf_counter()
    api, warnings = pipeline.build_ir(str(spec))
    tree = fmt.format_tree(targets.renderer("python")(api, {"package-name": package_for(spec)}))
    seconds = time.perf_counter() - start
    emitted = sum(
        len(_SYNC_METHOD.findall(text))
        for path, text in tree.items()
        if "/resources/" in path and not path.endswith("__init__.py")
    )
    row: dict[str, object] = {
        "spec": spec.name,
        "ops": _spec_operations(spec),
        "emitted": emitted,
        "skipped": len(api.skipped),
        "warnings": len(warnings),
        "files": len(tree) + 1,  # + the lock file
        "lines": sum(text.count("\n") for text in tree.values()),
        "seconds": round(seconds, 1),
    }
    problems: list[str] = []
    if check:
        out = out_root / re.sub(r"\W", "_", spec.name)
        output.write(tree, out)
        ruff = subprocess.run(
            [
                fmt.ruff_binary(),
                "check",
                "--isolated",
                "--no-cache",
                "--quiet",
                "--target-version=py310",
                f"--line-length={fmt.LINE_LENGTH}",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        row["ruff"] = "ok" if ruff.returncode == 0 else "FAIL"
        if ruff.returncode:
            problems.append(ruff.stdout[-3000:])
        imp = subprocess.run(
            [sys.executable, "-c", f"import {package_for(spec)}"],
            cwd=out,
            capture_output=True,
            text=True,
            check=False,
        )
        row["import"] = "ok" if imp.returncode == 0 else "FAIL"
        if imp.returncode:
            problems.append(imp.stderr[-3000:])
    row["_skipped"] = [f"{s.pointer}: {s.reason}" for s in api.skipped]
    return row, problems


def _spec_operations(spec: Path) -> int:
    doc, _ = pipeline.load_valid(str(spec))
    return sum(1 for _ in iter_operations(doc.data))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "specs", nargs="*", type=Path, help="specs (default: every file in the corpus)"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true", help="also run ruff and import each client")
    parser.add_argument("--skipped", action="store_true", help="list every skipped item")
    args = parser.parse_args()
    specs = args.specs or sorted(
        p for p in args.corpus.iterdir() if p.suffix in (".json", ".yaml", ".yml")
    )
    columns = ["spec", "ops", "emitted", "skipped", "warnings", "files", "lines", "seconds"]
    if args.check:
        columns += ["ruff", "import"]
    rows, failed = [], False
    with tempfile.TemporaryDirectory(prefix="clientgen-corpus-") as tmp:
        for spec in specs:
            try:
                row, problems = report(spec, args.check, Path(tmp))
            except Exception as exc:  # report and go on with the next spec
                row, problems = (
                    {"spec": spec.name, "ops": "FAILED"},
                    [f"{type(exc).__name__}: {exc}"],
                )
            rows.append(row)
            failed = failed or bool(problems)
            print(_line(row, columns), file=sys.stderr)
            for p in problems:
                print(p, file=sys.stderr)
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print(" | ".join(c.ljust(widths[c]) for c in columns))
    print("-|-".join("-" * widths[c] for c in columns))
    for row in rows:
        print(" | ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
    if args.skipped:
        for row in rows:
            for item in row.get("_skipped", []):  # type: ignore[union-attr]
                print(f"{row['spec']}: skipped {item}")
    return 1 if failed else 0


def _line(row: dict[str, object], columns: list[str]) -> str:
    return "  ".join(f"{c}={row.get(c, '')}" for c in columns)


if __name__ == "__main__":
    sys.exit(main())
