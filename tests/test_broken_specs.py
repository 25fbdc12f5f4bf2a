"""Broken and hostile specs: one clear, located message each, exit 2, no traceback, nothing written.

Each file in ``tests/broken/`` breaks one thing (``valid.yaml`` breaks nothing; ``warn_*`` files
hold harmless quirks that only warn). Hostile inputs that would be big on disk (an alias bomb, deep
nesting, a reference bomb) are generated here instead.

Error snapshots: ``tests/errors/<case>.txt`` is the exact stderr of ``clientgen validate <case>``
run in the folder holding the spec (so paths in messages are relative and stable). After changing a
message on purpose, rewrite them and review the diff::

    CLIENTGEN_REFRESH_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_broken_specs.py
    git diff tests/errors

Snapshots of cases that no longer exist are deleted by a refresh.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.cli import run
from generator.problems import UserError
from generator.spec.load import MAX_DEPTH, Document, load, loads
from generator.spec.validate import validate
from tests.conftest import ROOT, cli

#: the CLI writes UTF-8 whatever the locale (messages quote the spec's text)
UTF8 = {"PYTHONIOENCODING": "utf-8"}

BROKEN = ROOT / "tests" / "broken"
ERRORS = ROOT / "tests" / "errors"
REFRESH = os.environ.get("CLIENTGEN_REFRESH_SNAPSHOTS") == "1"
#: cases that are not files in tests/broken: name -> the path given on the command line
PATH_CASES = {"missing_file": "no_such_spec.yaml", "directory": "."}


# -- generated hostile specs ----------------------------------------------------------------------

HEADER = "openapi: 3.1.0\ninfo: {title: Pets, version: 1.0.0}\npaths: {}\n"


def alias_bomb(levels: int = 10, width: int = 10) -> str:
    """ "Billion laughs": ``width ** levels`` strings from a few hundred bytes."""
    lines = [HEADER, f"x-a0: &a0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        lines.append(f"x-a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def deep_flow(depth: int) -> str:
    return HEADER + "x-deep: " + "[" * depth + "]" * depth + "\n"


def deep_block(depth: int) -> str:
    """Nested block sequences on one line (``- - - x``): 2 bytes a level, so 100,000 is cheap."""
    return HEADER + "x-deep:\n  " + "- " * depth + "x\n"


def deep_indent(depth: int) -> str:
    """Nested block mappings, one more space a line (quadratic size: keep ``depth`` modest)."""
    return HEADER + "x-deep:\n" + "".join(" " * (i + 1) + "a:\n" for i in range(depth))


def deep_json(depth: int) -> str:
    head = '{"openapi": "3.1.0", "info": {"title": "Pets", "version": "1.0.0"}, "paths": {}, '
    return head + '"x-deep": ' + "[" * depth + "]" * depth + "}\n"


def ref_bomb(levels: int = 30) -> str:
    """Each level refers to the next twice: 2 ** levels copies once references are inlined."""
    defs = {
        f"d{i}": {"allOf": [{"$ref": f"#/x-defs/d{i + 1}"}, {"$ref": f"#/x-defs/d{i + 1}"}]}
        for i in range(levels)
    }
    defs[f"d{levels}"] = {"type": "string"}  # type: ignore[dict-item]
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"Root": {"$ref": "#/x-defs/d0"}}},
        "x-defs": defs,
    }
    return yaml.safe_dump(spec, sort_keys=False)


GENERATED = {
    "alias_bomb.yaml": alias_bomb(),
    "deep_flow.yaml": deep_flow(100_000),
    "deep_block.yaml": deep_block(100_000),
    "deep_indent.yaml": deep_indent(1_000),
    "deep_json.json": deep_json(100_000),
    "ref_bomb.yaml": ref_bomb(),
}

# -- what each case must say ----------------------------------------------------------------------

#: case -> (exit code, fragments the stderr must contain). Every case needs an entry.
EXPECT: dict[str, tuple[int, list[str]]] = {
    # not YAML or JSON at all
    "not_yaml.yaml": (
        2,
        ["not_yaml.yaml:4:10: error: invalid YAML: did not find expected ',' or ']'"],
    ),
    "tabs.yaml": (2, ["tabs.yaml:3:1: error: invalid YAML: a tab in the indentation"]),
    "plain_text.txt": (
        2,
        ["plain_text.txt:1:1: error: the document is a single string", "not a mapping"],
    ),
    "html.yaml": (2, ["html.yaml:1:1: error:", "looks like HTML"]),
    "not_json.json": (
        2,
        [
            "not_json.json:3:48: error: invalid JSON: Expecting property name",
            "no comma before a closing bracket",
        ],
    ),
    "truncated.json": (2, ["truncated.json:5:1: error: invalid JSON", "ends too early"]),
    # empty
    "empty.yaml": (2, ["empty.yaml: error: file is empty"]),
    "empty.json": (2, ["empty.json: error: file is empty"]),
    "comments_only.yaml": (2, ["comments_only.yaml: error: file has no content"]),
    # not a mapping at the top
    "top_list.yaml": (2, ["top_list.yaml:1:1: error: the document is a list, not a mapping"]),
    "top_number.yaml": (2, ["top_number.yaml:1:1: error: the document is a single number (42)"]),
    "top_list.json": (2, ["top_list.json:1:1: error: the document is a list, not a mapping"]),
    "top_string.json": (2, ["top_string.json:1:1: error: the document is a single string"]),
    # the OpenAPI version
    "no_openapi.yaml": (2, ["no_openapi.yaml:1:1: error: missing the 'openapi' field"]),
    "swagger2.yaml": (
        2,
        [
            "swagger2.yaml:1:10: error: this is a Swagger 2.0 document",
            "Convert it first",
            "swagger2openapi",
        ],
    ),
    "swagger2.json": (2, ["swagger2.json: error: this is a Swagger 2.0 document", "(at /swagger)"]),
    "openapi_4.yaml": (2, ["openapi_4.yaml:1:10: error: unsupported OpenAPI version '4.0.0'"]),
    # encodings
    "non_utf8.yaml": (2, ["non_utf8.yaml:5:19: error: not valid UTF-8 (byte 0xe9)"]),
    "non_utf8.json": (2, ["non_utf8.json:3:23: error: not valid UTF-8 (byte 0xe9)"]),
    "utf16.yaml": (2, ["utf16.yaml:1:1: error: the file is UTF-16-encoded; save it as UTF-8"]),
    # references
    "ref_missing_component.yaml": (
        2,
        [
            "ref_missing_component.yaml:17:25: error: reference '#/components/schemas/Pett' "
            "points to nothing",
            "did you mean 'Pet'?",
        ],
    ),
    "ref_missing_component.json": (
        2,
        [
            "ref_missing_component.json: error: reference '#/components/schemas/Pett' points to "
            "nothing",
            "(at /paths/~1pets/get/responses/200/content/application~1json/schema/$ref)",
        ],
    ),
    "ref_missing_file.yaml": (
        2,
        [
            "ref_missing_file.yaml:15:23: error: reference './schemas/pet.yaml#/Pet' "
            "points to the file './schemas/pet.yaml', which does not exist"
        ],
    ),
    "ref_other_file.yaml": (
        2,
        [
            "ref_other_file.yaml:15:23: error: reference "
            "'../golden/multifile/schemas/pet.yaml#/Pet' leads outside the spec's folder",
            "reads files in the folder of the spec and below it",
        ],
    ),
    "ref_cycle.yaml": (
        2,
        [
            "ref_cycle.yaml:14:19: error: reference cycle",
            "ref_cycle.yaml:18:13: error: schemas that are only references to each other",
            "Loop -> Loop2 -> Loop",
        ],
    ),
    # types
    "unknown_type.yaml": (
        2,
        [
            "unknown_type.yaml:12:17: error: unknown type 'strng'; did you mean 'string'?",
            "unknown_type.yaml:14:17: error: unknown type 'int'; did you mean integer?",
            "unknown_type.yaml:16:17: error: unknown type 'nothing'",
        ],
    ),
    "unknown_type.json": (
        2,
        [
            "unknown_type.json: error: unknown type 'strng'",
            "(at /components/schemas/Pet/properties/name/type)",
        ],
    ),
    # operations
    "duplicate_operation_id.yaml": (
        2,
        [
            "duplicate_operation_id.yaml:14:20: error: duplicate operationId "
            "'listPets': already used by GET /pets (line 8)"
        ],
    ),
    "duplicate_operation_id.json": (
        2,
        [
            "duplicate_operation_id.json: error: duplicate operationId 'listPets'",
            "(at /paths/~1cats/get/operationId)",
        ],
    ),
    "path_param_unused.yaml": (
        2,
        [
            "path_param_unused.yaml:10:11: error: path parameter 'petId' is declared "
            "but '/pets' has no {petId} segment"
        ],
    ),
    "parameter_body.yaml": (
        2,
        [
            "parameter_body.yaml:11:15: error: a parameter needs 'in' of path, query, "
            "header or cookie, not 'body'",
            "OpenAPI 3 uses requestBody",
        ],
    ),
    "discriminator_missing.yaml": (
        2,
        [
            "discriminator_missing.yaml:16:16: error: discriminator value 'dog' maps to "
            "'#/components/schemas/Dogg', "
            "which does not exist; did you mean 'Dog'?",
            "discriminator_missing.yaml:17:17: error: discriminator value 'bird' maps to schema "
            "'Bird'",
        ],
    ),
    "no_responses.yaml": (
        2,
        [
            "no_responses.yaml:8:7: error: GET /pets has no 'responses'",
            "no_responses.yaml:11:18: error: POST /pets declares no responses",
        ],
    ),
    "no_responses.json": (
        2,
        ["no_responses.json: error: GET /pets has no 'responses'", "(at /paths/~1pets/get)"],
    ),
    # values of the wrong type
    "paths_list.yaml": (2, ["paths_list.yaml:5:8: error: 'paths' must be a mapping", "not a list"]),
    "responses_string.yaml": (
        2,
        [
            "responses_string.yaml:9:18: error: the responses of GET /pets must be a mapping",
            "not a string",
        ],
    ),
    "parameters_mapping.yaml": (
        2,
        ["parameters_mapping.yaml:9:19: error: 'parameters' must be a list, not a mapping"],
    ),
    "components_number.yaml": (
        2,
        ["components_number.yaml:6:13: error: 'components' must be a mapping, not a number"],
    ),
    "schema_string.yaml": (
        2,
        [
            "schema_string.yaml:8:10: error: a schema must be a mapping, not a string "
            "(did you mean {type: string}?)",
            "schema_string.yaml:12:15: error: a schema",
        ],
    ),
    "required_string.yaml": (
        2,
        [
            "required_string.yaml:10:17: error: 'required' in a schema must be a list",
            "required_string.yaml:14:21: error: 'required' in a schema is a list",
        ],
    ),
    "operation_list.yaml": (
        2,
        [
            "operation_list.yaml:8:7: error: the GET operation must be a mapping, not a list",
            "operation_list.yaml:9:11: error: the POST operation must be a mapping, not a string",
        ],
    ),
    "wrong_types.json": (
        2,
        [
            "wrong_types.json: error: 'servers' must be a list, not a mapping (at /servers)",
            "(at /paths/~1pets/parameters)",
            "(at /paths/~1pets/get/responses)",
            "(at /paths/~1pets/post)",
            "(at /components/schemas/Pet)",
            "(at /components/schemas/Owner/required)",
            "6 problems",
        ],
    ),
    # YAML features a spec must not use
    "python_tag.yaml": (
        2,
        [
            "python_tag.yaml:4:10: error: YAML tag '!!python/object/apply:builtins.exit' asks "
            "to build a Python object",
            "not executed",
            "1 problem;",
        ],
    ),
    "yaml_tags.yaml": (
        2,
        [
            "yaml_tags.yaml:3:10: error: YAML tag '!!python/name:os.system'",
            "yaml_tags.yaml:4:12: error: unsupported YAML tag '!Ref'",
            "yaml_tags.yaml:6:8: error: YAML tag '!!python/object:collections.OrderedDict'",
        ],
    ),
    "duplicate_keys.yaml": (
        2,
        ["duplicate_keys.yaml:12:3: error: duplicate key '/pets' (first at line 6)"],
    ),
    "duplicate_keys.json": (
        2,
        ["duplicate_keys.json: error: duplicate key 'title'", "(at /info/title)"],
    ),
    "multi_document.yaml": (2, ["multi_document.yaml:6:1: error: a second YAML document ('---')"]),
    "recursive_alias.yaml": (2, ["recursive_alias.yaml:11:16: error: recursive YAML alias *node"]),
    "undefined_alias.yaml": (
        2,
        [
            "undefined_alias.yaml:9:18: error: YAML alias *responses refers to no anchor",
            "1 problem;",
        ],
    ),
    # everything at once, in document order
    "many_problems.yaml": (2, ["7 problems"]),
    # hostile, generated
    "alias_bomb.yaml": (
        2,
        ["alias_bomb.yaml:11:", "error: YAML aliases expand to more than 2,000,000 values"],
    ),
    "deep_flow.yaml": (
        2,
        ["deep_flow.yaml:4:", "error: nesting is too deep (more than 200 levels)"],
    ),
    "deep_block.yaml": (
        2,
        ["deep_block.yaml:5:", "error: nesting is too deep (more than 200 levels)"],
    ),
    "deep_indent.yaml": (
        2,
        ["deep_indent.yaml:204:", "error: nesting is too deep (more than 200 levels)"],
    ),
    "deep_json.json": (
        2,
        ["deep_json.json:1:", "error: nesting is too deep (more than 200 levels)"],
    ),
    "ref_bomb.yaml": (
        2,
        ["ref_bomb.yaml:", "error: references expand to more than 1,000,000 values"],
    ),
    # the path itself
    "missing_file": (2, ["no_such_spec.yaml: error: file not found"]),
    "directory": (2, [".: error: is a directory, not a spec file"]),
    # fine, or harmless quirks
    "valid.yaml": (0, []),
    "warn_merge_keys.yaml": (0, []),
    "warn_path_param_undeclared.yaml": (
        0,
        [
            "warn_path_param_undeclared.yaml:8:7: warning: path parameter {petId} in "
            "'/pets/{petId}' is not declared for GET; it is inferred as a required string"
        ],
    ),
    "warn_path_param_undeclared.json": (
        0,
        [
            "warn_path_param_undeclared.json: warning: path parameter {petId}",
            "(at /paths/~1pets~1{petId}/get)",
        ],
    ),
    "warn_quirks.yaml": (
        0,
        [
            "warn_quirks.yaml:5:12: warning: info.version should be a string",
            "warn_quirks.yaml:11:11: warning: path parameter 'petId' should say required: true",
            "warn_quirks.yaml:15:21: warning: unknown format 'pet-id'",
            "warn_quirks.yaml:30:17: warning: enum values are strings but the type is 'object'",
            "warn_quirks.yaml:33:17: warning: empty enum",
            "warn_quirks.yaml:36:19: warning: unknown format 'unix-millis'",
        ],
    ),
}


def fixture_files() -> list[str]:
    return sorted(p.name for p in BROKEN.iterdir() if p.is_file())


def all_cases() -> list[str]:
    return fixture_files() + sorted(GENERATED) + sorted(PATH_CASES)


# -- running the CLI ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, text in GENERATED.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def case_location(case: str, generated: Path) -> tuple[str, Path]:
    """(path as given on the command line, folder to run in) for a case."""
    if case in GENERATED:
        return case, generated
    return PATH_CASES.get(case, case), BROKEN


class Run:
    """What a CLI run printed and returned."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_in_process(*args: str, cwd: Path) -> Run:
    """The CLI's ``run`` in this process (fast); an exception escaping it fails the test."""
    with (
        contextlib.chdir(cwd),
        contextlib.redirect_stderr(io.StringIO()) as err,
        contextlib.redirect_stdout(io.StringIO()) as out,
    ):
        code = run(list(args))
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def validate_runs(generated_dir: Path) -> dict[str, Run]:
    """`clientgen validate` on every case, in-process (the same code path as the command)."""
    runs = {}
    for case in all_cases():
        arg, cwd = case_location(case, generated_dir)
        runs[case] = run_in_process("validate", arg, cwd=cwd)
    return runs


#: cases also run as separate processes: the hostile ones (a crash in C would kill the process, not
#: raise) and one of each other kind
SUBPROCESS_CASES = sorted(GENERATED) + [
    "not_yaml.yaml",
    "not_json.json",
    "non_utf8.yaml",
    "python_tag.yaml",
    "many_problems.yaml",
    "warn_quirks.yaml",
    "directory",
]


@pytest.fixture(scope="module")
def subprocess_runs(generated_dir: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    def one(case: str) -> subprocess.CompletedProcess[str]:
        arg, cwd = case_location(case, generated_dir)
        return cli("validate", arg, cwd=cwd, timeout=120, env=UTF8)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(zip(SUBPROCESS_CASES, pool.map(one, SUBPROCESS_CASES), strict=True))


@pytest.mark.parametrize("case", SUBPROCESS_CASES)
def test_validate_as_a_process(
    case: str,
    subprocess_runs: dict[str, subprocess.CompletedProcess[str]],
    validate_runs: dict[str, Run],
) -> None:
    """No traceback, no crash, the expected exit code; and the same output as the in-process run."""
    result = subprocess_runs[case]
    assert "Traceback" not in result.stderr
    assert result.returncode == EXPECT[case][0], result.stderr
    assert result.stderr == validate_runs[case].stderr
    assert result.stdout == validate_runs[case].stdout


def test_every_case_has_an_expectation() -> None:
    assert sorted(EXPECT) == sorted(all_cases())


@pytest.mark.parametrize("case", all_cases())
def test_validate_message(case: str, validate_runs: dict[str, Run]) -> None:
    result = validate_runs[case]
    code, fragments = EXPECT[case]
    assert "Traceback" not in result.stderr
    assert result.returncode == code, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr
    if code == 2:
        assert result.stdout == ""
        assert result.stderr.rstrip().splitlines()[-1].endswith("nothing was written")
        arg, _ = case_location(case, Path())
        for line in result.stderr.rstrip().splitlines()[:-1]:
            assert line.startswith(f"{arg}:"), line  # every message names the file, as given
    else:
        assert result.stdout.startswith(f"{case}: valid")


@pytest.mark.parametrize("case", all_cases())
def test_validate_snapshot(case: str, validate_runs: dict[str, Run]) -> None:
    snapshot = ERRORS / f"{case}.txt"
    actual = validate_runs[case].stderr
    if REFRESH:
        ERRORS.mkdir(exist_ok=True)
        snapshot.write_text(actual, encoding="utf-8")
        return
    assert snapshot.is_file(), (
        f"no snapshot {snapshot}; create it with CLIENTGEN_REFRESH_SNAPSHOTS=1"
    )
    assert actual == snapshot.read_text(encoding="utf-8"), (
        f"stderr differs from {snapshot.relative_to(ROOT)}; if the change is meant, refresh the "
        "snapshots "
        "with CLIENTGEN_REFRESH_SNAPSHOTS=1 and review the diff"
    )


def test_no_stale_snapshots() -> None:
    wanted = {f"{case}.txt" for case in all_cases()}
    stale = sorted(p.name for p in ERRORS.glob("*.txt") if p.name not in wanted)
    if REFRESH:
        for name in stale:
            (ERRORS / name).unlink()
        return
    assert not stale, f"snapshots without a case (delete them, or refresh): {stale}"


# -- the cases in more detail ---------------------------------------------------------------------


def messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("clientgen:")]


def test_validate_reports_every_problem_in_document_order(validate_runs: dict[str, Run]) -> None:
    lines = messages(validate_runs["many_problems.yaml"].stderr)
    assert len(lines) == 7
    positions = [
        tuple(int(n) for n in re.findall(r"^many_problems\.yaml:(\d+):(\d+): error: ", line)[0])
        for line in lines
    ]
    assert positions == sorted(positions)
    text = "\n".join(lines)
    for fragment in (
        "info.version is missing",
        "'#/components/schemas/Pett'",
        "GET /pets has no 'responses'",
        "duplicate operationId 'getPet'",
        "unknown type 'obj'",
        "'required' in a schema must be a list",
        "'minLength' must be a whole number",
    ):
        assert fragment in text


def test_json_problems_are_in_document_order(validate_runs: dict[str, Run]) -> None:
    lines = messages(validate_runs["wrong_types.json"].stderr)
    pointers = [line.rsplit("(at ", 1)[1] for line in lines]
    assert pointers == [
        "/servers)",
        "/paths/~1pets/parameters)",
        "/paths/~1pets/get/responses)",
        "/paths/~1pets/post)",
        "/components/schemas/Pet)",
        "/components/schemas/Owner/required)",
    ]


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    spec = tmp_path / "evil.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        f"info: {{title: !!python/object/apply:os.system ['touch {marker}'], version: 1.0.0}}\n"
        f"paths: !!python/object/new:os.system ['touch {marker}']\n"
        f"x-a: !!python/object/apply:subprocess.call [['touch', '{marker}']]\n",
        encoding="utf-8",
    )
    result = cli("validate", "evil.yaml", cwd=tmp_path, timeout=120, env=UTF8)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("asks to build a Python object") == 3
    assert not marker.exists()
    with pytest.raises(UserError):
        pipeline.load_valid(str(spec))
    assert not marker.exists()


def test_alias_bomb_is_refused_fast_with_little_memory() -> None:
    text = alias_bomb(levels=10, width=10)  # 10 ** 10 strings if expanded
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(UserError, match="aliases expand to more than"):
            loads(text, "bomb.yaml")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 10 * 1024 * 1024


def test_aliases_within_the_budget_are_shared_not_copied() -> None:
    doc = loads(HEADER + "x-a: &a {type: string}\nx-b: [*a, *a, *a]\n", "ok.yaml")
    assert doc.data["x-b"] == [{"type": "string"}] * 3
    assert all(item is doc.data["x-a"] for item in doc.data["x-b"])


@pytest.mark.parametrize(
    "make, depth, name",
    [
        (deep_flow, 100_000, "deep.yaml"),
        (deep_block, 100_000, "deep.yaml"),
        (deep_indent, 2_000, "deep.yaml"),
        (deep_json, 100_000, "deep.json"),
        (deep_json, 2_000, "deep.json"),  # past the recursion limit of Python's json module
        (deep_json, MAX_DEPTH + 5, "deep.json"),  # parses, then is refused
    ],
)
def test_deep_nesting_is_refused_fast(make: Any, depth: int, name: str) -> None:
    text = make(depth)
    started = time.perf_counter()
    with pytest.raises(UserError) as info:
        loads(text, name)
    assert time.perf_counter() - started < 1.0
    (problem,) = info.value.problems
    assert problem.message.startswith(f"nesting is too deep (more than {MAX_DEPTH} levels)")
    assert problem.line is not None and problem.column is not None


def test_nesting_just_under_the_limit_is_fine() -> None:
    depth = MAX_DEPTH - 5
    for text, name in ((deep_flow(depth), "ok.yaml"), (deep_json(depth), "ok.json")):
        doc = loads(text, name)
        assert validate(doc) == []


def test_deep_alias_placed_deep_is_refused() -> None:
    inner = "[" * 150 + "]" * 150
    outer = "[" * 100 + "*deep" + "]" * 100
    with pytest.raises(UserError, match="nesting is too deep"):
        loads(HEADER + f"x-a: &deep {inner}\nx-b: {outer}\n", "deep.yaml")


def test_reference_bomb_is_refused_fast() -> None:
    doc = loads(ref_bomb(40), "refs.yaml")
    started = time.perf_counter()
    problems = validate(doc)
    assert time.perf_counter() - started < 1.0
    assert [p.message for p in problems if "reference bomb" in p.message]


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def good_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A client generated from valid.yaml, to copy into each test's folder."""
    out = tmp_path_factory.mktemp("good") / "client"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert run(["generate", str(BROKEN / "valid.yaml"), "--out", str(out)]) == 0
    return out


def _schemas_spec(schemas: dict[str, Any], **extra: Any) -> str:
    return json.dumps(
        {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas},
            **extra,
        }
    )


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            _schemas_spec(
                {"A B": {"type": "array", "items": {"$ref": "#/components/schemas/A%20B"}}}
            ),
            "reference cycle",
        ),  # percent-encoded: copied in place by the IR, so a cycle
        (_schemas_spec({"A": {"$ref": "#"}}), "reference cycle '#' -> '#'"),
        (_schemas_spec({"A": {"$ref": "#/components/schemas/A"}}), "A -> A"),
        (
            _schemas_spec(
                {"A": {"$ref": "#/x/d0"}},
                x={  # each link nests 3 levels: 210 in all
                    **{
                        f"d{i}": {
                            "type": "array",
                            "items": {
                                "type": "array",
                                "items": {"type": "array", "items": {"$ref": f"#/x/d{i + 1}"}},
                            },
                        }
                        for i in range(70)
                    },
                    "d70": {"type": "string"},
                },
            ),
            "references nest deeper than",
        ),
    ],
)
def test_references_the_ir_would_follow_forever_are_refused(text: str, fragment: str) -> None:
    errors = [p.render() for p in validate(loads(text, "refs.json")) if p.severity == "error"]
    assert len(errors) == 1 and fragment in errors[0], errors


def test_referenced_objects_are_checked_wherever_they_live() -> None:
    text = json.dumps(
        {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "paths": {
                "/a": {
                    "get": {
                        "parameters": [{"$ref": "#/x-p/P"}],
                        "responses": {"200": {"$ref": "#/x-r/R"}},
                    }
                }
            },
            "x-p": {"P": {"name": 5, "in": "query"}},
            "x-r": {"R": {"content": [1]}},
        }
    )
    errors = [
        (p.pointer, p.message) for p in validate(loads(text, "a.json")) if p.severity == "error"
    ]
    assert [pointer for pointer, _ in errors] == ["/x-p/P/name", "/x-r/R/content"]


@pytest.mark.parametrize("case", ["many_problems.yaml", "python_tag.yaml", "directory"])
def test_broken_spec_leaves_the_output_folder_untouched(
    case: str, tmp_path: Path, good_client: Path
) -> None:
    shutil.copytree(good_client, tmp_path / "client")
    before = folder_bytes(tmp_path)
    result = cli(
        "generate",
        PATH_CASES.get(case, case),
        "--out",
        str(tmp_path / "client"),
        cwd=BROKEN,
        timeout=120,
        env=UTF8,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.rstrip().endswith("nothing was written")
    assert folder_bytes(tmp_path) == before


def test_no_broken_spec_writes_anything(
    tmp_path: Path, good_client: Path, generated_dir: Path
) -> None:
    """Every broken case through `generate`: exit 2, and the folder byte-identical."""
    shutil.copytree(good_client, tmp_path / "client")
    before = folder_bytes(tmp_path)
    for case in all_cases():
        if EXPECT[case][0] == 0:
            continue
        arg, cwd = case_location(case, generated_dir)
        result = run_in_process("generate", arg, "--out", str(tmp_path / "client"), cwd=cwd)
        assert result.returncode == 2, case
        assert result.stderr.rstrip().endswith("nothing was written"), case
    assert folder_bytes(tmp_path) == before


@pytest.mark.parametrize(
    "case", ["warn_quirks.yaml", "warn_merge_keys.yaml", "warn_path_param_undeclared.yaml"]
)
def test_quirks_generate_with_warnings(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["generate", str(BROKEN / case), "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "pets" / "models.py").is_file()
    warnings = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert len(warnings) == len(EXPECT[case][1])
    assert run(["validate", "--strict", str(BROKEN / case)]) == (2 if warnings else 0)


def test_merge_keys_follow_yaml_semantics() -> None:
    doc = load(str(BROKEN / "warn_merge_keys.yaml"))
    pet = doc.data["components"]["schemas"]["Pet"]
    assert pet["type"] == "object"
    assert pet["properties"] == {"id": {"type": "string"}, "name": {"type": "string"}}
    doc = loads(
        HEADER + "x-a: &a {k: 1, a: 1}\nx-b: &b {k: 2, b: 2}\nx-c: {<<: [*a, *b], c: 3, k: 4}\n"
        "x-d: {<<: [*a, *b]}\n",
        "m.yaml",
    )
    assert doc.data["x-c"] == {"k": 4, "a": 1, "b": 2, "c": 3}
    assert doc.data["x-d"]["k"] == 1  # earlier sources win
    assert doc.locate("/x-c/a") == (4, 19)  # a merged value is found where it was written


# -- loader details -------------------------------------------------------------------------------


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    spec = tmp_path / "bom.yaml"
    spec.write_bytes(b"\xef\xbb\xbf" + (BROKEN / "valid.yaml").read_bytes())
    assert load(str(spec)).data["info"]["title"] == "Pets"


def test_nul_byte_is_located(tmp_path: Path) -> None:
    spec = tmp_path / "nul.yaml"
    spec.write_bytes(b"openapi: 3.1.0\ninfo:\n  title: P\x00ts\n")
    with pytest.raises(UserError) as info:
        load(str(spec))
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == (3, 11)
    assert "NUL" in problem.message


def test_huge_json_integer_is_a_located_error() -> None:
    with pytest.raises(UserError) as info:
        loads('{"openapi": "3.1.0",\n "x": ' + "9" * 5000 + "}", "big.json")
    problem = info.value.problems[0]
    assert problem.line == 2 and problem.column == 7
    assert "digits" in problem.message


def test_flow_yaml_that_is_not_json_still_loads() -> None:
    doc = loads("{openapi: 3.1.0, info: {title: Pets, version: '1'}, paths: {}}", "spec")
    assert doc.data["openapi"] == "3.1.0"


def test_unquoted_version_numbers_only_warn() -> None:
    doc = loads("openapi: 3.1\ninfo: {title: Pets, version: 2}\npaths: {}\n", "v.yaml")
    problems = validate(doc)
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert "quote it" in problems[0].message


def test_yaml_scalars_are_read_as_json_data() -> None:
    doc = loads(
        HEADER
        + "x: {a: yes, b: ~, c: 0x1F, d: 1_000, e: .inf, f: 2001-12-14, g: '007', h: 0755}\n",
        "s.yaml",
    )
    assert doc.data["x"] == {
        "a": True,
        "b": None,
        "c": 31,
        "d": 1000,
        "e": float("inf"),
        "f": "2001-12-14",
        "g": "007",
        "h": 493,
    }


def test_special_files_do_not_hang_or_crash(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="file is empty"):
        load(os.devnull)
    with pytest.raises(UserError, match="not a usable file name"):
        load("bad\x00name.yaml")


# -- fuzzing: wrong types anywhere never crash ----------------------------------------------------

BASE_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1.0.0", "x-clientgen": {"package-name": "pets"}},
    "servers": [{"url": "https://{env}.example.com", "variables": {"env": {"default": "api"}}}],
    "tags": [{"name": "pets", "description": "Pets."}],
    "security": [{"key": []}],
    "paths": {
        "/pets/{petId}": {
            "parameters": [{"$ref": "#/components/parameters/PetId"}],
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    {
                        "name": "X-Trace",
                        "in": "header",
                        "content": {"application/json": {"schema": {"type": "string"}}},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "A pet.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                        },
                        "headers": {"X-Rate": {"schema": {"type": "integer"}}},
                    },
                    "default": {"$ref": "#/components/responses/Error"},
                },
            },
            "put": {
                "operationId": "putPet",
                "requestBody": {"$ref": "#/components/requestBodies/PetBody"},
                "responses": {"204": {"description": "Saved."}},
                "security": [{"key": []}],
            },
        },
        "/pets": {
            "post": {
                "operationId": "createPet",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {"photo": {"type": "string", "format": "binary"}},
                            }
                        },
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Animal"},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "parameters": {
            "PetId": {
                "name": "petId",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "format": "uuid"},
            }
        },
        "requestBodies": {
            "PetBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
            }
        },
        "responses": {
            "Error": {
                "description": "Error.",
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
                    }
                },
            }
        },
        "securitySchemes": {
            "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
            "bearer": {"type": "http", "scheme": "bearer"},
        },
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id"],
                "nullable": True,
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 50,
                        "pattern": "^[a-z]+$",
                    },
                    "status": {
                        "type": "string",
                        "enum": ["available", "sold", None],
                        "default": "available",
                    },
                    "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
                    "extra": {
                        "type": "object",
                        "additionalProperties": {"type": "integer", "minimum": 0},
                    },
                    "owner": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": True},
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
                "example": {"name": "Ann", "$ref": "not a reference"},
            },
            "Cat": {
                "allOf": [
                    {"$ref": "#/components/schemas/Pet"},
                    {"type": "object", "properties": {"kind": {"type": "string"}}},
                ]
            },
            "Dog": {
                "type": "object",
                "properties": {
                    "kind": {"type": "string"},
                    "age": {
                        "type": "integer",
                        "format": "int32",
                        "exclusiveMinimum": True,
                        "minimum": 0,
                    },
                },
            },
            "Animal": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"},
                },
            },
        },
    },
}

WRONG_VALUES: st.SearchStrategy[Any] = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        3.5,
        "",
        "x",
        "string",
        "3.1.0",
        "{id}",
        "/",
        [],
        [1, 2],
        ["a"],
        [None],
        [[]],
        {},
        {"a": 1},
        {"type": 5},
        {"$ref": 5},
        {"$ref": "#/nowhere"},
        {"$ref": "#"},
        {"$ref": "#/paths"},
        {"$ref": "#/components/schemas/Pet"},
        {"$ref": "#/components/schemas/Pet/properties/owner"},
        {"$ref": "#/components/parameters/PetId"},
        {"$ref": "other.yaml#/X"},
        {"$ref": "http://x/y"},
        {"type": "array", "items": {"$ref": "#/components/schemas/Pet/properties"}},
        {"name": "petId", "in": "path"},
        {"enum": [{"a": 1}]},
        {"type": ["string", 5]},
        {"oneOf": []},
        {"discriminator": {"propertyName": "kind", "mapping": {"x": 5}}},
    ]
)


def _pointers(value: Any, pointer: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield pointer
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _pointers(v, (*pointer, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _pointers(v, (*pointer, i))


POINTERS = [p for p in _pointers(BASE_SPEC) if p]


def _mutate(spec: Any, pointer: tuple[Any, ...], value: Any, delete: bool) -> Any:
    out = copy.deepcopy(spec)
    node = out
    for token in pointer[:-1]:
        node = node[token]
    if delete and isinstance(node, dict):
        del node[pointer[-1]]
    elif delete and isinstance(node, list):
        node.pop(pointer[-1])
    else:
        node[pointer[-1]] = copy.deepcopy(value)
    return out


FUZZ_DIR = Path(tempfile.mkdtemp(prefix="clientgen-broken-fuzz-"))


def _validate_quietly(path: Path) -> int:
    """`clientgen validate` in-process; any exception other than SystemExit fails the test."""
    with (
        contextlib.redirect_stderr(io.StringIO()) as err,
        contextlib.redirect_stdout(io.StringIO()),
    ):
        code = run(["validate", str(path)])
    assert "Traceback" not in err.getvalue()
    return code


def test_base_spec_for_fuzzing_is_valid(tmp_path: Path) -> None:
    spec = tmp_path / "base.json"
    spec.write_text(json.dumps(BASE_SPEC), encoding="utf-8")
    assert [p.render() for p in validate(load(str(spec)))] == []
    pipeline.build_ir(str(spec))


@settings(
    max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    mutations=st.lists(
        st.tuples(st.sampled_from(POINTERS), WRONG_VALUES, st.booleans()), min_size=1, max_size=3
    ),
    as_yaml=st.booleans(),
)
def test_wrong_types_anywhere_never_crash(
    mutations: list[tuple[tuple[Any, ...], Any, bool]], as_yaml: bool
) -> None:
    spec: Any = BASE_SPEC
    for pointer, value, delete in mutations:
        try:
            spec = _mutate(spec, pointer, value, delete)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the parent
    path = FUZZ_DIR / ("spec.yaml" if as_yaml else "spec.json")
    path.write_text(yaml.safe_dump(spec) if as_yaml else json.dumps(spec), encoding="utf-8")
    code = _validate_quietly(path)
    assert code in (0, 2)
    if code == 0:  # whatever validate lets through, the IR builder must take
        pipeline.build_ir(str(path))


VALID_TEXT = (BROKEN / "valid.yaml").read_text(encoding="utf-8")


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(VALID_TEXT)),
            st.integers(0, 20),
            st.sampled_from(
                [
                    "",
                    " ",
                    "  ",
                    "\t",
                    "\n",
                    ":",
                    "- ",
                    "{",
                    "}",
                    "[",
                    "]",
                    "&a ",
                    "*a",
                    "!!python/none ",
                    "'",
                    '"',
                    "#",
                    "<<: ",
                    "~",
                    "\\",
                    "?",
                    "\x85",
                    "\ufeff",
                    "%YAML 1.1\n---\n",
                ]
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mangled_text_never_crashes(edits: list[tuple[int, int, str]]) -> None:
    text = VALID_TEXT
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    try:
        doc: Document | None = loads(text, "mangled.yaml")
    except UserError as exc:
        assert all(p.message for p in exc.problems)
        return
    assert doc is not None
    problems = validate(doc)
    if not any(p.severity == "error" for p in problems):
        from generator.ir.build import build

        build(doc)
