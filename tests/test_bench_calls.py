"""scripts/bench_calls.py still runs: its quick mode finishes and prints a ratio for every case.

Only the output's structure is checked, never a time (speed claims come from the script itself).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CASES = [f"mock {op} {mode}" for op in ("get", "create") for mode in ("sync", "async")]
NUMBER = r"(\d+\.\d+)"


@pytest.mark.parametrize("clock", ["wall", "cpu"])
def test_quick_mode_finishes_and_prints_ratios(clock: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_calls.py"), "--quick",
         "--phase-timeout", "60", "--clock", clock],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "ours/raw" in out and "official SDK" not in out and "loopback" not in out, out
    for case in CASES:
        row = re.search(
            rf"^{case}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}x\s+([+-]\d+\.\d+)$", out, re.MULTILINE
        )
        assert row, f"no row for {case!r} in:\n{out}"
        raw, ours, ratio = (float(row.group(i)) for i in (1, 2, 3))
        assert raw > 0 and ours > 0
        assert abs(ratio - ours / raw) < 0.01 + 0.01 * ratio  # the printed ratio is ours/raw
        assert abs(float(row.group(4)) - (ours - raw)) < 0.2
    summary = re.search(rf"^mock transport, ours/raw: geometric mean {NUMBER}x$", out, re.MULTILINE)
    assert summary, out
    assert re.search(r"load \d+\.\d+, \d+\.\d+, \d+\.\d+", out), out
    assert ("CPU time" in out) == (clock == "cpu"), out


def test_a_stuck_phase_is_stopped_with_its_stack() -> None:
    """The watchdog ends a phase that runs past --phase-timeout, naming where it was."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_calls.py"), "--transports", "mock",
         "--no-sdk", "--calls", "100000000", "--repeats", "1", "--phase-timeout", "10"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr[-3000:]
    assert "phase 'mock sync: raw, ours' ran past 10 s; stacks:" in proc.stderr, proc.stderr[-3000:]
    assert "in _batch" in proc.stderr, proc.stderr[-3000:]
