"""The command as a build step starts it: a fresh process each time (``python -m generator``).

Its start-up is arranged for speed (the models process begins before the heavy imports; the
process ends without the interpreter's teardown): what it prints and its exit codes must not
suffer from either."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import cli
from tests.test_cli import SMALL_SPEC


def test_output_and_exit_codes_survive_the_quick_exit(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    out = tmp_path / "out"
    cold = cli("generate", str(spec), "--out", str(out), "--verbose", cwd=tmp_path)
    assert cold.returncode == 0, cold.stderr
    # everything printed to pipes arrives: the per-file lines, the summary, the stage times
    summary = re.search(r"(\d+) files, (\d+) changed", cold.stdout)
    assert summary is not None, cold.stdout
    # every file's line arrives, the last one too
    added = [line for line in cold.stdout.splitlines() if line.startswith("  added: ")]
    assert len(added) == int(summary.group(2)) and "  added: tiny_things/client.py" in added
    assert cold.stdout.endswith(added[-1] + "\n")
    assert "write" in cold.stderr.splitlines()[-1]
    again = cli("generate", str(spec), "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0 and "up to date" in again.stdout
    (out / "tiny_things" / "errors.py").write_text("# edited\n", encoding="utf-8")
    stale = cli("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert stale.returncode == 1  # the code still reaches the caller
    assert "changed: out/tiny_things/errors.py" in stale.stderr
    assert "@@" in stale.stdout  # the diff, flushed before the exit
    bad = cli("generate", str(tmp_path / "missing.yaml"), "--out", str(out), cwd=tmp_path)
    assert bad.returncode == 2 and "missing.yaml" in bad.stderr
