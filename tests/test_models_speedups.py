"""The models stage's replacement of a lookup of datamodel-code-generator 0.89.0
(dmcg_call._speed_up): the same answers as the scan it replaces, only for that release."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from generator.targets.python import dmcg_call


class _Ref:
    def __init__(self, path: str) -> None:
        self.path = path


class _Model:
    def __init__(self, path: str) -> None:
        self.reference = _Ref(path)


def _scan(models: list[Any], path: str) -> Any:
    """What the release does: the first model made for that path, in list order."""
    return next((m for m in models if m.reference.path == path), None)


def _agree(models: list[Any], paths: list[str]) -> None:
    for path in paths:
        assert dmcg_call._BaseIndex.first(models, path) is _scan(models, path), path


def test_the_index_gives_the_scans_answer_as_the_list_changes() -> None:
    dmcg_call._BaseIndex.clear()
    paths = ["#/a", "#/b", "#/c", "#/missing"]
    models = [_Model("#/a"), _Model("#/b"), _Model("#/a")]  # two for #/a: the first counts
    _agree(models, paths)
    models.append(_Model("#/c"))  # grown
    _agree(models, paths)
    models[0] = _Model("#/b")  # replaced: #/b's first model is another one now
    _agree(models, paths)
    del models[1]
    _agree(models, paths)
    models.reverse()
    _agree(models, paths)
    other = [_Model("#/c")]  # another parser's list
    _agree(other, paths)
    _agree(models, paths)
    # a path set on a made model's reference: the index is built again (the tool's References
    # count it in _BaseIndex.epoch, see _speed_up)
    models[-1].reference.path = "#/moved"
    dmcg_call._BaseIndex.epoch += 1
    _agree(models, [*paths, "#/moved"])
    dmcg_call._BaseIndex.clear()
    assert dmcg_call._BaseIndex._list is None and dmcg_call._BaseIndex._first == {}


def test_only_the_pinned_release_is_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    from datamodel_code_generator import _version
    from datamodel_code_generator.parser import _inherited_schemas
    from datamodel_code_generator.reference import Reference

    monkeypatch.setattr(dmcg_call, "_SPED_UP", [])
    monkeypatch.setattr(_version, "__version__", "0.0.0")
    # as the release defines it (an earlier call in this process replaced it already)
    monkeypatch.setattr(Reference, "__setattr__", BaseModel.__setattr__)
    before = _inherited_schemas.get_generated_base_models
    dmcg_call._speed_up()
    assert _inherited_schemas.get_generated_base_models is before
    assert dmcg_call._SPED_UP == [True]  # asked once per process


def test_a_reference_path_set_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    from datamodel_code_generator import _version
    from datamodel_code_generator.parser import _inherited_schemas
    from datamodel_code_generator.reference import Reference

    assert _version.__version__ == dmcg_call.PATCHED_RELEASE  # the pin the patch was tested on
    monkeypatch.setattr(dmcg_call, "_SPED_UP", [])
    # as the release defines it (an earlier call in this process replaced it already)
    monkeypatch.setattr(Reference, "__setattr__", BaseModel.__setattr__)
    monkeypatch.setattr(
        _inherited_schemas,
        "get_generated_base_models",
        _inherited_schemas.get_generated_base_models,
    )
    dmcg_call._speed_up()
    reference = Reference(path="#/a", name="A")
    epoch = dmcg_call._BaseIndex.epoch
    reference.name = "B"
    assert dmcg_call._BaseIndex.epoch == epoch
    reference.path = "#/b"
    assert dmcg_call._BaseIndex.epoch == epoch + 1 and reference.path == "#/b"


#: classes over bases made later (allOf of a $ref to a schema further down): the lookup's case
INHERITING = {
    "openapi": "3.1.0",
    "info": {"title": "Inheriting", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Cat": {
                "allOf": [
                    {"$ref": "#/components/schemas/Pet"},
                    {"type": "object", "properties": {"purrs": {"type": "boolean"}}},
                ]
            },
            "Kitten": {
                "allOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"type": "object", "properties": {"age": {"type": "integer"}}},
                ]
            },
            "Pet": {
                "allOf": [
                    {"$ref": "#/components/schemas/Named"},
                    {
                        "type": "object",
                        "required": ["id"],
                        "properties": {"id": {"type": "integer"}},
                    },
                ]
            },
            "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


def test_the_models_are_the_same_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speed-up changes no byte (the big specs: the slow tests of test_models_groups and
    test_corpus, which compare with the committed expectations)."""
    from datamodel_code_generator.parser import _inherited_schemas

    from generator.targets.python import models

    options = models.dmcg_options(INHERITING)
    dmcg_call._speed_up()
    sped_up = _inherited_schemas.get_generated_base_models
    assert sped_up.__wrapped__ is not sped_up  # replaced (the pinned release)
    asked: list[str] = []
    original_first = dmcg_call._BaseIndex.first

    def first(models_: list[Any], path: str) -> Any:
        asked.append(path)
        return original_first(models_, path)

    monkeypatch.setattr(dmcg_call._BaseIndex, "first", first)
    with_it = dmcg_call.call(INHERITING, options)
    assert asked  # the lookup ran
    monkeypatch.setattr(_inherited_schemas, "get_generated_base_models", sped_up.__wrapped__)
    without = dmcg_call.call(INHERITING, options)
    assert with_it == without
    assert "class Kitten(Cat)" in with_it[0]
