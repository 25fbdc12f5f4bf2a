"""The lock's input hash: no-op runs load no heavy stage; edits, gaps and extras are noticed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import output
from generator.cli import run
from generator.output import LOCK_NAME
from tests.conftest import ROOT
from tests.test_cli import SMALL_SPEC

HEAVY = ("jinja2", "datamodel_code_generator", "pydantic", "ruff", "yaml")

# runs the CLI in a fresh interpreter, then prints which heavy modules it had loaded
_PROBE = """
import json, sys
from generator.cli import run
code = run(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(__HEAVY__))
print("HEAVY=" + json.dumps(heavy))
sys.exit(code)
""".replace("__HEAVY__", repr(HEAVY))


def probe(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    line = [x for x in proc.stdout.splitlines() if x.startswith("HEAVY=")]
    assert line, proc.stdout + proc.stderr
    return proc, json.loads(line[0][len("HEAVY=") :])


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return spec, out


def test_a_no_op_run_loads_no_heavy_stage(built: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = built
    lock = output.read_lock(out)
    assert set(lock["inputs"]) >= {"sha256", "spec", "templates", "clientgen", "tools", "options"}
    assert set(lock["inputs"]["tools"]) >= {"datamodel-code-generator", "ruff"}
    for command in ("generate", "check"):
        proc, heavy = probe(command, str(spec), "--out", str(out), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "up to date" in proc.stdout
        assert heavy == [], f"{command} loaded {heavy}"
    # the probe itself can see heavy modules: a real run loads them
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    proc, heavy = probe("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1
    assert {"jinja2", "yaml", "ruff"} <= set(heavy)
    # (the models are made in a worker process by default; in this one without it)
    os.environ["CLIENTGEN_MODELS_WORKER"] = "0"
    try:
        proc, heavy = probe("check", str(spec), "--out", str(out), cwd=tmp_path)
    finally:
        del os.environ["CLIENTGEN_MODELS_WORKER"]
    assert {"jinja2", "datamodel_code_generator"} <= set(heavy)


@pytest.mark.parametrize("damage", ["edit", "delete", "extra"])
def test_an_edited_missing_or_extra_file_is_noticed_named_and_repaired(
    built: tuple[Path, Path], tmp_path: Path, damage: str
) -> None:
    spec, out = built
    target = out / "tiny_things" / "errors.py"
    good = target.read_bytes()
    name = "tiny_things/errors.py"
    if damage == "edit":
        target.write_text("# edited\n", encoding="utf-8")
        expect = f"changed: {name}"
    elif damage == "delete":
        target.unlink()
        expect = f"missing: {name}"
    else:  # the lock lists a file clientgen does not emit (a forged or stale lock)
        name = "tiny_things/old.py"
        (out / name).write_text("OLD = 1\n", encoding="utf-8")
        lock = json.loads((out / LOCK_NAME).read_text())
        lock["files"][name] = output.sha256(b"OLD = 1\n")
        (out / LOCK_NAME).write_text(json.dumps(lock), encoding="utf-8")
        expect = f"no longer generated: {name}"
    proc, _ = probe("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1
    assert expect.replace(": ", ": out/") in proc.stderr
    proc, _ = probe("generate", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes() == good
    assert not (out / "tiny_things" / "old.py").exists()
    proc, heavy = probe("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0 and heavy == []


def test_changed_inputs_are_noticed(built: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = built
    before = output.read_lock(out)["inputs"]["sha256"]
    # an option
    assert run(["check", str(spec), "--out", str(out), "--client-name", "Other"]) == 1
    assert run(["generate", str(spec), "--out", str(out), "--client-name", "Other"]) == 0
    assert "class OtherClient" in (out / "tiny_things" / "client.py").read_text()
    assert output.read_lock(out)["inputs"]["sha256"] != before
    # the spec's bytes, even when the output does not change (a comment): the lock is refreshed
    spec.write_text(SMALL_SPEC + "# a comment\n", encoding="utf-8")
    assert run(["check", str(spec), "--out", str(out), "--client-name", "Other"]) == 1
    assert run(["generate", str(spec), "--out", str(out), "--client-name", "Other"]) == 0
    proc, heavy = probe(
        "check", str(spec), "--out", str(out), "--client-name", "Other", cwd=tmp_path
    )
    assert proc.returncode == 0 and heavy == []


def test_warnings_are_remembered_and_strict_still_fails(tmp_path: Path) -> None:
    spec = tmp_path / "quirky.yaml"
    spec.write_text(
        SMALL_SPEC.replace(
            "displayName: {type: string}", "displayName: {type: string, format: frob}"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    proc, heavy = probe("generate", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0 and heavy == []
    assert "1 warnings" in proc.stdout
    proc, _ = probe("generate", str(spec), "--out", str(out), "--strict", cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown format 'frob'" in proc.stderr
    proc, _ = probe("check", str(spec), "--out", str(out), "--verbose", cwd=tmp_path)
    assert proc.returncode == 0 and "unknown format 'frob'" in proc.stderr


def test_a_cold_generate_builds_no_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")

    def no_diff(*args: object, **kwargs: object) -> None:
        raise AssertionError("generate built a diff")

    monkeypatch.setattr(output.difflib, "unified_diff", no_diff)
    assert run(["generate", str(spec), "--out", str(tmp_path / "out")]) == 0
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    assert run(["generate", str(spec), "--out", str(tmp_path / "out")]) == 0
