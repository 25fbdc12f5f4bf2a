"""Golden cases for the TypeScript target: tests/golden/<case>/spec.yaml also pins its TypeScript
package in tests/golden/<case>/expected_typescript/ (with the runtime modules pinned once for
every case: tests/golden_trees.py), byte for byte. Every expected tree passes `tsc --strict`
(exactOptionalPropertyTypes, noUncheckedIndexedAccess) and is prettier-clean.

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
from tests.golden_trees import REFERENCE, expected_tree, pin, read_tree, store, write_tree
from tests.test_typescript import BIN, needs_npm, run

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
REFRESH = os.environ.get("CLIENTGEN_REFRESH_GOLDEN") == "1"
EXPECTED = "expected_typescript"


def _render(case: str, out: Path) -> dict[str, bytes]:
    result = pipeline.render(str(GOLDEN / case / "spec.yaml"), "typescript")
    output.write(result.tree, out)
    return read_tree(out)


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> None:
    """When refreshing, the reference case's runtime modules are pinned before any case is
    stored against them."""
    if REFRESH:
        pin("typescript", _render(REFERENCE, tmp_path_factory.mktemp("reference")))


@pytest.mark.parametrize("case", CASES)
def test_golden_typescript(case: str, tmp_path: Path, pinned: None) -> None:
    actual = _render(case, tmp_path / "out")
    if REFRESH:
        store(case, "typescript", actual)
        return
    assert (GOLDEN / case / EXPECTED).is_dir(), f"{case}: run with CLIENTGEN_REFRESH_GOLDEN=1"
    expected = expected_tree(case, "typescript")
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


def _expected_dirs(folder: Path) -> list[Path]:
    """Every case's expected tree, whole (runtime modules included), written under `folder`."""
    missing = [case for case in CASES if not (GOLDEN / case / EXPECTED).is_dir()]
    if missing:
        pytest.skip(f"no expected TypeScript tree yet: {missing[0]}")
    return [
        write_tree(expected_tree(case, "typescript"), folder / case / EXPECTED) for case in CASES
    ]


@needs_npm
def test_golden_typescript_compiles_strict(tmp_path: Path) -> None:
    """One tsc run over every case, with each package's own strict settings."""
    dirs = _expected_dirs(tmp_path / "expected")
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
def test_golden_typescript_is_prettier_clean(tmp_path: Path) -> None:
    dirs = _expected_dirs(tmp_path)
    files = [
        str(p.relative_to(tmp_path))
        for d in dirs
        for p in sorted(d.rglob("*"))
        if p.suffix in (".ts", ".json", ".mjs", ".md") and p.name != output.LOCK_NAME
    ]
    config = str(dirs[0] / ".prettierrc.json")
    out = run([str(BIN / "prettier"), "--config", config, "--check", *files], tmp_path)
    assert "All matched files use Prettier code style" in out
