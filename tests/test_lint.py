"""clientgen's own code: ruff-clean, ruff-formatted, and type-checked by mypy."""

from __future__ import annotations

import subprocess
import sys

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from tests.conftest import ROOT

PATHS = ["generator", "scripts", "tests"]


def test_ruff_check_and_format() -> None:
    ruff = str(find_ruff_bin())
    check = subprocess.run(
        [ruff, "check", *PATHS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        [ruff, "format", "--check", *PATHS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_on_the_generator() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout
