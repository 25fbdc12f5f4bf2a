"""The IR as a contract: the committed JSON Schema matches the dataclasses, the version matches the
changelog, and the IR of every golden spec, our own spec and every corpus spec validates."""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator import cli, pipeline
from generator.ir import schema
from generator.ir.model import IR_VERSION, ir_major
from tests.conftest import CORPUS, ROOT, VAPI_SPEC

SLOW = os.environ.get("CLIENTGEN_SLOW") == "1"
GOLDEN_SPECS = sorted((ROOT / "tests" / "golden").glob("*/spec.yaml"))
SMALL_CORPUS = [
    "petstore3.yaml",
    "petstore3.json",
    "opc_baseline_3.0.json",
    "opc_baseline_3.1.yaml",
    "opc_3.1_specific.yaml",
    "opc_3.1_enums.yaml",
]
BIG_CORPUS = ["openai.json", "openai.yaml", "stripe_spec3_2022-04-12.json"]
REFRESH = "python -m generator.ir.schema --write"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    committed = json.loads(schema.committed_text())
    jsonschema.Draft202012Validator.check_schema(committed)
    return jsonschema.Draft202012Validator(committed)


def test_committed_schema_matches_the_dataclasses() -> None:
    assert schema.committed_text() == schema.schema_text(), (
        f"generator/ir/ir.schema.json is stale: run `{REFRESH}` (and see generator/ir/CHANGELOG.md)"
    )
    assert schema.main(["--check"]) == 0


def test_version_is_semantic_and_the_changelog_has_it() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", IR_VERSION)
    assert ir_major() == int(IR_VERSION.split(".")[0])
    changelog = (ROOT / "generator" / "ir" / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)\s*$", changelog, re.M)
    assert versions and versions[0] == IR_VERSION, (
        f"IR_VERSION is {IR_VERSION} but the newest entry in generator/ir/CHANGELOG.md is "
        f"{versions[:1]}: add an entry for every IR change"
    )
    assert json.loads(schema.committed_text())["properties"]["ir_version"]["const"] == IR_VERSION


def test_every_field_is_documented() -> None:
    """A template author reads the schema, not model.py: every field carries a description."""
    data = json.loads(schema.committed_text())
    definitions = {**data["$defs"], "Api": data}
    missing = [
        f"{name}.{field}"
        for name, definition in definitions.items()
        for field, prop in definition["properties"].items()
        if not prop.get("description")
    ]
    assert missing == [], (
        "give these fields a trailing `# comment` in generator/ir/model.py, then "
        f"`{REFRESH}`: {missing}"
    )


def _errors(validator: jsonschema.Draft202012Validator, ir: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(ir)
    ][:10]


@pytest.mark.parametrize("spec", GOLDEN_SPECS + [VAPI_SPEC], ids=lambda p: p.parent.name)
def test_ir_of_golden_and_own_specs_validates(
    spec: Path, validator: jsonschema.Draft202012Validator
) -> None:
    api, _ = pipeline.build_ir(str(spec))
    assert _errors(validator, api.to_dict()) == []


def _corpus_ir(name: str) -> Any:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus folder {CORPUS} is missing")
    api, _ = pipeline.build_ir(str(CORPUS / name))
    return api.to_dict()


@pytest.mark.parametrize("name", SMALL_CORPUS)
def test_ir_of_small_corpus_specs_validates(
    name: str, validator: jsonschema.Draft202012Validator
) -> None:
    assert _errors(validator, _corpus_ir(name)) == []


@pytest.mark.slow
@pytest.mark.skipif(not SLOW, reason="slow (a big real-world spec); set CLIENTGEN_SLOW=1 to run")
@pytest.mark.parametrize("name", BIG_CORPUS)
def test_ir_of_big_corpus_specs_validates(
    name: str, validator: jsonschema.Draft202012Validator
) -> None:
    assert _errors(validator, _corpus_ir(name)) == []


def test_the_schema_constrains(validator: jsonschema.Draft202012Validator) -> None:
    # a case with operations, parameters and schemas to mutate
    spec = next(p for p in GOLDEN_SPECS if p.parent.name == "collisions")
    api, _ = pipeline.build_ir(str(spec))
    good = api.to_dict()
    assert validator.is_valid(good)
    for mutate in (
        lambda ir: ir.update(ir_version="0.9.0"),
        lambda ir: ir.update(extra=1),
        lambda ir: ir["resources"][0]["operations"][0].update(method=3),
        lambda ir: ir["resources"][0]["operations"][0]["parameters"].append({"name": "x"}),
        lambda ir: ir["schemas"][0]["type"].update(kind="tuple"),
        lambda ir: ir["schemas"][0].pop("words"),
    ):
        bad = copy.deepcopy(good)
        mutate(bad)
        assert not validator.is_valid(bad)


def test_clientgen_ir_prints_the_ir_and_the_schema(capsys: Any) -> None:
    assert cli.run(["ir", str(GOLDEN_SPECS[0])]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["ir_version"] == IR_VERSION
    assert cli.run(["ir", "--schema"]) == 0
    assert capsys.readouterr().out == schema.committed_text()


def test_schema_ships_inside_the_package() -> None:
    assert schema.SCHEMA_PATH.parent == ROOT / "generator" / "ir"
    assert schema.SCHEMA_PATH.name == "ir.schema.json"


def test_a_shape_change_needs_a_version_bump() -> None:
    """versions.json records each IR version's shape: changing fields without bumping IR_VERSION
    fails here (and `python -m generator.ir.schema --write` refuses to write)."""
    recorded = schema.recorded_versions()
    assert recorded.get(IR_VERSION) == schema.fingerprint(), (
        f"the IR's shape is not the one recorded for {IR_VERSION} in generator/ir/versions.json: "
        "bump IR_VERSION (see generator/ir/CHANGELOG.md), then run `" + REFRESH + "`"
    )
    changed = json.loads(schema.committed_text())
    assert schema.fingerprint(changed) == recorded[IR_VERSION]
    changed["$defs"]["Field"]["properties"]["new_field"] = {"type": "string"}
    assert schema.fingerprint(changed) != recorded[IR_VERSION]
    documented = json.loads(schema.committed_text())
    documented["$defs"]["Field"]["properties"]["name"]["description"] = "reworded"
    documented["properties"]["ir_version"]["const"] = "9.9.9"
    assert schema.fingerprint(documented) == recorded[IR_VERSION]
