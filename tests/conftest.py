"""Shared fixtures: project paths, the real-world corpus, and generating + importing a client."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator import output, pipeline

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
VAPI_SPEC = SPECS / "vapi-phone-numbers.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def _template_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled templates go to a folder of the test session (and the CLI subprocesses it
    starts), never to the user's cache: the suite makes many throwaway template sets."""
    import os

    # the models cache is off: tests that count, break or watch datamodel-code-generator's
    # calls need them made (tests/test_models_cache.py turns it on)
    saved = {k: os.environ.get(k) for k in ("CLIENTGEN_CACHE_DIR", "CLIENTGEN_MODELS_CACHE")}
    os.environ["CLIENTGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("clientgen-cache"))
    os.environ["CLIENTGEN_MODELS_CACHE"] = "0"
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture
def corpus() -> Path:
    """The read-only real-world specs beside the project; skip when the folder is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus folder {CORPUS} is missing")
    return CORPUS


def cli(
    *args: str, cwd: Path | None = None, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in a separate process, as a user (or CI) runs it: this
    checkout's generator (``env`` adds variables), its output decoded as UTF-8 text."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=timeout,
    )


def emitted_files(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` but the lock (whose inputs name this checkout), by relative path."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "clientgen.lock.json"
    }


def generate_into(spec: Path | str, out: Path, **options: str) -> dict[str, str]:
    """Run the whole pipeline for the python target into ``out``; return the tree."""
    result = pipeline.render(
        str(spec), "python", {k.replace("_", "-"): v for k, v in options.items()}
    )
    output.write(result.tree, out)
    return result.tree


@pytest.fixture
def import_generated() -> Iterator[object]:
    """Import a generated package from a folder; undoes sys.path/sys.modules changes afterwards."""
    added: list[str] = []
    packages: list[str] = []

    def _import(project_dir: Path, package: str) -> ModuleType:
        sys.path.insert(0, str(project_dir))
        added.append(str(project_dir))
        packages.append(package)
        importlib.invalidate_caches()
        return importlib.import_module(package)

    yield _import
    for p in added:
        if p in sys.path:
            sys.path.remove(p)
    for package in packages:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def vapi() -> ModuleType:
    """The committed, generated Vapi client (generated/python), imported."""
    path = str(GENERATED / "python")
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module("vapi_phone_numbers")
