"""`clientgen generate --plugin CMD`: the IR goes to a command, its {path: contents} are written
through the normal output stage; failures are clear, exit 2, nothing written."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import cli, pipeline
from tests.conftest import ROOT

SPEC = ROOT / "tests" / "golden" / "enums" / "spec.yaml"
PLUGIN = ROOT / "tests" / "plugins" / "markdown_summary.py"


def _cmd(*argv: str) -> str:
    return shlex.join([sys.executable, *argv])


def test_plugin_writes_its_files_with_a_lock_and_check_sees_them(
    tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "out"
    plugin = _cmd(str(PLUGIN), "--title-prefix", "The API:")
    args = ["generate", str(SPEC), "--plugin", plugin, "--out", str(out), "--client-name", "Acme"]
    assert cli.run(args) == 0
    summary = (out / "API.md").read_text()
    assert summary.startswith("# The API: Enum API\n")
    assert '"client-name": "Acme"' in summary  # options reach the plugin
    assert "| tasks | setTaskStatus | PUT | `/tasks/{taskId}/status/{status}` |" in summary
    assert (
        "- `GET /tasks`: order (query), status (query), priority (query), level (query)"
        in (out / "resources" / "tasks.md").read_text()
    )
    lock = json.loads((out / "clientgen.lock.json").read_text())
    assert lock["language"] == "plugin" and lock["plugin"] == plugin
    assert sorted(lock["files"]) == ["API.md", "resources/tasks.md"]
    capsys.readouterr()
    assert cli.run(["check", *args[1:]]) == 0
    (out / "API.md").write_text("edited\n")
    assert cli.run(["check", *args[1:]]) == 1
    assert "+# The API: Enum API" in capsys.readouterr().out


def test_plugin_gets_exactly_the_ir(tmp_path: Path) -> None:
    echo = "import sys, json; print(json.dumps({'ir.json': sys.stdin.read()}))"
    result = pipeline.render(str(SPEC), "python", plugin=_cmd("-c", echo))
    api, _ = pipeline.build_ir(str(SPEC))
    assert result.tree["ir.json"] == api.to_json()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import sys; sys.stderr.write('boom: no templates'); sys.exit(4)", "exit code 4:\nboom"),
        ("print('not json')", "its output is not JSON (line 1, column 1"),
        ("print('[1, 2]')", "expected one JSON object {path: contents}, got list"),
        ("print('{\"a.txt\": 3}')", "the contents of 'a.txt' must be a string, not int"),
        ('print(\'{"../escape.txt": "x"}\')', "refusing to write '../escape.txt'"),
        ('print(\'{"/etc/x": "x"}\')', "refusing to write '/etc/x'"),
        ('print(\'{"clientgen.lock.json": "x"}\')', "clientgen.lock.json is clientgen's own"),
        ("print('{}')", "returned no files"),
    ],
)
def test_plugin_failures_are_clear(tmp_path: Path, capsys: Any, code: str, expected: str) -> None:
    out = tmp_path / "out"
    assert cli.run(["generate", str(SPEC), "--plugin", _cmd("-c", code), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert expected in err, err
    assert "Traceback" not in err
    assert not out.exists()


def test_plugin_command_not_found_and_unsplittable(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "out"
    missing = str(tmp_path / "no-such-plugin")
    assert cli.run(["generate", str(SPEC), "--plugin", missing, "--out", str(out)]) == 2
    assert "command not found" in capsys.readouterr().err
    assert cli.run(["generate", str(SPEC), "--plugin", "'unclosed", "--out", str(out)]) == 2
    assert "cannot split the command" in capsys.readouterr().err
    assert not out.exists()


def test_plugin_is_never_run_through_a_shell(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    code = "import sys, json; print(json.dumps({'argv.json': json.dumps(sys.argv[1:])}))"
    result = pipeline.render(
        str(SPEC), "python", plugin=_cmd("-c", code) + f" '; touch {marker}' '$(id)'"
    )
    assert json.loads(result.tree["argv.json"]) == [f"; touch {marker}", "$(id)"]
    assert not marker.exists()
