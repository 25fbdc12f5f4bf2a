"""Output is byte-for-byte identical across runs, hash seeds and working directories."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from generator.output import LOCK_NAME
from tests.conftest import ROOT, VAPI_SPEC

_PROGRAM = """
import hashlib, json, sys
from generator import pipeline
tree = pipeline.render(sys.argv[1], "python").tree
print(json.dumps({k: hashlib.sha256(v.encode()).hexdigest() for k, v in sorted(tree.items())}))
"""


def _tree_hashes(cwd: Path, seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(VAPI_SPEC)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def test_same_bytes_across_hash_seeds_and_working_directories(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 20\nindent-width = 8\n")
    (tmp_path / "ruff.toml").write_text("line-length = 30\n[format]\nquote-style = 'single'\n")
    runs = [_tree_hashes(ROOT, "0"), _tree_hashes(tmp_path, "1"), _tree_hashes(tmp_path, "12345")]
    assert runs[0] == runs[1] == runs[2]


def test_committed_tree_matches_a_fresh_render() -> None:
    """The committed generated/python is exactly what this machine renders now."""
    hashes = _tree_hashes(ROOT, "random")
    committed = ROOT / "generated" / "python"
    for rel, digest in hashes.items():
        if rel == LOCK_NAME:  # it also records the run (folders made, inputs): `check` compares it
            continue
        assert hashlib.sha256((committed / rel).read_bytes()).hexdigest() == digest, rel
