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
from tests.conftest import ROOT, VAPI_SPEC


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
real_fsync = os.fsync
def slow_fsync(fd):
    time.sleep(0.2)
    real_fsync(fd)
os.fsync = slow_fsync
from generator.cli import run
sys.exit(run(sys.argv[1:]))
"""


def test_killed_mid_write_leaves_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tree = {"a.txt": "old a\n", "pkg/b.py": "B = 1\n"}
    output.write(tree, out)
    (out / output.LOCK_NAME).write_text(output.lock_text(tree, {}), encoding="utf-8")
    (out / "mine.txt").write_text("user file\n", encoding="utf-8")
    before = snapshot(out)

    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _SLOW_GENERATE,
            "generate",
            str(VAPI_SPEC),
            "--out",
            str(out),
            "--force",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        staging: list[Path] = []
        while time.monotonic() < deadline:  # wait until the staging folder holds some files
            staging = [p for p in tmp_path.iterdir() if p.name.startswith(".out.new-")]
            if staging and any(p.is_file() for p in staging[0].rglob("*.py")):
                break
            assert proc.poll() is None, "generate finished before it could be interrupted"
            time.sleep(0.02)
        assert staging, "no staging folder appeared"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(out) == before  # nothing of the half-written run is visible

    # the next run cleans up the leftovers and swaps in the full tree, keeping the user's file
    assert (
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(VAPI_SPEC),
                "--out",
                str(out),
                "--force",
            ],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert (out / "mine.txt").read_text() == "user file\n"
    assert (out / "vapi_phone_numbers" / "client.py").is_file()
    assert not (out / "a.txt").exists()  # owned by the old lock and no longer emitted


def test_ctrl_c_mid_write_leaves_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    output.write({"keep.txt": "v1\n"}, out)
    before = snapshot(out)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _SLOW_GENERATE,
            "generate",
            str(VAPI_SPEC),
            "--out",
            str(out),
            "--force",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if [p for p in tmp_path.iterdir() if p.name.startswith(".out.new-")]:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "unchanged" in err
    assert snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.new-")]


def test_recovers_from_a_swap_interrupted_between_renames(tmp_path: Path) -> None:
    out = tmp_path / "out"
    output.write(with_lock({"x.txt": "1\n"}), out)
    old = tmp_path / ".out.old-999"
    os.rename(out, old)  # as if killed after moving the old tree aside, before the new one arrived
    output.write(with_lock({"x.txt": "2\n"}), out)
    assert (out / "x.txt").read_text() == "2\n"
    assert not old.exists()


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
    output.write({**tree, output.LOCK_NAME: output.lock_text(tree, {})}, out)
    new = {"a.txt": "1 changed\n", "c.txt": "3\n"}
    drift = output.compare({**new, output.LOCK_NAME: output.lock_text(new, {})}, out)
    assert drift.changed == ["a.txt", output.LOCK_NAME]
    assert drift.added == ["c.txt"]
    assert drift.removed == ["b.txt"]
    assert "-1\n+1 changed" in drift.diff
    assert "--- a/b.txt" in drift.diff
