"""A non-editable install (a wheel of clientgen in a fresh venv), run from another folder, ships
its built-in template sets, the IR schema and the conformance kit, and generates every built-in
language. Offline: the wheel is built without isolation, the venv borrows this venv's
dependencies through a path file and installs only the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import GENERATED, ROOT, VAPI_SPEC


def _run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, f"{argv}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


def test_wheel_install_generates_every_builtin_language(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    wheels = tmp_path / "wheels"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("clientgen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "generator/_templates/python/manifest.yaml",
        "generator/_templates/python/resource.py.j2",
        "generator/_templates/python/conformance/driver.py",
        "generator/_templates/typescript/manifest.yaml",
        "generator/ir/ir.schema.json",
        "generator/ir/CHANGELOG.md",
        "generator/conformance/README.md",
        "generator/conformance/cases/basics/spec.yaml",
        "generator/conformance/cases/basics/scenarios.json",
    ):
        assert required in names, required

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=tmp_path,
        ).strip()
    )
    # dependencies come from this venv (a plain path entry: its .pth files, such as the editable
    # clientgen's, are not processed), clientgen itself only from the wheel
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-deps",
            "--quiet",
            "--target",
            str(site),
            str(wheel),
        ],
        cwd=tmp_path,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = _run([str(python), "-c", "import generator; print(generator.__file__)"], elsewhere, env)
    assert where.startswith(str(site)), where

    cg = [str(python), "-m", "generator"]
    listed = _run([*cg, "templates", "list"], elsewhere, env).splitlines()
    languages = [line.split("\t")[0] for line in listed]
    assert {"python", "typescript"} <= set(languages)
    assert all(str(site) in line for line in listed), listed
    for lang in languages:
        out = elsewhere / f"out-{lang}"
        _run([*cg, "generate", str(VAPI_SPEC), "--lang", lang, "--out", str(out)], elsewhere, env)
        lock = json.loads((out / "clientgen.lock.json").read_text())
        assert lock["language"] == lang and len(lock["files"]) >= 3
        _run([*cg, "check", str(VAPI_SPEC), "--lang", lang, "--out", str(out)], elsewhere, env)
    client = Path("vapi_phone_numbers") / "client.py"
    assert (elsewhere / "out-python" / client).read_text() == (
        GENERATED / "python" / client
    ).read_text()
    index = Path("src") / "index.ts"
    if (GENERATED / "typescript" / index).is_file():
        assert (elsewhere / "out-typescript" / index).read_text() == (
            GENERATED / "typescript" / index
        ).read_text()

    schema = json.loads(_run([*cg, "ir", "--schema"], elsewhere, env))
    assert schema["$id"].startswith("urn:clientgen:ir:")
    _run([*cg, "templates", "eject", "python", str(elsewhere / "mine")], elsewhere, env)
    assert (elsewhere / "mine" / "conformance" / "driver.py").is_file()
    report = _run([*cg, "conformance", "--lang", "python", "--case", "basics"], elsewhere, env)
    assert report.strip().endswith("scenarios passed in 1 cases"), report
