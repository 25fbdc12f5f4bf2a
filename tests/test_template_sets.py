"""Template sets: built-in discovery, a user's set from outside the repo (no Python code), located
errors for bad manifests, IR-major mismatches and template errors (exit 2, nothing written)."""

from __future__ import annotations

import importlib
import json
import shlex
import shutil
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator import cli, targets
from generator.ir.model import IR_VERSION, ir_major
from generator.targets.generic import Helpers, join_words
from generator.targets.manifest import load
from tests.conftest import ROOT

MINIPY = ROOT / "tests" / "template_sets" / "minipy"
GOLDEN = ROOT / "tests" / "golden"

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://pets.example.com"}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        tag: {type: [string, "null"]}
    Kind:
      type: string
      enum: [cat, dog]
security: [{bearer: []}]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, schema: {type: integer}}
        - {name: class, in: query, schema: {$ref: "#/components/schemas/Kind"}}
        - {name: X-Trace, in: header, schema: {type: string}}
      responses:
        "200":
          description: A pet.
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
        "404": {description: Not found.}
  /pets:
    post:
      operationId: createPet
      tags: [pets]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
      responses:
        "201":
          description: Created.
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "pets.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []

    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "auth": self.headers.get("Authorization"),
                "trace": self.headers.get("X-Trace"),
                "body": json.loads(body) if body else None,
            }
        )
        if self.path.startswith("/pets/404"):
            status, payload = 404, {"message": "no such pet"}
        else:
            status, payload = (201 if self.command == "POST" else 200), {"id": 7, "name": "Rex"}
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _reply

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_builtin_languages_are_discovered_from_manifests() -> None:
    assert "python" in targets.available()
    manifest = targets.load_set("python")
    assert manifest.name == "python" and manifest.ir_major == ir_major()
    assert manifest.module == "generator.targets.python.target"
    assert manifest.start == "generator.targets.python.dmcg_call"


def test_a_bad_start_module_is_located(tmp_path: Path, spec: Path, capsys: Any) -> None:
    manifest = (
        "name: mini\nir: 1\nstart: not a module\nfiles:\n  - {template: client.py.j2, path: x.py}\n"
    )
    root = _broken_set(tmp_path, manifest)
    m = str(root / "manifest.yaml")
    _run_fails(capsys, spec, tmp_path, root, f"{m}:3: error: 'start'", "1 problem;")


def test_a_set_whose_start_module_is_missing_fails_cleanly(
    tmp_path: Path, spec: Path, capsys: Any
) -> None:
    manifest = (
        "name: mini\nir: 1\nstart: no_such_start_module\n"
        "files:\n  - {template: client.py.j2, path: x.py}\n"
    )
    root = _broken_set(tmp_path, manifest)
    _run_fails(
        capsys, spec, tmp_path, root, "start module 'no_such_start_module' cannot be imported"
    )


def test_a_user_template_set_outside_the_repo_generates_a_working_client(
    tmp_path: Path, spec: Path, server: tuple[str, list[dict[str, Any]]], monkeypatch: Any
) -> None:
    # a copy far from the repository's templates, run from another folder
    user_set = tmp_path / "elsewhere" / "minipy"
    shutil.copytree(MINIPY, user_set)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    code = cli.run(
        [
            "generate",
            str(spec),
            "--templates",
            str(user_set),
            "--out",
            str(out),
            "--package-name",
            "pets_mini",
        ]
    )
    assert code == 0
    assert (out / "docs" / "pets.md").read_text().count("`GET /pets/{petId}`") == 1
    types = (out / "pets_mini" / "types.py").read_text()
    assert "Kind = Literal['cat', 'dog']" in types
    lock = json.loads((out / "clientgen.lock.json").read_text())
    assert lock["language"] == "minipy"

    url, seen = server
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module("pets_mini")
        client = module.Client(base_url=url, token="s3cret")
        # `class` is reserved by the manifest: the parameter is escaped to `class_`
        pet = client.pets_get(7, class_="dog", x_trace="t-1")
        assert pet == {"id": 7, "name": "Rex"}
        created = client.pets_create({"id": 7, "name": "Rex"})
        assert created["name"] == "Rex"
        with pytest.raises(module.ApiError) as err:
            client.pets_get(404)
        assert err.value.status == 404 and err.value.body == {"message": "no such pet"}
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "pets_mini"]:
            del sys.modules[name]
    assert seen[0] == {
        "method": "GET",
        "path": "/pets/7?class=dog",
        "auth": "Bearer s3cret",
        "trace": "t-1",
        "body": None,
    }
    assert seen[1]["method"] == "POST" and seen[1]["body"] == {"id": 7, "name": "Rex"}


def test_templates_receive_the_serialised_ir(tmp_path: Path, spec: Path) -> None:
    user_set = tmp_path / "irdump"
    user_set.mkdir()
    (user_set / "manifest.yaml").write_text(
        "name: irdump\nir: 1\nfiles:\n  - {template: ir.json.j2, path: ir.json}\n"
        "  - {template: op.txt.j2, path: 'ops/{{ operation.operation_id }}.txt', each: operation}\n"
    )
    (user_set / "ir.json.j2").write_text("{{ ir | tojson }}")
    (user_set / "op.txt.j2").write_text("{{ operation.method }} {{ operation.resource }}\n")
    out = tmp_path / "out"
    assert cli.run(["generate", str(spec), "--templates", str(user_set), "--out", str(out)]) == 0
    from generator.pipeline import build_ir

    api, _ = build_ir(str(spec))
    assert json.loads((out / "ir.json").read_text()) == api.to_dict()
    assert (out / "ops" / "getPet.txt").read_text() == "GET pets\n"
    assert (out / "ops" / "createPet.txt").read_text() == "POST pets\n"


def _broken_set(
    tmp_path: Path, manifest: str | None = None, templates: dict[str, str] | None = None
) -> Path:
    root = tmp_path / "broken"
    shutil.copytree(MINIPY, root)
    if manifest is not None:
        (root / "manifest.yaml").write_text(manifest)
    for name, text in (templates or {}).items():
        assert (root / name).is_file()
        (root / name).write_text(text)
    return root


def _run_fails(capsys: Any, spec: Path, tmp_path: Path, root: Path, *expected: str) -> str:
    out = tmp_path / "out"
    code = cli.run(["generate", str(spec), "--templates", str(root), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert not out.exists(), "nothing may be written"
    for text in expected:
        assert text in err, err
    assert "Traceback" not in err
    return err


def test_undefined_variable_is_located(tmp_path: Path, spec: Path, capsys: Any) -> None:
    root = _broken_set(
        tmp_path, templates={"resource.md.j2": "# {{ resource.name }}\n\n{{ resource.nope }}\n"}
    )
    _run_fails(capsys, spec, tmp_path, root, f"{root / 'resource.md.j2'}:3:", "undefined", "nope")


def test_template_syntax_error_is_located(tmp_path: Path, spec: Path, capsys: Any) -> None:
    root = _broken_set(tmp_path, templates={"types.py.j2": "line one\n{% for x in %}\n"})
    _run_fails(capsys, spec, tmp_path, root, f"{root / 'types.py.j2'}:2:", "syntax")


def test_unknown_naming_kind_is_located(tmp_path: Path, spec: Path, capsys: Any) -> None:
    root = _broken_set(
        tmp_path, templates={"resource.md.j2": "a\nb\n{{ resource | name('constant') }}\n"}
    )
    _run_fails(capsys, spec, tmp_path, root, f"{root / 'resource.md.j2'}:3:", "'constant'")


def test_bad_manifest_lists_every_problem_with_lines(
    tmp_path: Path, spec: Path, capsys: Any
) -> None:
    manifest = (
        "name: Bad Name\n"
        "ir: one\n"
        "files:\n"
        "  - {template: client.py.j2, path: x.py}\n"
        "  - {template: missing.j2, path: y.py}\n"
        "  - {template: client.py.j2, path: z.py, each: everything}\n"
        "naming: {type: shouty}\n"
        "colour: blue\n"
    )
    root = _broken_set(tmp_path, manifest)
    m = str(root / "manifest.yaml")
    _run_fails(
        capsys,
        spec,
        tmp_path,
        root,
        f"{m}:1: error: 'name'",
        f"{m}:2: error: 'ir'",
        f"{m}:5: error: template 'missing.j2' not found",
        f"{m}:6: error: 'each' must be one of",
        f"{m}:7: error: naming 'type'",
        f"{m}:8: error: unknown key 'colour'",
        "6 problems; nothing was written",
    )


def test_manifest_that_is_not_yaml(tmp_path: Path, spec: Path, capsys: Any) -> None:
    root = _broken_set(tmp_path, "name: x\nfiles: [\n")
    _run_fails(capsys, spec, tmp_path, root, "manifest.yaml:3:", "not valid YAML")


def test_ir_major_mismatch(tmp_path: Path, spec: Path, capsys: Any) -> None:
    text = (MINIPY / "manifest.yaml").read_text().replace("\nir: 1\n", f"\nir: {ir_major() + 1}\n")
    root = _broken_set(tmp_path, text)
    _run_fails(
        capsys,
        spec,
        tmp_path,
        root,
        f"{root / 'manifest.yaml'}:5:",
        f"IR major version {ir_major() + 1}",
        IR_VERSION,
    )


def test_unknown_language_and_missing_folder(tmp_path: Path, spec: Path, capsys: Any) -> None:
    out = tmp_path / "out"
    assert cli.run(["generate", str(spec), "--lang", "cobol", "--out", str(out)]) == 2
    assert "unknown language 'cobol'; available: " in capsys.readouterr().err
    assert (
        cli.run(["generate", str(spec), "--templates", str(tmp_path / "no"), "--out", str(out)])
        == 2
    )
    assert "no such template set folder" in capsys.readouterr().err
    assert not out.exists()


def test_manifest_naming_and_type_rules() -> None:
    manifest = load(MINIPY)
    ir = {"schemas": [{"name": "pet_kind", "words": ["pet", "kind"]}]}
    h = Helpers(manifest, ir)
    assert h.name({"name": "petId", "words": ["pet", "id"]}, "parameter") == "pet_id"
    assert h.name("class", "parameter") == "class_"
    assert h.name(["2fa", "code"], "parameter") == "_2fa_code"
    assert h.name("list pets", "type") == "ListPets"
    assert h.name(["get", "pet"], "file") == "get-pet"
    assert join_words(("http", "server"), "camel") == "httpServer"
    assert join_words(("http", "server"), "upper_snake") == "HTTP_SERVER"
    string_or_null = {"kind": "primitive", "primitive": "string", "nullable": True}
    assert h.type(string_or_null) == "Optional[str]"
    assert (
        h.type({"kind": "array", "items": {"kind": "ref", "ref": "pet_kind"}}) == 'list["PetKind"]'
    )
    assert h.type({"kind": "enum", "values": ["a", 1]}) == "Literal['a', 1]"
    union = {
        "kind": "union",
        "variants": [{"kind": "primitive", "primitive": "integer"}] * 2
        + [{"kind": "map", "items": {"kind": "primitive", "primitive": "boolean"}}],
    }
    assert h.type(union) == "Union[int, dict[str, bool]]"


def test_eject_copies_a_builtin_set_that_then_generates_the_same_client(
    tmp_path: Path, capsys: Any
) -> None:
    from generator import pipeline
    from generator.pipeline import GENERATOR_VERSION

    ejected = tmp_path / "my-python"
    assert cli.run(["templates", "eject", "python", str(ejected)]) == 0
    manifest = load(ejected)
    assert manifest.data["ejected"] == {
        "language": "python",
        "clientgen": GENERATOR_VERSION,
        "ir": IR_VERSION,
    }
    spec = str(GOLDEN / "enums" / "spec.yaml")
    builtin = pipeline.render(spec, "python").tree
    mine = pipeline.render(spec, "python", templates=ejected).tree
    assert mine == builtin
    # the point of ejecting: change a template, see it in the output
    readme = ejected / "README.md.j2"
    readme.write_text(readme.read_text() + "\nMaintained by the platform team.\n")
    changed = pipeline.render(spec, "python", templates=ejected).tree
    assert changed["README.md"].endswith("Maintained by the platform team.\n")
    assert {k for k in changed if changed[k] != builtin[k]} == {"README.md", "clientgen.lock.json"}

    capsys.readouterr()
    assert cli.run(["templates", "eject", "python", str(ejected)]) == 2
    assert "exists and is not empty" in capsys.readouterr().err
    assert cli.run(["templates", "eject", "cobol", str(tmp_path / "x")]) == 2
    assert "unknown language 'cobol'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert cli.run(["templates", "list"]) == 0
    assert "python\t" in capsys.readouterr().out


def test_manifest_formatter_command_formats_matching_files(
    tmp_path: Path, spec: Path, capsys: Any
) -> None:
    script = tmp_path / "fmt.py"
    script.write_text(
        "import sys\n"
        "for path in sys.argv[1:]:\n"
        "    if 'FAIL' in open(path).read():\n"
        "        sys.exit('cannot format ' + path)\n"
        "    text = open(path).read().replace('# ', '## ')\n"
        "    open(path, 'w').write(text + '<!-- formatted -->\\n')\n"
    )
    text = (MINIPY / "manifest.yaml").read_text() + (
        f"formatter: {{command: [{json.dumps(sys.executable)}, {json.dumps(str(script))}, "
        '"{files}"], files: ["docs/*.md"]}\n'
    )
    root = _broken_set(tmp_path, text)
    out = tmp_path / "out"
    assert cli.run(["generate", str(spec), "--templates", str(root), "--out", str(out)]) == 0
    doc = (out / "docs" / "pets.md").read_text()
    assert doc.startswith("## pets\n") and doc.endswith("<!-- formatted -->\n")
    assert "<!-- formatted -->" not in (out / "client" / "__init__.py").read_text()
    # a failing formatter: exit 2 with its message, nothing written
    (root / "resource.md.j2").write_text("FAIL\n")
    out2 = tmp_path / "out2"
    assert cli.run(["generate", str(spec), "--templates", str(root), "--out", str(out2)]) == 2
    err = capsys.readouterr().err
    assert "failed on the generated code" in err and "cannot format docs/pets.md" in err
    assert not out2.exists()


def test_unknown_type_map_keys_are_reported(tmp_path: Path, spec: Path, capsys: Any) -> None:
    text = (MINIPY / "manifest.yaml").read_text().replace("  integer: int\n", "  interger: int\n")
    root = _broken_set(tmp_path, text)
    line = text.splitlines().index("  interger: int") + 1
    _run_fails(
        capsys, spec, tmp_path, root, f"manifest.yaml:{line}: error: types: unknown key 'interger'"
    )


def test_config_targets_can_name_a_template_set_or_a_plugin(tmp_path: Path, spec: Path) -> None:
    shutil.copytree(MINIPY, tmp_path / "sets" / "minipy")
    plugin = ROOT / "tests" / "plugins" / "markdown_summary.py"
    (tmp_path / "pyproject.toml").write_text(
        "[tool.clientgen]\n"
        "[[tool.clientgen.targets]]\n"
        f'spec = "{spec.name}"\n'
        'templates = "sets/minipy"\n'
        'out = "out/mini"\n'
        'package-name = "pets_cfg"\n'
        "[[tool.clientgen.targets]]\n"
        f'spec = "{spec.name}"\n'
        f"plugin = {json.dumps(shlex.join([sys.executable, str(plugin)]))}\n"
        'out = "out/docs"\n'
    )
    config = str(tmp_path / "pyproject.toml")
    assert cli.run(["generate", "--config", config]) == 0
    assert (tmp_path / "out" / "mini" / "pets_cfg" / "__init__.py").is_file()
    assert (tmp_path / "out" / "docs" / "API.md").read_text().startswith("# Pets\n")
    assert cli.run(["check", "--config", config]) == 0
