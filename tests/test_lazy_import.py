"""Emitted Python clients load lazily: `import pkg` imports no models, resources, httpx or pydantic;
`models` is an index whose names import their module on first use; the client creates a resource
(and imports its module) on first access. Names, isinstance, pickling, cycles and type checkers
keep working (mypy --strict over the emitted tree: tests/test_vapi_client_typing.py)."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.targets.python.split import split_models
from tests.conftest import GENERATED, generate_into

CYCLES_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Cycles", "version": "1", "x-clientgen": {"package-name": "lazy_cycles"}},
    "servers": [{"url": "https://cycles.example.com"}],
    "paths": {
        "/nodes": {
            "get": {
                "operationId": "getNode",
                "tags": ["nodes"],
                "responses": {
                    "200": {
                        "description": "A tree.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
                        },
                    }
                },
            }
        },
        "/owners": {
            "get": {
                "operationId": "getOwner",
                "tags": ["owners"],
                "responses": {
                    "200": {
                        "description": "An owner.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            # a model that holds itself
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "value": {"$ref": "#/components/schemas/Value"},
                },
            },
            # a recursive alias (a forward reference in a string)
            "Value": {
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/Value"}},
                ]
            },
            # two models that hold each other
            "Owner": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                },
            },
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                },
            },
            "Kind": {"type": "string", "enum": ["cat", "dog"]},
            # on its own
            "Lonely": {"type": "object", "properties": {"note": {"type": "string"}}},
        }
    },
}


@pytest.fixture(scope="module")
def cycles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cycles spec generated once; the project folder."""
    root = tmp_path_factory.mktemp("lazy")
    spec = root / "spec.json"
    spec.write_text(json.dumps(CYCLES_SPEC), encoding="utf-8")
    generate_into(spec, root / "out")
    return root / "out"


def run_python(project: Path, code: str) -> Any:
    """Run ``code`` in a fresh interpreter with ``project`` importable; return what it prints as
    JSON (the last line)."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_modules_group_cycles_and_nothing_else(cycles: Path) -> None:
    models = cycles / "lazy_cycles" / "_models"
    modules = sorted(p.stem for p in models.glob("*.py") if p.stem != "__init__")
    assert modules == ["kind", "lonely", "node", "owner", "value"]
    owner = (models / "owner.py").read_text(encoding="utf-8")
    assert "class Owner(BaseModel)" in owner and "class Pet(BaseModel)" in owner
    assert "from .kind import Kind" in owner
    node = (models / "node.py").read_text(encoding="utf-8")
    assert "from .value import Value" in node and "class Node(BaseModel)" in node
    index = (cycles / "lazy_cycles" / "models.py").read_text(encoding="utf-8")
    assert "    from ._models.owner import Owner, Pet\n" in index  # under TYPE_CHECKING
    assert '"Pet": "owner",' in index


def test_bare_import_loads_nothing_heavy(cycles: Path) -> None:
    loaded = run_python(
        cycles,
        """
        import json, sys
        import lazy_cycles
        print(json.dumps(sorted(sys.modules)))
        """,
    )
    ours = [m for m in loaded if m.startswith("lazy_cycles.")]
    assert ours == [], ours
    for heavy in ("httpx", "pydantic", "pydantic_core"):
        assert heavy not in loaded


def test_vapi_bare_import_and_client_load_only_what_they_need() -> None:
    """The committed client: a bare import loads none of its modules; building the client loads
    no resource and no model; the first call loads its resource and the models it returns."""
    steps = run_python(
        GENERATED / "python",
        """
        import json, sys
        import httpx

        def ours():
            return sorted(m for m in sys.modules if m.startswith("vapi_phone_numbers."))

        steps = {}
        import vapi_phone_numbers
        steps["import"] = ours()
        from vapi_phone_numbers import VapiClient
        client = VapiClient(
            token="t",
            http_client=httpx.Client(transport=httpx.MockTransport(
                lambda request: httpx.Response(200, json=[])
            )),
        )
        steps["client"] = ours()
        assert client.phone_numbers.list() == []
        steps["call"] = ours()
        print(json.dumps(steps))
        """,
    )
    assert steps["import"] == []
    assert not [m for m in steps["client"] if ".resources." in m or "._models." in m]
    assert "vapi_phone_numbers.resources.phone_numbers" in steps["call"]
    loaded_models = [m for m in steps["call"] if "._models." in m]
    assert "vapi_phone_numbers._models.phone_number" in loaded_models
    # the request models of create/update are not needed to list
    assert "vapi_phone_numbers._models.create_phone_number_request" not in loaded_models


def test_the_lazy_namespace(cycles: Path, import_generated: Any) -> None:
    pkg = import_generated(cycles, "lazy_cycles")
    from lazy_cycles import models  # type: ignore[import-not-found]
    from lazy_cycles.models import Owner  # type: ignore[import-not-found]

    assert models.Owner is Owner and pkg.models is models
    assert Owner.__module__ == "lazy_cycles._models.owner"
    # every exported name is listed, and loads
    assert set(models.__all__) <= set(dir(models))
    assert {"Node", "Value", "Owner", "Pet", "Kind", "Lonely"} <= set(models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        models.Nope  # noqa: B018
    with pytest.raises(ImportError):
        exec("from lazy_cycles.models import Nope", {})
    # the package's own names
    assert {"CyclesClient", "AsyncCyclesClient", "models", "ApiStatusError"} <= set(dir(pkg))
    assert pkg.CyclesClient.__name__ == "CyclesClient"
    with pytest.raises(AttributeError):
        pkg.Nope  # noqa: B018
    # the resources package is lazy too
    from lazy_cycles.resources import Nodes  # type: ignore[import-not-found]

    assert Nodes.__module__ == "lazy_cycles.resources.nodes"


def test_cycles_validate_isinstance_and_pickle(cycles: Path, import_generated: Any) -> None:
    import_generated(cycles, "lazy_cycles")
    from lazy_cycles import models

    node = models.Node.model_validate(
        {"name": "root", "children": [{"name": "leaf", "value": ["a", ["b"]]}], "value": "v"}
    )
    assert isinstance(node.children[0], models.Node)
    assert node.children[0].value == ["a", ["b"]]
    owner = models.Owner.model_validate(
        {"name": "Ann", "pets": [{"name": "Rex", "kind": "dog", "owner": {"name": "Ann"}}]}
    )
    assert isinstance(owner.pets[0], models.Pet)
    assert isinstance(owner.pets[0].owner, models.Owner)
    again = pickle.loads(pickle.dumps(owner))
    assert again == owner and type(again) is models.Owner
    assert pickle.loads(pickle.dumps(models.Pet)) is models.Pet


def test_resources_are_created_on_first_access(cycles: Path, import_generated: Any) -> None:
    import httpx

    pkg = import_generated(cycles, "lazy_cycles")
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"name": "Ann", "pets": [{"name": "Rex"}]})
    )
    with pkg.CyclesClient(http_client=httpx.Client(transport=transport)) as client:
        assert "owners" not in vars(client)
        owners = client.owners
        assert client.owners is owners  # created once
        owner = owners.get()
        assert isinstance(owner, pkg.models.Owner) and owner.pets[0].name == "Rex"


def test_split_is_a_pure_function_of_the_source() -> None:
    source = textwrap.dedent(
        '''\
        # header

        from __future__ import annotations

        from pydantic import BaseModel
        from typing_extensions import TypeAliasType

        from ._unions import OpenUnion


        class A(BaseModel):
            b: B | None = None


        class B(BaseModel):
            a: A | None = None


        C = TypeAliasType("C", "list[C] | A")
        """C's docstring."""


        class D(BaseModel):
            x: int


        A.model_rebuild()
        '''
    )
    files = split_models(source)
    assert files == split_models(source)
    assert sorted(files) == [
        "_models/__init__.py",
        "_models/a.py",
        "_models/c.py",
        "_models/d.py",
        "models.py",
    ]
    a = files["_models/a.py"]
    assert "class A(BaseModel)" in a and "class B(BaseModel)" in a
    assert a.rstrip().endswith("A.model_rebuild()")  # after both classes
    assert "OpenUnion" not in a and "TypeAliasType" not in a  # only the imports it uses
    c = files["_models/c.py"]
    assert "from .a import A" in c and "C's docstring." in c
    assert "from .a import" not in files["_models/d.py"]
    assert "'D': 'd'," in files["models.py"]
