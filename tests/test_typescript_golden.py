"""Golden cases for the TypeScript target: tests/golden/<case>/spec.yaml also pins its TypeScript
package in tests/golden/<case>/expected_typescript/, byte for byte. Every expected tree passes
`tsc --strict` (exactOptionalPropertyTypes, noUncheckedIndexedAccess) and is prettier-clean.

Refresh on purpose with

    CLIENTGEN_REFRESH_GOLDEN=1 .venv/bin/python -m pytest tests/test_typescript_golden.py

and review the diff.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path

import pytest

from generator import output, pipeline
from tests.test_typescript import BIN, needs_npm, run

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
REFRESH = os.environ.get("CLIENTGEN_REFRESH_GOLDEN") == "1"
EXPECTED = "expected_typescript"


def read_tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("case", CASES)
def test_golden_typescript(case: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = pipeline.render(str(GOLDEN / case / "spec.yaml"), "typescript")
    output.write(result.tree, out)
    expected_dir = GOLDEN / case / EXPECTED
    if REFRESH:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(out, expected_dir)
        return
    assert expected_dir.is_dir(), f"{case}: run with CLIENTGEN_REFRESH_GOLDEN=1"
    actual, expected = read_tree(out), read_tree(expected_dir)
    assert sorted(actual) == sorted(expected), "the set of files changed"
    for rel in sorted(actual):
        if actual[rel] != expected[rel]:
            diff = "".join(
                difflib.unified_diff(
                    expected[rel].decode("utf-8", "replace").splitlines(keepends=True),
                    actual[rel].decode("utf-8", "replace").splitlines(keepends=True),
                    f"{EXPECTED}/{rel}",
                    f"actual/{rel}",
                )
            )
            pytest.fail(
                f"{case}: {rel} differs (CLIENTGEN_REFRESH_GOLDEN=1 refreshes):\n{diff[:6000]}"
            )


def _expected_dirs() -> list[Path]:
    dirs = [GOLDEN / case / EXPECTED for case in CASES]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        pytest.skip(f"no expected TypeScript tree yet: {missing[0]}")
    return dirs


@needs_npm
def test_golden_typescript_compiles_strict(tmp_path: Path) -> None:
    """One tsc run over every case, with each package's own strict settings."""
    dirs = _expected_dirs()
    for d in dirs:
        shutil.copytree(d, tmp_path / d.parent.name)
    options = json.loads((dirs[0] / "tsconfig.json").read_text(encoding="utf-8"))
    options["compilerOptions"].pop("rootDir", None)
    for key in ("strict", "exactOptionalPropertyTypes", "noUncheckedIndexedAccess"):
        assert options["compilerOptions"][key] is True
    options["include"] = [f"{d.parent.name}/src" for d in dirs]
    (tmp_path / "tsconfig.json").write_text(json.dumps(options), encoding="utf-8")
    run([str(BIN / "tsc"), "-p", "tsconfig.json"], tmp_path)


@needs_npm
def test_golden_typescript_is_prettier_clean() -> None:
    files = [
        str(p.relative_to(GOLDEN))
        for d in _expected_dirs()
        for p in sorted(d.rglob("*"))
        if p.suffix in (".ts", ".json", ".mjs", ".md") and p.name != output.LOCK_NAME
    ]
    config = str(_expected_dirs()[0] / ".prettierrc.json")
    out = run([str(BIN / "prettier"), "--config", config, "--check", *files], GOLDEN)
    assert "All matched files use Prettier code style" in out
