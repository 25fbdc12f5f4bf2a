"""Specs split over several files: relative external references are bundled (tests/golden/multifile
is the golden case); problems are located in the file they are in; references leaving the spec's
folder and URLs are refused; cycles across files are caught; the loaded document lists its files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.problems import UserError
from generator.spec.load import load

GOLDEN = Path(__file__).resolve().parent / "golden" / "multifile"

HEAD = """openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /x:
    get:
      operationId: getX
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: 'REF'}
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder / "spec.yaml"


def problems(spec: Path) -> list[str]:
    with pytest.raises(UserError) as info:
        pipeline.load_valid(str(spec))
    return [p.render() for p in info.value.problems]


def test_files_are_listed_and_bundled() -> None:
    doc = load(str(GOLDEN / "spec.yaml"))
    names = [os.path.relpath(os.path.abspath(f), GOLDEN) for f in doc.files]
    assert names == [
        "spec.yaml",
        "common.yaml",
        os.path.join("schemas", "pet.yaml"),
        os.path.join("paths", "pet-by-id.yaml"),
    ]
    schemas = doc.data["components"]["schemas"]
    assert set(schemas) == {"Owner", "Pet", "Tag", "Error"}
    assert schemas["Pet"]["properties"]["parent"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert doc.data["paths"]["/pets/{id}"]["get"]["operationId"] == "getPet"


def test_a_change_in_a_referenced_file_changes_the_spec_hash(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": HEAD.replace("REF", "pet.yaml#/Pet"), "pet.yaml": "Pet: {type: string}\n"},
    )
    before = load(str(spec)).sha256
    (tmp_path / "pet.yaml").write_text("Pet: {type: integer}\n", encoding="utf-8")
    assert load(str(spec)).sha256 != before


def test_problems_are_located_in_their_own_file(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": HEAD.replace("REF", "schemas/pet.yaml#/Pet"),
            "schemas/pet.yaml": "Pet:\n  type: object\n  properties:\n    name: {type: strin}\n",
        },
    )
    found = problems(spec)
    assert len(found) == 1
    assert found[0].startswith(str(tmp_path / "schemas" / "pet.yaml") + ":4:")
    assert "strin" in found[0] and "(at /Pet/properties/name/type)" in found[0]


def test_broken_yaml_in_a_referenced_file(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": HEAD.replace("REF", "pet.yaml#/Pet"), "pet.yaml": "Pet: {type: [\n"},
    )
    found = problems(spec)
    assert len(found) == 1 and found[0].startswith(str(tmp_path / "pet.yaml") + ":")
    assert "invalid YAML" in found[0]


def test_missing_target_in_a_referenced_file(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": HEAD.replace("REF", "pet.yaml#/Dog"), "pet.yaml": "Pet: {type: string}\n"},
    )
    (found,) = problems(spec)
    assert found.startswith(str(spec) + ":12:")
    assert "reference 'pet.yaml#/Dog' points to nothing: pet.yaml has no '/Dog'" in found


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("../outside.yaml#/Pet", "leads outside the spec's folder"),
        ("https://example.com/pet.yaml#/Pet", "remote reference"),
    ],
)
def test_refs_leaving_the_folder_or_urls_are_refused(
    tmp_path: Path, ref: str, message: str
) -> None:
    (tmp_path / "outside.yaml").write_text("Pet: {type: string}\n", encoding="utf-8")
    spec = write(tmp_path / "api", {"spec.yaml": HEAD.replace("REF", ref)})
    (found,) = problems(spec)
    assert found.startswith(str(spec) + ":12:") and message in found


def test_a_ref_out_of_the_folder_from_a_nested_file(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("Pet: {type: string}\n", encoding="utf-8")
    spec = write(
        tmp_path / "api",
        {
            "spec.yaml": HEAD.replace("REF", "a.yaml#/Pet"),
            "a.yaml": "Pet: {$ref: '../secret.yaml#/Pet'}\n",
        },
    )
    (found,) = problems(spec)
    assert found.startswith(str(tmp_path / "api" / "a.yaml") + ":1:")
    assert "leads outside the spec's folder" in found


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("Pet: {type: string}\n", encoding="utf-8")
    spec = write(tmp_path / "api", {"spec.yaml": HEAD.replace("REF", "link.yaml#/Pet")})
    (tmp_path / "api" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    (found,) = problems(spec)
    assert "leads outside the spec's folder" in found


def test_cycles_across_files_are_refused(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": HEAD.replace("REF", "#/components/schemas/A")
            + "components:\n  schemas:\n    A: {type: string}\n  responses:\n"
            "    Loop: {$ref: 'other.yaml#/Back'}\n",
            "other.yaml": "Back: {$ref: 'spec.yaml#/components/responses/Loop'}\n",
        },
    )
    found = problems(spec)
    assert any("reference cycle" in p for p in found), found


def test_recursive_schemas_across_files_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = cli.run(["generate", str(GOLDEN / "spec.yaml"), "--lang", "python", "--out", str(out)])
    assert status == 0, capsys.readouterr()
    # Pet and Owner refer to each other: one module holds both
    models = (out / "multi_file" / "_models" / "owner.py").read_text(encoding="utf-8")
    assert "class Pet(BaseModel)" in models and "parent: Pet | None" in models
