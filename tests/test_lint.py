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


def test_generator_and_templates_know_no_particular_api() -> None:
    """Names such as VapiClient come from the spec or the config, never from clientgen's code."""
    hits = [
        str(p.relative_to(ROOT))
        for folder in ("generator", "templates")
        for p in (ROOT / folder).rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".j2", ".yaml")
        and "vapi" in p.read_text("utf-8").lower()
    ]
    assert hits == []
