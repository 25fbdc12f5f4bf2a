"""Helpers for the wire tests: a golden spec's client, generated once per module, and calls made
the same way through the sync and the async client."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import generate_into

GOLDEN = Path(__file__).resolve().parent / "golden"
MODES = ["sync", "async"]


def client_module(
    tmp_path_factory: pytest.TempPathFactory, case: str, package: str
) -> Iterator[ModuleType]:
    """Generate tests/golden/<case>/spec.yaml and import it; undo the import afterwards."""
    out = tmp_path_factory.mktemp(case)
    generate_into(GOLDEN / case / "spec.yaml", out)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def golden_package(case: str, tmp: Path) -> Path:
    """A golden case's expected Python tree, whole (its runtime modules are pinned once for every
    case: tests/golden_trees.py), written under ``tmp``: for mypy to read."""
    from tests.golden_trees import expected_tree, write_tree

    return write_tree(expected_tree(case, "python"), tmp / f"golden-{case}")


def spec_module(
    tmp_path_factory: pytest.TempPathFactory, spec: dict[str, Any], package: str
) -> Iterator[ModuleType]:
    """Generate a spec given as data (JSON) into package `package` and import it; undo the
    import afterwards."""
    import json

    root = tmp_path_factory.mktemp(package)
    (root / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    generate_into(root / "spec.json", root / "out", package_name=package)
    sys.path.insert(0, str(root / "out"))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(root / "out"))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def call(
    pkg: ModuleType, prefix: str, mode: str, fn: Callable[[Any], Any], **client_args: Any
) -> Any:
    """Run ``fn(client)`` with the sync client, or await it with the async one."""
    if mode == "sync":
        with getattr(pkg, prefix + "Client")(**client_args) as client:
            return fn(client)

    async def main() -> Any:
        async with getattr(pkg, "Async" + prefix + "Client")(**client_args) as client:
            return await fn(client)

    return asyncio.run(main())


def raw_target(request: Any) -> str:
    """The request target exactly as sent (path and query, undecoded)."""
    environ = request.environ
    return str(environ.get("RAW_URI") or environ.get("REQUEST_URI"))


def mypy_strict(package_dir: Path, code: str, tmp: Path) -> str:
    """mypy --strict over a user's snippet importing a generated package; its report ('' = clean)."""
    import os
    import subprocess
    import textwrap

    (tmp / "snippet.py").write_text(textwrap.dedent(code), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPY")}
    env["MYPYPATH"] = str(package_dir)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--hide-error-context",
            "--cache-dir",
            str(tmp / ".mypy_cache"),
            "snippet.py",
        ],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return proc.stdout + proc.stderr
