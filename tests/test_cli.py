"""The command line as a user runs it: exit codes, check/diff, ownership of files, config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import run
from generator.output import LOCK_NAME
from tests.conftest import ROOT, VAPI_SPEC, cli

SMALL_SPEC = """\
openapi: 3.1.0
info: {title: Tiny Things API, version: "2.0.1"}
servers: [{url: "http://localhost:9"}]
paths:
  /things/{thingId}:
    get:
      operationId: getThing
      tags: [things]
      parameters:
        - {name: thingId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The thing.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        displayName: {type: string}
"""


@pytest.fixture
def small_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    return spec


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_generate_then_check_is_clean(small_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    assert (out / "tiny_things" / "client.py").is_file()
    assert "class TinyThingsClient" in (out / "tiny_things" / "client.py").read_text()
    assert run(["check", str(small_spec), "--out", str(out)]) == 0


def test_check_reports_drift_with_a_diff_and_never_writes(
    small_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    client = out / "tiny_things" / "client.py"
    client.write_text(client.read_text().replace("TinyThingsClient", "Edited"), encoding="utf-8")
    (out / "tiny_things" / "errors.py").unlink()
    before = snapshot(out)
    capsys.readouterr()
    assert run(["check", str(small_spec), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "--- a/tiny_things/client.py" in captured.out
    assert "+++ b/tiny_things/client.py" in captured.out
    assert "+++ b/tiny_things/errors.py" in captured.out
    assert "-class Edited" in captured.out or "-class Edited:" in captured.out
    assert "stale: 1 changed, 1 missing" in captured.err
    assert snapshot(out) == before  # check never writes


def test_check_sees_a_spec_change(
    small_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    small_spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    capsys.readouterr()
    assert run(["check", str(small_spec), "--out", str(out)]) == 1
    assert "+    nick_name:" in capsys.readouterr().out


def test_regenerate_keeps_foreign_files_and_removes_stale_owned_ones(
    small_spec: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    (out / "NOTES.md").write_text("mine\n", encoding="utf-8")
    (out / "tiny_things" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    # the spec's tag changes, so resources/things.py is no longer emitted
    small_spec.write_text(SMALL_SPEC.replace("tags: [things]", "tags: [widgets]"), encoding="utf-8")
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    assert (out / "NOTES.md").read_text() == "mine\n"
    assert (out / "tiny_things" / "extra.py").read_text() == "X = 1\n"
    assert not (out / "tiny_things" / "resources" / "things.py").exists()
    assert (out / "tiny_things" / "resources" / "widgets.py").is_file()
    assert run(["check", str(small_spec), "--out", str(out)]) == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no staging left over


def test_refuses_to_overwrite_files_it_did_not_write(
    small_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("precious\n", encoding="utf-8")
    assert run(["generate", str(small_spec), "--out", str(out)]) == 2
    assert "did not write" in capsys.readouterr().err
    assert (out / "README.md").read_text() == "precious\n"
    assert run(["generate", str(small_spec), "--out", str(out), "--force"]) == 0
    assert (out / "README.md").read_text() != "precious\n"


def test_bad_input_exits_2_and_leaves_output_untouched(small_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(small_spec), "--out", str(out)]) == 0
    before = snapshot(out)
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL_SPEC.replace("type: string}}", "type: strin}}"), encoding="utf-8")
    proc = cli("generate", str(broken), "--out", str(out))
    assert proc.returncode == 2
    assert "unknown type 'strin'" in proc.stderr
    assert f"{broken}:10:68: error" in proc.stderr  # file:line:column
    assert "Traceback" not in proc.stderr
    assert snapshot(out) == before


def test_usage_errors_exit_2(small_spec: Path, tmp_path: Path) -> None:
    assert run(["generate", str(small_spec)]) == 2  # --out missing
    assert run(["generate", str(small_spec), "--out", str(tmp_path / "o"), "--lang", "cobol"]) == 2
    assert run(["frobnicate"]) == 2
    proc = cli("validate", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 2
    assert "file not found" in proc.stderr and "Traceback" not in proc.stderr


def test_validate_ok_and_ir(small_spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["validate", str(small_spec)]) == 0
    assert "valid" in capsys.readouterr().out
    assert run(["ir", str(small_spec)]) == 0
    ir = capsys.readouterr().out
    assert '"operation_id": "getThing"' in ir
    assert "TinyThingsClient" not in ir  # no target naming in the IR


def test_package_and_client_name_options(small_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        run(
            [
                "generate",
                str(small_spec),
                "--out",
                str(out),
                "--package-name",
                "acme_sdk",
                "--client-name",
                "Acme",
            ]
        )
        == 0
    )
    assert "class AcmeClient" in (out / "acme_sdk" / "client.py").read_text()
    assert "class AsyncAcmeClient" in (out / "acme_sdk" / "client.py").read_text()


def test_project_config_in_another_repo(small_spec: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    shutil.copy(small_spec, repo / "api" / "tiny.yaml")
    (repo / "pyproject.toml").write_text(
        '[tool.clientgen]\n[[tool.clientgen.targets]]\nspec = "api/tiny.yaml"\nout = "sdk"\n'
        'package-name = "tiny_sdk"\n',
        encoding="utf-8",
    )
    proc = cli("check", cwd=repo)
    assert proc.returncode == 1  # nothing generated yet
    assert cli("generate", cwd=repo).returncode == 0
    assert (repo / "sdk" / "tiny_sdk" / "__init__.py").is_file()
    proc = cli("check", cwd=repo / "api")  # config is found from a subfolder too
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_repo_generated_folder_is_up_to_date() -> None:
    """`clientgen check` on this repo's own config: generated/ matches specs/ and templates/."""
    proc = cli("check")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr
    lock = (ROOT / "generated" / "python" / LOCK_NAME).read_text()
    assert VAPI_SPEC.name in lock
