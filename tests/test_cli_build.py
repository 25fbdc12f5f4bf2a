"""The CLI as a build step: several targets, summaries, --quiet, --verbose, --version, warnings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import run
from tests.conftest import ROOT, cli
from tests.test_cli import SMALL_SPEC


def make_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    (repo / "api" / "tiny.yaml").write_text(SMALL_SPEC, encoding="utf-8")
    (repo / "api" / "other.yaml").write_text(
        SMALL_SPEC.replace("Tiny Things API", "Other Things API"), encoding="utf-8"
    )
    (repo / "pyproject.toml").write_text(
        "[tool.clientgen]\n"
        '[[tool.clientgen.targets]]\nspec = "api/tiny.yaml"\nout = "sdk/tiny"\n'
        '[[tool.clientgen.targets]]\nspec = "api/other.yaml"\nout = "sdk/other"\n'
        '[[tool.clientgen.targets]]\nspec = "api/tiny.yaml"\nlang = "typescript"\n'
        'out = "sdk/tiny-ts"\n',
        encoding="utf-8",
    )
    return repo


def test_several_targets_in_order_with_one_line_each(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    proc = cli("generate", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "python sdk/tiny",
        "python sdk/other",
        "typescript sdk/tiny-ts",
    ]
    assert all(" files, " in line and " changed (" in line for line in lines), lines
    assert (repo / "sdk" / "other" / "other_things" / "client.py").is_file()
    assert (repo / "sdk" / "tiny-ts" / "package.json").is_file()
    # one target changes: it alone is rebuilt; the others are up to date
    spec = repo / "api" / "other.yaml"
    spec.write_text(spec.read_text().replace("displayName", "nickName"), encoding="utf-8")
    proc = cli("generate", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "up to date" in lines[0] and "up to date" in lines[2]
    assert re.match(r"python sdk/other: \d+ files, 1 changed \(", lines[1]), lines[1]
    # both change: rebuilt side by side (worker processes), reported in the configured order
    for name in ("tiny.yaml", "other.yaml"):
        spec = repo / "api" / name
        spec.write_text(spec.read_text() + "# touched\n", encoding="utf-8")
    proc = cli("check", cwd=repo)
    assert proc.returncode == 1
    proc = cli("generate", "--verbose", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    if (os.cpu_count() or 1) >= 2:
        assert "3 targets in 2 worker processes" in proc.stderr, proc.stderr
    summaries = [line for line in proc.stdout.splitlines() if not line.startswith("  ")]
    assert [line.split(":")[0] for line in summaries] == [
        "python sdk/tiny",
        "python sdk/other",
        "typescript sdk/tiny-ts",
    ]
    proc = cli("check", cwd=repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("up to date") == 3


def test_a_failing_target_does_not_hide_the_others(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "api" / "other.yaml").write_text("openapi: [", encoding="utf-8")
    proc = cli("generate", cwd=repo)
    assert proc.returncode == 2
    assert "other.yaml" in proc.stderr and "Traceback" not in proc.stderr
    assert (repo / "sdk" / "tiny" / "tiny_things" / "client.py").is_file()
    assert not (repo / "sdk" / "other").exists()


def test_quiet_verbose_and_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["generate", str(spec), "--out", str(out), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert run(["check", str(spec), "--out", str(out), "-q"]) == 0
    assert capsys.readouterr().out == ""
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    assert run(["generate", str(spec), "--out", str(out), "--verbose"]) == 0
    captured = capsys.readouterr()
    for stage in ("load", "ir", "render", "format", "write"):
        assert f" {stage} " in captured.err, captured.err
    assert "changed: tiny_things/_models/thing.py" in captured.out
    with pytest.raises(SystemExit) as exc:
        run(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == "clientgen 0.1.0"


def test_hundreds_of_warnings_are_grouped_by_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    props = "".join(f"        s{i}: {{type: string, format: frob{i}}}\n" for i in range(200))
    props += "".join(f"        n{i}: {{type: integer, format: wide{i}}}\n" for i in range(40))
    spec = tmp_path / "many.yaml"
    spec.write_text(
        SMALL_SPEC.replace("        displayName: {type: string}\n", props), encoding="utf-8"
    )
    assert run(["validate", str(spec)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) <= 5, err
    assert any("[200 like this]" in line for line in err)
    assert any("[40 like this]" in line for line in err)
    assert "240 warnings of 2 kinds" in err[-1]
    assert run(["validate", str(spec), "--verbose"]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 240


def test_a_status_line_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(tmp_path / "a")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=slave,
        check=False,
        timeout=300,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    tty = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "\r" in tty and "python a: render..." in tty and "format..." in tty
    assert tty.endswith("\r\x1b[2K")  # the line is cleared before the summary is printed
    piped = cli("generate", str(spec), "--out", str(tmp_path / "b"), cwd=tmp_path)
    assert piped.returncode == 0 and piped.stderr == ""
