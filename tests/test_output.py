"""The output stage: atomic replacement, interruption, recovery, path safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import output
from tests.conftest import ROOT, VAPI_SPEC, cli


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def with_lock(tree: dict[str, str]) -> dict[str, str]:
    return {**tree, output.LOCK_NAME: output.lock_text(tree, {})}


# A generate run whose every file write is slowed down, so it can be killed mid-write.
_SLOW_GENERATE = """
import os, sys, time
real_fsync, real_replace = os.fsync, os.replace
def slow_fsync(fd):
    time.sleep(0.2)
    real_fsync(fd)
def slow_replace(src, dst):  # each file lands by a rename (fsynced once at the end on POSIX)
    time.sleep(0.2)
    real_replace(src, dst)
os.fsync, os.replace = slow_fsync, slow_replace
from generator.cli import run
sys.exit(run(sys.argv[1:]))
"""


def _new_files(folder: Path, before: dict[str, bytes]) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).as_posix() not in before
    ]


def test_killed_mid_write_is_detected_and_repaired_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tree = {"a.txt": "old a\n", "pkg/b.py": "B = 1\n"}
    output.write(with_lock(tree), out)
    (out / "mine.txt").write_text("user file\n", encoding="utf-8")
    before = snapshot(out)

    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_GENERATE, "generate", str(VAPI_SPEC), "--out", str(out)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until some new files are in place
            if len([p for p in _new_files(out, before) if p.suffix == ".py"]) >= 2:
                break
            assert proc.poll() is None, "generate finished before it could be interrupted"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (out / "mine.txt").read_text() == "user file\n"  # never touched
    assert snapshot(out) != before  # the killed run got half way

    # the half-written folder is seen as stale (the lock's hashes disagree), and named
    stale = cli("check", str(VAPI_SPEC), "--out", str(out), cwd=tmp_path)
    assert stale.returncode == 1, stale.stderr
    # the next run repairs it: every file current, the old owned file gone, the user's kept
    assert cli("generate", str(VAPI_SPEC), "--out", str(out), cwd=tmp_path).returncode == 0
    assert cli("check", str(VAPI_SPEC), "--out", str(out), cwd=tmp_path).returncode == 0
    assert (out / "mine.txt").read_text() == "user file\n"
    assert (out / "vapi_phone_numbers" / "client.py").is_file()
    assert not (out / "a.txt").exists()  # owned by the old lock and no longer emitted
    assert not (out / "pkg").exists()  # a folder clientgen made, left empty
    assert not [p for p in out.rglob(".clientgen-*")]  # no temporary file left over
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_ctrl_c_mid_write_leaves_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    output.write({"keep.txt": "v1\n", "old/gone.txt": "x\n"}, out)
    (out / "mine.txt").write_text("user file\n", encoding="utf-8")
    before = snapshot(out)
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_GENERATE, "generate", str(VAPI_SPEC), "--out", str(out)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the run has begun writing files
        if len([p for p in _new_files(out, before) if p.suffix == ".py"]) >= 2:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "unchanged" in err
    assert snapshot(out) == before
    assert not [p for p in out.rglob(".clientgen-*")]
    assert not (out / "vapi_phone_numbers").exists()  # the folders it made are gone again


def test_a_leftover_temporary_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    output.write(with_lock({"x.txt": "1\n"}), out)
    leftover = output._tmp_name(out / "x.txt")
    leftover.write_text("half", encoding="utf-8")  # as if killed between write and rename
    output.write(with_lock({"x.txt": "2\n"}), out)
    assert (out / "x.txt").read_text() == "2\n"
    assert not leftover.exists()


@pytest.mark.parametrize(
    "bad", ["../evil.py", "/etc/passwd", "a/../../b", "", ".", "..\\x", "~/x", "a/\x00b"]
)
def test_paths_outside_the_output_folder_are_refused(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(output.OutputError):
        output.write({bad: "x"}, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_compare_reports_added_changed_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tree = {"a.txt": "1\n", "b.txt": "2\n"}
    output.write(with_lock(tree), out)
    new = {"a.txt": "1 changed\n", "c.txt": "3\n"}
    drift = output.compare(with_lock(new), out)
    assert drift.changed == ["a.txt", output.LOCK_NAME]
    assert drift.added == ["c.txt"]
    assert drift.removed == ["b.txt"]
    assert "-1\n+1 changed" in drift.diff
    assert "--- a/b.txt" in drift.diff
