"""The emitted project is a real, pip-installable package (wheel with py.typed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import GENERATED


def test_generated_project_builds_a_wheel_and_installs(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    project = tmp_path / "project"  # build from a copy: an in-tree build would litter generated/
    shutil.copytree(GENERATED / "python", project)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(wheels),
            str(project),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = wheels.glob("vapi_phone_numbers-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "vapi_phone_numbers/__init__.py",
        "vapi_phone_numbers/py.typed",
        "vapi_phone_numbers/models.py",
        "vapi_phone_numbers/_models/phone_number.py",
        "vapi_phone_numbers/resources/phone_numbers.py",
    ):
        assert required in names
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import vapi_phone_numbers as v; c = v.VapiClient(token='t'); "
            "print(v.__version__, type(c.phone_numbers).__name__, v.__file__)",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    assert probe.returncode == 0, probe.stderr
    version, resource, location = probe.stdout.split()
    assert version == "1.0.0" and resource == "PhoneNumbers"
    assert location.startswith(str(target))
