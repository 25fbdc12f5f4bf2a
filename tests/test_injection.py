"""Hostile specs: spec strings reach the emitted code only as escaped literals or comments, and no
name from a spec can make the generator write outside the output folder.

The payloads would create a marker file (an absolute path under ``tmp_path``) if any of them were
ever executed, by the generator, by Jinja, by importing the generated package or by calling it.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.cli import run
from generator.format import LINE_LENGTH
from generator.output import LOCK_NAME
from tests.conftest import cli, generate_into


def payloads(marker: Path) -> list[str]:
    """Strings that break out of one emitted context or another, each trying to touch ``marker``."""
    cmd = f"touch {marker}"
    return [
        f'"""; import os; os.system("{cmd}") #',
        f"'''; import os; os.system('{cmd}') #",
        f'\\"""\nimport os; os.system("{cmd}")\n"""',
        f'X"""\n    __import__("os").system("{cmd}")\n    """',
        f"__import__('os').system('{cmd}')",
        f"\"+__import__('os').system('{cmd}')+\"",
        f"'+__import__('os').system('{cmd}')+'",
        "{{ 7*7 }}",
        "{{ cycler.__init__.__globals__.os.system('" + cmd + "') }}",
        "{% raw %}",
        "{% endraw %}",
        "{% for x in range(3) %}loop{% endfor %}",
        "{# comment #}",
        "*/",
        "/*",
        "${" + cmd + "}",
        "$(" + cmd + ")",
        "`" + cmd + "`",
        "\\",
        "\\\\",
        "\\n",
        "\\N{BULLET}",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u2028",
        "\u2029",
        "#",
        f"\n# {cmd}\nimport os; os.system('{cmd}')\n",
        "</script><script>alert(1)</script>",
        "]]>",
        "| table | break |",
        "):\n    pass\n",
        "\\u0022\\x22",
    ]


def evil(marker: Path) -> str:
    """Every payload in one string, for the free-text slots."""
    return " ".join(payloads(marker))


def short(marker: Path, i: int) -> str:
    """One payload, for name slots (a whole-payload name would exceed file-name limits)."""
    p = payloads(marker)
    return p[i % len(p)]


def _ref(name: str) -> str:
    return "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")


#: a regex with quotes and backslashes that is still a valid pattern
EVIL_PATTERN = "^(?:\"\"\"|'''|\\\\|[\\s\\S])*$"


def hostile_spec(marker: Path) -> dict[str, Any]:
    """A spec where every string slot the generator reads carries payloads."""
    e = evil(marker)
    p = payloads(marker)
    thing = e  # the model's schema name: the whole payload
    kind = short(marker, 3)  # a second schema named by one payload
    path_param = "x\"\"\"'''\\*$#"  # no braces or slashes: it must fit in {...} of a path
    return {
        "openapi": "3.1.0",
        "info": {
            "title": e,
            "version": "1.0" + e,
            "description": e,
            "summary": e,
            "contact": {"name": e, "url": "http://x/" + e, "email": e},
            "license": {"name": e},
            "x-clientgen": {"package-name": 'hostile"""pkg', "client-name": e},
            "x-logo": e,
        },
        "servers": [
            {"url": "http://127.0.0.1:9/" + e, "description": e},
            {"url": "http://{host}/" + e, "description": e, "variables": {"host": {"default": e}}},
        ],
        "tags": [{"name": short(marker, 0), "description": e, "x-extra": e}],
        "security": [{e: []}],
        "paths": {
            f"/things/{{{path_param}}}/\"\"\"'''\\*/$(x)": {
                "summary": e,
                "description": e,
                "get": {
                    "operationId": short(marker, 1),
                    "summary": e,
                    "description": e,
                    "tags": [short(marker, 0)],
                    "deprecated": True,
                    "x-extra": e,
                    "parameters": [
                        {
                            "name": path_param,
                            "in": "path",
                            "required": True,
                            "description": e,
                            "example": e,
                            "schema": {"type": "string", "description": e},
                        },
                        {
                            "name": e,
                            "in": "query",
                            "description": e,
                            "example": e,
                            "schema": {"type": "string", "enum": p, "default": e},
                        },
                        {
                            "name": short(marker, 4),
                            "in": "query",
                            "description": e,
                            "schema": {"type": "string", "default": e, "pattern": EVIL_PATTERN},
                        },
                        {
                            "name": "X-" + short(marker, 5),
                            "in": "header",
                            "description": e,
                            "schema": {"type": "integer", "default": 7},
                        },
                        {
                            "name": short(marker, 6),
                            "in": "cookie",
                            "description": e,
                            "schema": {"type": "array", "items": {"type": "string", "enum": p}},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": e,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": _ref(thing)},
                                    "example": {e: e},
                                }
                            },
                        },
                        "404": {"description": e},
                        "default": {"description": e},
                    },
                },
                "post": {
                    "operationId": short(marker, 2),
                    "summary": e,
                    "tags": [short(marker, 0)],
                    "parameters": [
                        {
                            "name": path_param,
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {
                        "description": e,
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": _ref(thing)}, "example": {e: e}}
                        },
                    },
                    "responses": {
                        "201": {
                            "description": e,
                            "content": {"application/json": {"schema": {"$ref": _ref(kind)}}},
                        }
                    },
                },
            }
        },
        "components": {
            "securitySchemes": {
                e: {"type": "apiKey", "in": "query", "name": e, "description": e},
            },
            "schemas": {
                thing: {
                    "type": "object",
                    "title": e,
                    "description": e,
                    "example": {e: e},
                    "examples": [{e: e}],
                    "x-extra": e,
                    "required": [e],
                    "properties": {
                        e: {
                            "type": "string",
                            "title": e,
                            "description": e,
                            "default": e,
                            "example": e,
                            "examples": [e],
                            "format": e,
                            "pattern": EVIL_PATTERN,
                        },
                        short(marker, 0): {"type": "string", "enum": p, "description": e},
                        short(marker, 7): {
                            "type": "array",
                            "items": {"$ref": _ref(kind)},
                            "description": e,
                        },
                        short(marker, 8): {
                            "type": "object",
                            "additionalProperties": {"type": "string"},
                            "description": e,
                            "default": {e: e},
                        },
                        short(marker, 9): {"const": e, "description": e},
                        short(marker, 10): {
                            "type": "integer",
                            "default": 7,
                            "description": e,
                            "enum": [1, 7, 42],
                        },
                        short(marker, 11): {
                            "type": ["string", "null"],
                            "default": None,
                            "description": e,
                        },
                        short(marker, 12): {
                            "type": "object",
                            "description": e,
                            "properties": {e: {"type": "boolean", "description": e}},
                        },
                    },
                },
                kind: {"type": "string", "enum": p, "description": e, "default": p[0]},
            },
        },
    }


def response_body(marker: Path) -> dict[str, Any]:
    """A 200 body that matches the hostile model, exercising the escaped aliases and literals."""
    e = evil(marker)
    p = payloads(marker)
    return {
        e: e,
        short(marker, 0): p[-1],
        short(marker, 7): [p[2], p[7]],
        short(marker, 8): {e: e},
        short(marker, 9): e,
        short(marker, 10): 42,
        short(marker, 11): None,
        short(marker, 12): {e: True},
    }


def ruff_check(folder: Path) -> subprocess.CompletedProcess[str]:
    from ruff.__main__ import find_ruff_bin

    return subprocess.run(
        [
            str(find_ruff_bin()),
            "check",
            "--isolated",
            "--no-cache",
            "--target-version",
            "py310",
            f"--line-length={LINE_LENGTH}",  # the width the emitted code is formatted to
            ".",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def compile_all(folder: Path) -> list[Path]:
    py = sorted(folder.rglob("*.py"))
    for f in py:
        compile(f.read_bytes(), str(f), "exec", dont_inherit=True)
    return py


def files_under(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    }


def _write_spec(tmp_path: Path, spec: dict[str, Any], fmt: str) -> Path:
    path = tmp_path / f"hostile.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _catch_all(log: list[Request], status: int, body: Any):
    def handler(request: Request) -> Response:
        log.append(request)
        return Response(json.dumps(body), status=status, content_type="application/json")

    return handler


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_hostile_strings_never_execute(
    fmt: str, tmp_path: Path, import_generated: Any, httpserver: HTTPServer
) -> None:
    marker = tmp_path / "MARKER"
    spec = _write_spec(tmp_path, hostile_spec(marker), fmt)
    out = tmp_path / "out"
    tree = generate_into(spec, out)
    assert not marker.exists(), "generating executed a payload"

    # every emitted module compiles and passes ruff's default rules
    py = compile_all(out)
    assert len(py) >= 7
    lint = ruff_check(out)
    assert lint.returncode == 0, lint.stdout + lint.stderr

    # Jinja never evaluates spec strings: the payloads are there as text, never their results
    for rel, text in tree.items():
        if rel == LOCK_NAME:
            continue
        scrubbed = text.replace(str(tmp_path), "TMP")
        assert not re.search(r"\b49\b", scrubbed), rel
        assert "looploop" not in scrubbed, rel
    assert any("{{ 7*7 }}" in text for text in tree.values())
    assert any("{% raw %}" in text for text in tree.values())

    # the package imports (in a fresh interpreter too) and its client calls a loopback server
    package = "hostile_pkg"
    assert (out / package / "__init__.py").is_file()
    modules = [f"{package}.{p.stem}" for p in (out / package).glob("*.py") if p.stem != "__init__"]
    modules += [f"{package}.resources.{p.stem}" for p in (out / package / "resources").glob("*.py")]
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib, sys\nfor m in sys.argv[1:]: importlib.import_module(m)",
            package,
            *modules,
        ],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists(), "importing the package executed a payload"

    pkg = import_generated(out, package)
    log: list[Request] = []
    httpserver.expect_request(re.compile(".*"), method="GET").respond_with_handler(
        _catch_all(log, 200, response_body(marker))
    )
    httpserver.expect_request(re.compile(".*"), method="POST").respond_with_handler(
        _catch_all(log, 201, payloads(marker)[5])
    )
    clients = [
        getattr(pkg, n) for n in pkg.__all__ if n.endswith("Client") and not n.startswith("Async")
    ]
    assert len(clients) == 1
    e = evil(marker)
    with clients[0](
        base_url=httpserver.url_for("/base"), api_key="secret", max_retries=0
    ) as client:
        # resources are properties of a base class, created on first access
        resources = [
            getattr(client, k)
            for k in dir(type(client))
            if not k.startswith("_")
            and isinstance(inspect.getattr_static(client, k), functools.cached_property)
        ]
        assert len(resources) == 1
        calls = 0
        for name, method in inspect.getmembers(resources[0], inspect.ismethod):
            if name.startswith("_"):
                continue
            sig = inspect.signature(method)
            positional = [p for p in sig.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
            args: list[Any] = ['v"""al/ue\\']
            if any(p.name == "body" for p in positional):
                args.append(response_body(marker))
            kwargs = {}
            keyword = [p.name for p in sig.parameters.values() if p.kind is p.KEYWORD_ONLY]
            query_param = next((k for k in keyword if k.startswith("import_os_os_system")), None)
            if query_param is not None:
                kwargs[query_param] = "{{ 7*7 }}"
            result = method(*args, **kwargs)
            calls += 1
            if hasattr(result, "model_dump"):
                assert result.model_dump(mode="json", by_alias=True) == response_body(marker)
        assert calls == 2
    assert len(log) == 2
    for request in log:
        # the path value cannot add a segment; the spec's literal path part arrives as written
        raw = request.environ.get("RAW_URI") or request.environ["REQUEST_URI"]
        assert "/things/v" in raw and "al%2Fue" in raw, raw
        assert request.path == '/base/things/v"""al/ue\\/"""\'\'\'\\*/$(x)', request.path
        assert "secret" in request.args.getlist(e)  # the api-key's query name arrived unchanged
    get = next(r for r in log if r.method == "GET")
    assert get.args.getlist(e) == ["{{ 7*7 }}", "secret"]  # the query parameter's name, unchanged
    post = next(r for r in log if r.method == "POST")
    assert post.get_json() == response_body(marker)
    assert not marker.exists(), "calling the client executed a payload"


def test_jinja_never_renders_spec_strings() -> None:
    """Spec strings are values in a template, never templates: the filters leave them inert."""
    from generator.render import environment, templates_root

    env = environment(templates_root() / "python")
    template = env.from_string(
        "{{ s | docstring }}|{{ s | pystr }}|{{ s | comment }}|{{ s | markdown }}"
    )
    out = template.render(s="{{ 7*7 }}{% if true %}yes{% endif %}")
    assert "49" not in out and "yes" not in out.replace("{% if true %}yes", "")


def test_nul_in_spec_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt, text in (
        ("json", '{"openapi": "3.1.0", "info": {"title": "a\x00b", "version": "1"}, "paths": {}}'),
        ("yaml", "openapi: 3.1.0\ninfo:\n  title: \"a\x00b\"\n  version: '1'\npaths: {}\n"),
    ):
        spec = tmp_path / f"nul.{fmt}"
        spec.write_bytes(text.encode("utf-8"))
        out = tmp_path / f"out-{fmt}"
        assert run(["generate", str(spec), "--out", str(out)]) == 2
        assert "NUL" in capsys.readouterr().err
        assert not out.exists()


def test_escaped_control_characters_survive_as_escapes(
    tmp_path: Path, import_generated: Any
) -> None:
    """JSON escapes can put NUL, controls, bidi overrides and separators into values; the emitted
    files hold none of them raw, and the values round-trip exactly."""
    odd = "a\x00b\x01c\x1bd\x7fe\x85f\u2028g\u202eh\ufeffi"
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Odd" + odd, "version": "1", "description": odd},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "summary": odd,
                    "description": odd,
                    "parameters": [
                        {
                            "name": "q" + odd,
                            "in": "query",
                            "description": odd,
                            "schema": {"type": "string", "enum": [odd, "plain"], "default": odd},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": odd,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "v" + odd: {
                            "type": "string",
                            "enum": [odd, "y"],
                            "default": odd,
                            "example": odd,
                        },
                    },
                }
            }
        },
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(spec), encoding="utf-8")  # ASCII with \u escapes: no NUL in the file
    out = tmp_path / "out"
    tree = generate_into(path, out, package_name="odd_pkg")
    for rel, text in tree.items():
        for ch in "\x00\x01\x1b\x7f\u202e":
            assert ch not in text, (rel, ch)
    compile_all(out)
    assert ruff_check(out).returncode == 0
    pkg = import_generated(out, "odd_pkg")
    thing = pkg.models.Thing.model_validate({"v" + odd: odd})
    assert thing.model_dump(mode="json", by_alias=True) == {"v" + odd: odd}
    resource_src = "".join(t for r, t in tree.items() if "/resources/" in r and "__init__" not in r)
    assert "q" + odd in _string_literals(resource_src)  # the wire name, exactly


def _string_literals(source: str) -> set[str]:
    import ast

    return {
        n.value
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_lone_surrogates_are_refused_or_replaced(tmp_path: Path) -> None:
    spec = tmp_path / "sur.json"
    spec.write_text(
        '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, '
        '"components": {"schemas": {"Thing": {"type": "object", "description": "a\\ud800b", '
        '"properties": {"x": {"type": "string"}}}}}}',
        encoding="utf-8",
    )
    proc = cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr


def test_env_var_option_cannot_inject_code(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    spec = {
        "openapi": "3.1.0",
        "info": {
            "title": "T",
            "version": "1",
            "x-clientgen": {
                "env-var": f'X"""\n    __import__("os").system("touch {marker}")\n    """'
            },
        },
        "components": {"securitySchemes": {"k": {"type": "http", "scheme": "bearer"}}},
        "security": [{"k": []}],
        "paths": {
            "/x": {"get": {"operationId": "op", "responses": {"200": {"description": "ok"}}}}
        },
    }
    path = tmp_path / "s.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    proc = cli("generate", str(path), "--out", str(out))
    if proc.returncode == 2:
        return  # refusing the option is a fine answer too
    assert proc.returncode == 0, proc.stderr
    imp = subprocess.run(
        [sys.executable, "-c", "import t"], cwd=out, capture_output=True, text=True, check=False
    )
    assert not marker.exists(), "importing the package executed the env-var payload"
    assert imp.returncode == 0, imp.stderr


# -- paths -----------------------------------------------------------------------------------------

# "ABS" stands for an absolute path under tmp_path (where the snapshot would see a stray file)
HOSTILE_NAMES = [
    "../../evil",
    "ABS",
    "ABS/evil.py",
    "..",
    ".",
    "a/b",
    "~",
    "~/evil",
    "..\\..\\evil",
    "C:\\evil",
    "./../evil",
    "evil/../../..",
    "",
    " ",
    "\u2024\u2024/evil",
    "%2e%2e%2fevil",
]


def name_spec(name: str) -> dict[str, Any]:
    """``name`` as tag, operationId, schema name, package name, client name and title at once."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": name or "t",
            "version": "1",
            "x-clientgen": {"package-name": name, "client-name": name},
        },
        "tags": [{"name": name}],
        "paths": {
            "/x": {
                "get": {
                    "operationId": name or "op",
                    "tags": [name],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": _ref(name)}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {name: {"type": "object", "properties": {name or "p": {"type": "string"}}}}
        },
    }


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_spec_names_cannot_escape_the_output_folder(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # a relative escape would land under tmp_path too
    name = name.replace("ABS", str(tmp_path / "abs-evil"))
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(name_spec(name)), encoding="utf-8")
    out = tmp_path / "a" / "b" / "out"
    before = files_under(tmp_path)
    code = run(["generate", str(spec), "--out", str(out)])
    after = files_under(tmp_path)
    new = after - before
    assert code in (0, 2)
    if code == 2:
        assert not new
    else:
        assert new and all(f.startswith("a/b/out/") for f in new), sorted(new)
        compile_all(out)


@pytest.mark.parametrize(
    "package", ["../evil", "../../evil", "ABS", "..", "a/b", "evil/..", "~", "."]
)
def test_package_name_option_cannot_escape_the_output_folder(package: str, tmp_path: Path) -> None:
    package = package.replace("ABS", str(tmp_path / "abs-evil"))
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(name_spec("Thing")), encoding="utf-8")
    out = tmp_path / "a" / "out"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    before = files_under(tmp_path)
    proc = cli("generate", str(spec), "--out", str(out), "--package-name", package, cwd=cwd)
    new = files_under(tmp_path) - before
    assert proc.returncode in (0, 2), proc.stderr
    if proc.returncode == 2:
        assert not new
    else:
        assert new and all(f.startswith("a/out/") for f in new), sorted(new)
        packages = {f.split("/")[2] for f in new if f.count("/") >= 3}
        assert len(packages) == 1 and packages.pop().isidentifier()


def test_a_hostile_lock_file_cannot_delete_outside(tmp_path: Path) -> None:
    """The lock file lists what a regeneration may remove; a forged one cannot reach outside."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(name_spec("Thing")), encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "w" / "out"
    out.mkdir(parents=True)
    (out / LOCK_NAME).write_text(
        json.dumps(
            {
                "files": [
                    "../../victim.txt",
                    str(victim),
                    "a/../../../victim.txt",
                    "..",
                    "",
                    "./../../victim.txt",
                ]
            }
        )
    )
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    assert victim.read_text() == "keep me"


@pytest.mark.parametrize("slot", ["tag", "title", "package"])
def test_very_long_names_do_not_crash(slot: str, tmp_path: Path) -> None:
    long = "a" * 300
    spec = name_spec("Thing")
    if slot == "tag":
        spec["tags"] = [{"name": long}]
        spec["paths"]["/x"]["get"]["tags"] = [long]
    elif slot == "title":
        spec["info"] = {"title": long, "version": "1"}
    else:
        spec["info"]["x-clientgen"] = {"package-name": long}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    proc = cli("generate", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr
