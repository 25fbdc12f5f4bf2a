"""The models are formatted as one module and then split (split.split_formatted): the modules cut
from formatted source, with import blocks written as ruff's isort writes them, are what the format
stage would make of them, so it skips them (thousands of files on big specs). Checked here by
formatting the emitted tree again from scratch: nothing may change."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from generator import format as fmt
from generator import pipeline
from generator.targets.python import split
from tests.test_corpus import slow


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


#: import blocks of every shape the splitter writes: the four sections, several names from one
#: module (a cycle) in constants-classes-variables natural order, module names whose natural order
#: differs from plain order (item2 < item10, a leading zero compares digit by digit), a relative
#: import past the line length (wrapped), models that start with an alias or a class, and names
#: that appear only in strings
HEADERS_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Headers", "version": "1", "x-clientgen": {"package-name": "headers"}},
    "paths": {
        "/holder": {
            "get": {
                "operationId": "getHolder",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("Holder")}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Holder": {
                "type": "object",
                "properties": {
                    "when": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "short": {"type": "string", "maxLength": 3},
                    "item2": _ref("Item2"),
                    "item10": _ref("Item10"),
                    "item0499": _ref("Item0499"),
                    "item1": _ref("Item1"),
                    "node": _ref("Node10"),
                    "long": _ref(
                        "AVeryLongSchemaNameThatMakesTheImportLineLongerThanTheLineLengthOfTheFormatter"
                    ),
                    "choice": _ref("Choice"),
                    "mention": _ref("Mention"),
                },
            },
            "Item2": {"type": "object", "properties": {"a": {"type": "integer"}}},
            "Item10": {"type": "object", "properties": {"a": {"type": "integer"}}},
            "Item0499": {"type": "object", "properties": {"a": {"type": "integer"}}},
            "Item1": {"type": "string", "enum": ["x", "y"]},
            # a cycle: one module, several names in one import statement
            "Node10": {
                "type": "object",
                "properties": {"a": _ref("Node2"), "b": _ref("NODEX"), "c": _ref("node3")},
            },
            "Node2": {"type": "object", "properties": {"back": _ref("Node10")}},
            "NODEX": {"type": "object", "properties": {"back": _ref("Node10")}},
            "node3": {"type": "object", "properties": {"back": _ref("Node10")}},
            "AVeryLongSchemaNameThatMakesTheImportLineLongerThanTheLineLengthOfTheFormatter": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
            },
            # names that only strings mention: no import for ruff (the format stage decides)
            "Mention": {
                "type": "object",
                "properties": {
                    "kind": {"type": "string", "enum": ["Item10"]},
                    "label": {"type": "string", "title": "Item2"},
                },
            },
            "Choice": {
                "oneOf": [_ref("Item2"), _ref("Item10")],
                "discriminator": {"propertyName": "kind"},
            },
        }
    },
}


def _assert_fixed_point(tree: dict[str, str]) -> None:
    """Formatting the emitted tree again, every file as plain text, changes nothing."""
    again = fmt.format_tree({path: str(text) for path, text in tree.items()})
    changed = sorted(path for path in tree if again[path] != tree[path])
    assert changed == [], changed[:10]
    skipped = [p for p, t in tree.items() if "/_models/" in p and isinstance(t, fmt.Formatted)]
    models = [p for p in tree if "/_models/" in p and not p.endswith("__init__.py")]
    assert models and len(skipped) >= len(models) - 10, (len(skipped), len(models))


def test_split_modules_need_no_formatting(tmp_path: Path) -> None:
    spec = tmp_path / "headers.json"
    spec.write_text(json.dumps(HEADERS_SPEC), encoding="utf-8")
    tree = pipeline.render(str(spec), "python").tree
    holder = tree["headers/_models/holder.py"]
    assert "import (\n" in holder  # the long import is wrapped
    assert "from datetime import" in holder
    _assert_fixed_point(tree)


@pytest.mark.parametrize("name", ["opc_baseline_3.0.json", "petstore3.json"])
def test_corpus_split_modules_need_no_formatting(name: str, corpus: Path) -> None:
    _assert_fixed_point(pipeline.render(str(corpus / name), "python").tree)


@slow
@pytest.mark.slow
@pytest.mark.parametrize("name", ["openai.json", "stripe_spec3_2022-04-12.json"])
def test_big_split_modules_need_no_formatting(name: str, corpus: Path) -> None:
    _assert_fixed_point(pipeline.render(str(corpus / name), "python").tree)


#: module and member names whose order tells plain, case-insensitive and natural order apart
NAMES = [
    "item10",
    "Item2",
    "item_2",
    "x1",
    "x0499",
    "x0500",
    "x05",
    "a",
    "A1",
    "a01",
    "b",
    "item2",
    "ALPHA",
    "B2",
    "B10",
    "Alpha",
    "Beta",
    "zeta",
    "x",
    "AB1",
    "Ab1",
    "ab1",
    "v2b",
    "v10a",
    "v010",
]


def test_natural_order_is_ruffs() -> None:
    """The splitter's orders of modules and of names are the ones ruff's isort gives."""
    modules = "".join(f"from .{name} import X\n" for name in reversed(NAMES))
    members = "from .m import " + ", ".join(reversed(NAMES)) + "\n"
    source = f"{modules}{members}print(X, {', '.join(NAMES)})\n"
    out = fmt.format_source(source, "pkg/m.py")
    assert [line.split()[1][1:] for line in out.splitlines() if line.endswith(" import X")] == (
        sorted(NAMES, key=split._module_key)
    )
    block = out.split("from .m import (\n")[1].split(")")[0]
    assert [line.strip().rstrip(",") for line in block.splitlines()] == sorted(
        NAMES, key=split._member_key
    )


def test_formatted_texts_pass_the_format_stage_untouched() -> None:
    ugly = "x=1\n"
    out = fmt.format_tree({"a.py": ugly, "b.py": fmt.Formatted(ugly)})
    assert out["a.py"] == "x = 1\n"
    assert out["b.py"] == ugly
    assert type(fmt.Formatted(ugly) + "") is str  # a changed text is formatted again


def test_format_source_matches_format_tree() -> None:
    source = "from typing import Any, Dict\nimport os\nx:Dict[str,Any]={ 'a':1 }\n"
    assert (
        fmt.format_source(source, "pkg/m.py") == fmt.format_tree({"pkg/m.py": source})["pkg/m.py"]
    )
    assert functools.reduce(lambda a, _: fmt.format_source(a, "m.py"), range(2), source) == (
        fmt.format_source(source, "m.py")
    )


def test_statement_segments_match_ast() -> None:
    """The split reads trailing statements (``X.model_rebuild()``) from lines split once; the text
    must be what ``ast.get_source_segment`` gives, with CR, CR LF, non-ASCII text and form feeds."""
    import ast

    from generator.targets.python.split import _segment, _source_lines

    source = (
        "class A:\r\n    x: str = 'é'\rA.model_rebuild(a='ü',\n  b=2)\n\x0cB = 'x\u2028y'; A.f()\n"
        "A.g(\n    '日本',\n)"
    )
    lines = _source_lines(source)
    assert "".join(lines) == source
    tree = ast.parse(source)
    for node in tree.body:
        assert _segment(lines, node) == ast.get_source_segment(source, node)


def test_names_read_by_the_fast_walk_match_ast_walk() -> None:
    """The split reads each definition's names with a walk of its own (``_read_names``); it must
    find what ``ast.walk`` finds (``_loads``): names loaded, not stored, attribute names or keyword
    names; those in strings that parse as expressions; inside comprehensions, lambdas, ``**``
    entries, decorators, match statements and functions with ``global``."""
    import ast

    from generator.targets.python.split import _loads, _read_names

    source = """
@decorate(Base, key=Other)
class A(Base, metaclass=Meta):
    x: "list[B] | None" = Field(default=None, alias="x", title="Pet")
    y: dict[str, "C"] = {**defaults, "k": [v for v in Values if v is not Skip]}
    z = lambda q: q + Offset
    model_config = ConfigDict(extra="allow")
Alias = TypeAliasType("Alias", "list[D] | E")
A.model_rebuild(_types_namespace={"F": F})
def helper(a: G = H) -> I:
    global Counter
    Counter = J.attr
    match a:
        case K(field=L()) | [M, *rest]:
            return N
        case {"k": O, **others}:
            return P
    return {**Q} if R else None
T = tuple[U, ...] | Literal["V", 1] | None
"""
    tree = ast.parse(source)
    for node in tree.body:
        code_walk: set[str] = set()
        walked = set(_loads(node, code_walk))
        uses: set[str] = set()
        code: set[str] = set()
        _read_names(node, uses, code)
        assert (uses, code) == (walked, code_walk), ast.dump(node)[:80]
    assert {"B", "C", "D", "E", "Base", "Other", "Meta", "Skip", "Offset"} <= {
        name for node in tree.body for name in _loads(node)
    }


def test_the_index_is_handed_over_before_the_modules_are_cut() -> None:
    """split_formatted gives the index files to ``index_ready`` once the modules' names are known
    (the python set formats them meanwhile); they are the index it returns."""
    source = (
        "from __future__ import annotations\n\nfrom pydantic import BaseModel\n\n\n"
        "class Pet(BaseModel):\n    owner: Owner | None = None\n\n\n"
        "class Owner(BaseModel):\n    pets: list[Pet]\n\n\nclass Tag(BaseModel):\n    name: str\n"
    )
    handed: list[dict[str, str]] = []
    files, clean = split.split_formatted(source, handed.append)
    assert len(handed) == 1
    assert handed[0] == {p: files[p] for p in ("models.py", f"{split.PACKAGE}/__init__.py")}
    assert not set(handed[0]) & clean
    assert (files, clean) == split.split_formatted(source)
    assert "'Owner': 'pet'" in files["models.py"] and "'Tag': 'tag'" in files["models.py"]
