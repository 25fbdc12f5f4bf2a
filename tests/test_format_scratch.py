"""The format stage's scratch copies: in /dev/shm when there is one with room (and TMPDIR does
not say otherwise), elsewhere the usual temporary folder; the formatted bytes are the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import format as fmt

TREE = {
    "pkg/__init__.py": "from .a import   x\n__all__=['x']\n",
    "pkg/a.py": "import os\nfrom typing import Optional\nx : Optional[int]=1\n",
    "README.md": "not python   \n",
}


def test_the_same_bytes_wherever_the_copies_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    anywhere = fmt.format_tree(TREE)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert fmt.scratch_dir(100) is None  # TMPDIR names the place
    assert fmt.format_tree(TREE) == anywhere
    assert anywhere["pkg/a.py"] == "x: int | None = 1\n"  # formatted, fixed, unused import gone
    assert anywhere["README.md"] == TREE["README.md"]
    assert list(tmp_path.iterdir()) == []  # nothing left behind


@pytest.mark.skipif(not os.access("/dev/shm", os.W_OK), reason="no writable /dev/shm")
def test_shm_only_with_room_to_spare(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    assert fmt.scratch_dir(100) == "/dev/shm"
    assert fmt.scratch_dir(1 << 50) is None  # far more than any /dev/shm holds


def test_ruff_is_found_from_several_threads_at_once() -> None:
    """The format stage asks for ruff from two threads; finding it asks sysconfig, whose first use
    is not thread-safe (a thread saw "ruff" + None). Fresh processes, as the command is one."""
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from generator import format as fmt\n"
        "found = []\n"
        "threads = [threading.Thread(target=lambda: found.append(fmt.ruff_binary())) for _ in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(len(found), len(set(found)))\n"
    )
    for _ in range(6):
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
        assert proc.stdout.split() == ["8", "1"], proc.stderr
