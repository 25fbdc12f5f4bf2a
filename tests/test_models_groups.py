"""Big documents are made in two datamodel-code-generator calls over groups of schemas that share
nothing (models.schema_groups), side by side when the models worker runs, and merged into the
module one call writes (models.merge_modules, models.renumber): the same bytes either way."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.targets.python import dmcg_call, models, target
from tests.test_corpus import slow


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _map(max_length: int) -> dict[str, Any]:
    """A map of constrained strings: the tool names its value type itself
    (``AttributesAdditionalProperty``), reusing one model for the same schema, numbering others."""
    return {"type": "object", "additionalProperties": {"type": "string", "maxLength": max_length}}


#: two groups that share nothing; in both the tool names models after the same properties: the
#: same schema under "metadata" (one model when made in one call), different ones under
#: "attributes" (numbered in document order); a cycle; a model whose name only digits set apart
GROUPS_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Groups", "version": "1", "x-clientgen": {"package-name": "groups"}},
    "paths": {},
    "components": {
        "schemas": {
            "Sku": {
                "type": "object",
                "properties": {
                    "attributes": _map(5000),
                    "metadata": _map(500),
                    "owner": _ref("Owner"),
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"sku": _ref("Sku"), "n": {"type": "integer"}},
            },
            "PostSkusBody": {
                "type": "object",
                "properties": {"attributes": _map(500), "metadata": _map(500)},
            },
            "Zebra": {"type": "object", "properties": {"tag": {"type": "string"}}},
            "Zebra2": {"type": "object", "properties": {"tag": {"type": "integer"}}},
            "Apple": {"type": "object", "properties": {"z": _ref("Zebra"), "m": _map(500)}},
            "Choice": {
                "oneOf": [_ref("Cat"), _ref("Dog")],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "#/components/schemas/Dog",
                    },
                },
            },
            "Cat": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"const": "cat"}, "attributes": _map(500)},
            },
            "Dog": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"const": "dog"}},
            },
        }
    },
}


def _models(spec: Path, worker: bool = False) -> tuple[Any, dict[str, str]]:
    """The models' definitions and other statements (imports aside: the format stage sorts them
    and the split writes each module's own), and the class of each schema; ``worker``: with the
    models worker running (the only way a document is cut in groups)."""
    api = pipeline.build_ir(str(spec))[0]
    if worker:
        assert models.start_worker() is not None
    source, classes = models.render_models(api, target.declared_names(api, {}).types)
    assert models._WORKER == []
    return models._module_parts(source)[1:], classes


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of schemas of each call made in this process."""
    calls: list[int] = []
    original = models.run_dmcg

    def spy(document: dict[str, Any], options: dict[str, Any] | None = None) -> Any:
        calls.append(len(document["components"]["schemas"]))
        return original(document, options)

    monkeypatch.setattr(models, "run_dmcg", spy)
    return calls


def _spy_groups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of modules each groups request to the worker gave back (0: it failed)."""
    made: list[int] = []
    original = models.Worker.groups

    def spy(self: models.Worker, parts: Any, options: Any) -> Any:
        result = original(self, parts, options)
        made.append(len(result or []))
        return result

    monkeypatch.setattr(models.Worker, "groups", spy)
    return made


def test_groups_share_nothing_and_keep_numbered_names_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    components = GROUPS_SPEC["components"]["schemas"]
    assert models.schema_groups(components) == [list(components)]  # small: one call
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    groups = models.schema_groups(components)
    assert len(groups) == 2 and sorted(groups[0] + groups[1]) == sorted(components)
    together = [{"Sku", "Owner"}, {"Zebra", "Zebra2", "Apple"}, {"Choice", "Cat", "Dog"}]
    for names in together:  # refs (either way, discriminator mappings) and digits: one group
        assert any(names <= set(g) for g in groups), names
    for g in groups:  # document order
        assert g == [n for n in components if n in g]
    assert models.schema_groups(components) == groups
    monkeypatch.setattr(models, "GROUP_MIN_SHARE", 0.49)  # too uneven: one call
    assert models.schema_groups(components) == [list(components)]


def test_two_calls_make_the_bytes_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "groups.json"
    spec.write_text(json.dumps(GROUPS_SPEC), encoding="utf-8")
    one = _models(spec)
    tree = pipeline.render(str(spec), "python").tree
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "1")
    here = _spy(monkeypatch)
    grouped = _spy_groups(monkeypatch)
    assert _models(spec, worker=True) == one
    # both groups in the worker (and its forked copy); no fallback to one call here
    assert here == [] and grouped == [2]
    assert pipeline.render(str(spec), "python").tree == tree  # the emitted bytes
    assert here == [] and grouped == [2, 2]
    # what made it hard: one call reuses the "metadata" model and numbers the "attributes" ones
    names = [name for name, _ in one[0][0]]
    assert "AttributesAdditionalProperty1" in names
    assert names.count("MetadataAdditionalProperty") == 1


def test_without_the_worker_it_is_one_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "groups.json"
    spec.write_text(json.dumps(GROUPS_SPEC), encoding="utf-8")
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    monkeypatch.setenv(models.WORKER_ENV, "0")
    here = _spy(monkeypatch)
    _models(spec)
    assert here == [len(GROUPS_SPEC["components"]["schemas"])]


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        **{"components": {"schemas": schemas}},
    }


def test_the_worker_makes_each_group_as_one_call_does() -> None:
    """A groups request to the models worker (a list of documents): each group's module, model
    metadata and parsed parts, as a call of its own gives them; a group the tool fails on (here
    the one made in the forked copy) is an error of that group alone."""
    first = _document(
        {
            "Sku": GROUPS_SPEC["components"]["schemas"]["Sku"]
            | {"properties": {"metadata": _map(500)}}
        }
    )
    second = _document({"Dog": GROUPS_SPEC["components"]["schemas"]["Dog"]})
    broken = _document({"Bad": {"type": 5}})
    options = models.dmcg_options(first)
    proc = dmcg_call.spawn()
    proc.stdin.write(pickle.dumps(([first, second, broken], options)))
    proc.stdin.close()
    reply = proc.stdout.read()
    assert proc.wait() == 0
    status, outcomes = pickle.loads(reply)
    assert status == "ok" and len(outcomes) == 3
    for document, (kind, (source, metadata, parsed)) in zip(
        [first, second], outcomes[:2], strict=True
    ):
        assert kind == "ok"
        assert (source, metadata) == dmcg_call.call(document, options)
        imports, units, others = dmcg_call.module_parts(source)
        assert parsed[1:] == (units, others) and units
        assert [ast.dump(n) for n in parsed[0]] == [ast.dump(n) for n in imports]
    assert outcomes[2][0] == "error" and "Bad" in outcomes[2][1]


def _made(*units: tuple[str, str], imports: str = "from pydantic import BaseModel") -> models._Made:
    body = "\n\n\n".join(f"class {name}(BaseModel):\n    {field}" for name, field in units)
    return models._Made(
        f"# header\n\nfrom __future__ import annotations\n\n{imports}\n\n\n{body}\n", {}
    )


def test_no_groups_when_asked_not_to_or_on_one_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "groups.json"
    spec.write_text(json.dumps(GROUPS_SPEC), encoding="utf-8")
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "0")
    here = _spy(monkeypatch)
    _models(spec, worker=True)
    assert here == []  # one call, the worker's
    monkeypatch.delenv(models.GROUPS_ENV)
    monkeypatch.setattr(models.os, "cpu_count", lambda: 1)
    assert not models.groups_wanted()  # one core: nothing side by side
    monkeypatch.setattr(models.os, "cpu_count", lambda: 2)
    assert models.groups_wanted()  # busy or not: the two processes are the worker's


def test_merge_takes_the_lesser_head_and_one_copy_of_a_shared_model() -> None:
    # the tool's order within a group: by name, each model after what it needs (Apple needs Zed)
    a = _made(("Shared", "s: str"), ("Zed", "x: int"), ("Apple", "z: Zed"))
    b = _made(("Banana", "y: int"), ("Shared", "s: str"), ("Cherry", "c: int"))
    merged = models.merge_modules([a, b])
    order = ["Banana", "Shared", "Cherry", "Zed", "Apple"]
    assert [n for n, _ in models._module_parts(merged)[1]] == order
    # a model met in one group only after the other had to take it: not one call's order
    late = _made(("Zed", "x: int"), ("Shared", "s: str"))
    with pytest.raises(models.MergeConflict, match="different times"):
        models.merge_modules([_made(("Shared", "s: str"), ("Zed2", "x: int")), late])
    with pytest.raises(models.MergeConflict, match="differs"):
        models.merge_modules([a, _made(("Shared", "s: int"))])
    with pytest.raises(models.MergeConflict, match="aliased"):
        models.merge_modules([a, _made(("B", "b: int"), imports="from datetime import date as d")])


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


#: one web of schemas (nothing to cut into groups that share nothing): two heavy branches that
#: both need Hub; the tool names the models of the maps' values itself (TagsAdditionalProperty,
#: numbered in document order)
WEB_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Web", "version": "1", "x-clientgen": {"package-name": "web"}},
    "paths": {},
    "components": {
        "schemas": {
            "Left": _object(
                hub=_ref("Hub"),
                notes={"type": "string", "description": "left " * 400},
                tags=_map(300),
            ),
            "Hub": _object(tags=_map(100), id={"type": "integer"}),
            "Right": _object(
                hub=_ref("Hub"),
                notes={"type": "string", "description": "right " * 400},
                tags=_map(200),
            ),
            "RightItem": _object(right=_ref("Right"), tags=_map(50)),
        }
    },
}


def test_a_web_of_schemas_is_cut_with_what_both_need_in_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    components = WEB_SPEC["components"]["schemas"]
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    groups = models.schema_groups(components)
    assert sorted(map(sorted, groups)) == [["Hub", "Left"], ["Hub", "Right", "RightItem"]]
    spec = tmp_path / "web.json"
    spec.write_text(json.dumps(WEB_SPEC), encoding="utf-8")
    monkeypatch.setenv(models.WORKER_ENV, "0")
    one = _models(spec)
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "1")
    here = _spy(monkeypatch)
    made = _spy_groups(monkeypatch)
    assert _models(spec, worker=True) == one
    assert here == [] and made == [2]  # made in two groups, merged without a conflict
    names = [name for name, _ in one[0][0]]  # Hub and the model of its map values: once
    assert names.count("Hub") == 1 and names.count("TagsAdditionalProperty1") == 1
    assert "TagsAdditionalProperty3" in names  # numbered across both groups, as one call does


def test_models_one_call_makes_alike_are_not_merged_into_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hub's and RightItem's map values are the same schema, yet one call makes two models of
    them: the groups' modules cannot tell which ones it makes once, so it is one call."""
    web = json.loads(json.dumps(WEB_SPEC))
    web["components"]["schemas"]["RightItem"]["properties"]["tags"] = _map(100)
    spec = tmp_path / "web.json"
    spec.write_text(json.dumps(web), encoding="utf-8")
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    monkeypatch.setenv(models.WORKER_ENV, "0")
    one = _models(spec)
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "1")
    here = _spy(monkeypatch)
    assert _models(spec, worker=True) == one
    assert here == [4]  # the groups were made, then the whole document in one call here
    names = [name for name, _ in one[0][0]]
    assert "TagsAdditionalProperty3" in names


def test_a_conflict_makes_the_models_in_one_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "groups.json"
    spec.write_text(json.dumps(GROUPS_SPEC), encoding="utf-8")
    one = _models(spec)
    monkeypatch.setattr(models, "GROUP_MIN_SCHEMAS", 2)
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "1")

    def conflict(made: list[models._Made]) -> str:
        raise models.MergeConflict("test")

    monkeypatch.setattr(models, "merge_modules", conflict)
    here = _spy(monkeypatch)
    assert _models(spec, worker=True) == one
    assert here[-1] == len(GROUPS_SPEC["components"]["schemas"])  # the whole document, here


@slow
@pytest.mark.slow
@pytest.mark.parametrize("name", ["openai.json", "stripe_spec3_2022-04-12.json"])
def test_big_specs_two_calls_make_the_bytes_of_one(
    name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    monkeypatch.setenv(models.GROUPS_ENV, "1")
    here = _spy(monkeypatch)
    made = _spy_groups(monkeypatch)
    grouped = _models(corpus / name, worker=True)
    assert here == [] and made == [2]  # two groups, both in the worker and its copy
    assert grouped == _models(corpus / name)
