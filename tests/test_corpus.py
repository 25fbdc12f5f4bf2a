"""Real-world specs from ../shared/corpus: generated clients import, pass ruff and talk HTTP.

The big specs (OpenAI, Stripe) take tens of seconds each; they run only with CLIENTGEN_SLOW=1.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from generator import format as fmt
from generator import pipeline
from generator.spec.walk import iter_operations
from tests.conftest import generate_into

SLOW = os.environ.get("CLIENTGEN_SLOW") == "1"
slow = pytest.mark.skipif(
    not SLOW, reason="slow (a big real-world spec); set CLIENTGEN_SLOW=1 to run"
)

SMALL_SPECS = [
    "petstore3.yaml",
    "petstore3.json",
    "opc_baseline_3.0.json",
    "opc_baseline_3.1.yaml",
    "opc_3.1_specific.yaml",
    "opc_3.1_enums.yaml",
]
BIG_SPECS = ["openai.json", "openai.yaml", "stripe_spec3_2022-04-12.json"]
# a plain sync method: `def name(` whose return annotation is not the raw-response variant's
_SYNC_METHOD = re.compile(r"^    def (?!_)\w+\((?:[^)]|\)(?! ->))*\) -> (?!ApiResponse\[)", re.M)


def ruff_check(folder: Path) -> None:
    """The generated code passes ruff's default rules (with the line length the formatter used)."""
    proc = subprocess.run(
        [
            fmt.ruff_binary(),
            "check",
            "--isolated",
            "--no-cache",
            "--target-version",
            "py310",
            f"--line-length={fmt.LINE_LENGTH}",
            str(folder),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def package_of(tree: dict[str, str]) -> str:
    return next(p.split("/")[0] for p in tree if p.endswith("/client.py"))


def emitted_operations(tree: dict[str, str]) -> int:
    return sum(
        len(_SYNC_METHOD.findall(text))
        for path, text in tree.items()
        if "/resources/" in path and not path.endswith("__init__.py")
    )


def check_complete(spec: Path, tree: dict[str, str]) -> None:
    """Every operation in the spec became a method; everything the IR skipped was also warned."""
    api, warnings = pipeline.build_ir(str(spec))
    doc, _ = pipeline.load_valid(str(spec))
    assert emitted_operations(tree) == sum(1 for _ in iter_operations(doc.data))
    warned = {w.pointer for w in warnings}
    for item in api.skipped:
        assert item.reason
        assert item.pointer in warned, item


def import_in_subprocess(folder: Path, package: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", f"import {package}"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-5000:]


# -- calling an operation against a loopback server -----------------------------------------------

PET = {
    "id": 1,
    "name": "doggie",
    "category": {"id": 1, "name": "Dogs"},
    "photoUrls": ["https://example.com/1.png"],
    "tags": [{"id": 7, "name": "good"}],
    "status": "available",
}


def test_petstore_get_pet_by_id(
    corpus: Path, tmp_path: Path, import_generated, httpserver: HTTPServer
) -> None:
    tree = generate_into(corpus / "petstore3.yaml", tmp_path, package_name="petstore_client")
    ruff_check(tmp_path)
    pkg = import_generated(tmp_path, "petstore_client")
    httpserver.expect_request("/api/v3/pet/1", method="GET").respond_with_json(PET)
    with pkg.PetstoreClient(api_key="k", base_url=httpserver.url_for("/api/v3")) as client:
        pet = client.pet.get_by_id(1)
    assert isinstance(pet, pkg.models.Pet)
    assert pet.name == "doggie"
    assert pet.photo_urls == ["https://example.com/1.png"]
    assert isinstance(pet.category, pkg.models.Category)
    assert pet.tags is not None and pet.tags[0].name == "good"
    assert pet.model_dump(mode="json", by_alias=True, exclude_unset=True) == PET
    assert "petstore_client/models.py" in tree


def test_petstore_add_pet_sends_wire_names(
    corpus: Path, tmp_path: Path, import_generated, httpserver: HTTPServer
) -> None:
    generate_into(corpus / "petstore3.json", tmp_path, package_name="petstore_json")
    pkg = import_generated(tmp_path, "petstore_json")
    httpserver.expect_request("/pet", method="POST", json=PET).respond_with_json(PET)
    with pkg.PetstoreClient(api_key="k", base_url=httpserver.url_for("/")) as client:
        pet = client.pet.add(pkg.models.Pet.model_validate(PET))
    assert pet.id == 1


def test_opc_baseline_simple_get(
    corpus: Path, tmp_path: Path, import_generated, httpserver: HTTPServer
) -> None:
    generate_into(corpus / "opc_baseline_3.1.yaml", tmp_path, package_name="opc_client")
    ruff_check(tmp_path)
    pkg = import_generated(tmp_path, "opc_client")
    httpserver.expect_request("/tests/basic_lists/strings", method="GET").respond_with_json(
        ["a", "b"]
    )
    httpserver.expect_request("/models/allof", method="GET").respond_with_json({"unknown": 1})
    with pkg.MyTestClient(base_url=httpserver.url_for("/")) as client:
        assert client.tests.get_basic_list_of_strings() == ["a", "b"]
        allof = client.default.get_models_allof()
    assert isinstance(allof, pkg.models.GetModelsAllofResponse)
    assert allof.model is None and allof.model_extra == {"unknown": 1}


# -- every corpus spec generates a client that imports and passes ruff ----------------------------


@pytest.mark.parametrize("name", SMALL_SPECS)
def test_small_spec_generates_working_client(
    name: str, corpus: Path, tmp_path: Path, import_generated
) -> None:
    spec = corpus / name
    tree = generate_into(spec, tmp_path)
    ruff_check(tmp_path)
    check_complete(spec, tree)
    pkg = import_generated(tmp_path, package_of(tree))
    assert pkg.models.__name__.endswith(".models")


@slow
@pytest.mark.slow
@pytest.mark.parametrize("name", BIG_SPECS)
def test_big_spec_generates_working_client(name: str, corpus: Path, tmp_path: Path) -> None:
    spec = corpus / name
    tree = generate_into(spec, tmp_path)
    ruff_check(tmp_path)
    check_complete(spec, tree)
    import_in_subprocess(tmp_path, package_of(tree))


# -- a spec in 3.0 form and its 3.1 translation give the same client ------------------------------

#: Where the two upstream files really differ (not a 3.0/3.1 difference): (3.0 text, 3.1 text).
KNOWN_SPEC_DIFFERENCES = [
    ('Field(title="Some Required Number")', 'Field(title="Some Number")'),
    # the 3.0 file declares a media type parameter the 3.1 file leaves out (sent in Accept)
    ("application/json; version=1.2.3, application/yang", "application/json, application/yang"),
]


def test_opc_baseline_30_and_31_give_the_same_client(corpus: Path, tmp_path: Path) -> None:
    assert_same_client(corpus / "opc_baseline_3.0.json", corpus / "opc_baseline_3.1.yaml", tmp_path)


def test_petstore_json_and_yaml_give_the_same_client(corpus: Path, tmp_path: Path) -> None:
    assert_same_client(corpus / "petstore3.json", corpus / "petstore3.yaml", tmp_path)


@slow
@pytest.mark.slow
def test_openai_json_and_yaml_give_the_same_client(corpus: Path, tmp_path: Path) -> None:
    # the YAML has unquoted dates, which a YAML loader would turn into datetime objects
    assert_same_client(corpus / "openai.json", corpus / "openai.yaml", tmp_path)


def assert_same_client(spec_a: Path, spec_b: Path, tmp_path: Path) -> None:
    a = generate_into(spec_a, tmp_path / "a", package_name="same")
    b = generate_into(spec_b, tmp_path / "b", package_name="same")
    assert sorted(a) == sorted(b)
    for path in a:
        old, new = a[path], b[path]
        if path == "clientgen.lock.json":
            old, new = _without_spec(old), _without_spec(new)
        for was, now in KNOWN_SPEC_DIFFERENCES:
            old = old.replace(was, now)
        assert old == new, f"{path} differs"


def _without_spec(lock: str) -> str:
    data = json.loads(lock)
    data.pop("spec")
    data.pop("spec_sha256")
    data["files"] = sorted(data["files"])  # the hashes differ where KNOWN_SPEC_DIFFERENCES do
    return json.dumps(data, indent=2, sort_keys=True)


# -- the pieces behind the corpus results ----------------------------------------------------------


def test_30_schemas_are_read_in_31_form() -> None:
    from generator.ir.upgrade import upgrade_document

    doc = {
        "openapi": "3.0.3",
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": "string", "nullable": True, "example": "a"},
                        }
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "n": {
                            "type": "integer",
                            "minimum": 0,
                            "exclusiveMinimum": True,
                            "maximum": 9,
                            "exclusiveMaximum": False,
                            "nullable": False,
                        },
                        "e": {"type": "string", "enum": ["x", "y"], "nullable": True},
                        "r": {
                            "allOf": [{"$ref": "#/components/schemas/B"}],
                            "nullable": True,
                            "description": "d",
                        },
                        "s": {
                            "$ref": "#/components/schemas/B",
                            "nullable": True,
                            "title": "ignored in 3.0",
                        },
                        "u": {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
                        "o": {"type": "object", "nullable": True, "example": {"nullable": True}},
                    },
                },
                "B": {"type": "object"},
            }
        },
    }
    up = upgrade_document(doc)
    props = up["components"]["schemas"]["A"]["properties"]
    assert props["n"] == {"type": "integer", "exclusiveMinimum": 0, "maximum": 9}
    assert props["e"] == {"type": ["string", "null"], "enum": ["x", "y", None]}
    assert props["r"] == {
        "anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}],
        "description": "d",
    }
    assert props["s"] == {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]}
    assert props["u"] == {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}
    assert props["o"] == {"type": ["object", "null"], "examples": [{"nullable": True}]}
    param = up["paths"]["/x"]["get"]["parameters"][0]["schema"]
    assert param == {"type": ["string", "null"], "examples": ["a"]}
    assert (
        doc["components"]["schemas"]["A"]["properties"]["e"]["nullable"] is True
    )  # input untouched


def test_untagged_spec_gets_a_resource_per_path_segment(tmp_path: Path) -> None:
    spec = tmp_path / "untagged.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /v1/customers: {get: {operationId: GetCustomers, responses: {'200': {description: ok}}}}\n"
        "  /v1/customers/{id}:\n"
        "    get:\n"
        "      operationId: GetCustomersId\n"
        "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
        "      responses: {'200': {description: ok}}\n"
        "  /v1/3d_secure: {post: {operationId: Post3dSecure, responses: {'200': {description: ok}}}}\n",
        encoding="utf-8",
    )
    api, _ = pipeline.build_ir(str(spec))
    assert [(r.name, [o.words for o in r.operations]) for r in api.resources] == [
        ("customers", [("get",), ("get", "id")]),
        ("3d_secure", [("post",)]),
    ]
