"""The IR's JSON Schema (Draft 2020-12), generated from the dataclasses in model.py.

Field descriptions come from model.py itself: a field's trailing ``# comment`` or the ``#:`` lines
just above it, and each class's docstring. ``ir.schema.json`` beside this file is the committed
result, shipped in the package; tests/test_ir_schema.py fails when it and the dataclasses disagree.

    python -m generator.ir.schema            # print the schema
    python -m generator.ir.schema --write    # refresh ir.schema.json after changing model.py
    python -m generator.ir.schema --check    # exit 1 when ir.schema.json is stale
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import io
import json
import sys
import tokenize
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from generator.ir import model

SCHEMA_PATH = Path(__file__).with_name("ir.schema.json")
#: {IR version: fingerprint of its shape}: versions.json beside this file
VERSIONS_PATH = Path(__file__).with_name("versions.json")
DRAFT = "https://json-schema.org/draft/2020-12/schema"
ROOT = model.Api


def _comments(source: str) -> dict[str, dict[str, str]]:
    """{class name: {field name: comment}} from trailing ``#`` and preceding ``#:`` comments."""
    by_line: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            by_line[tok.start[0]] = tok.string
    lines = source.splitlines()
    out: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: dict[str, str] = {}
        for item in node.body:
            if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
                continue
            parts: list[str] = []
            above = item.lineno - 1
            while above >= 1 and lines[above - 1].strip().startswith("#:"):
                parts.insert(0, lines[above - 1].strip()[2:].strip())
                above -= 1
            trailing = by_line.get(item.end_lineno or item.lineno)
            if trailing and not trailing.startswith("#:"):
                parts.append(trailing[1:].strip())
            if parts:
                fields[item.target.id] = " ".join(parts)
        out[node.name] = fields
    return out


def _doc(cls: type) -> str | None:
    doc = cls.__doc__
    if not doc or doc.startswith(cls.__name__ + "("):  # dataclass's generated signature
        return None
    return " ".join(doc.split())


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        source = Path(model.__file__).read_text(encoding="utf-8")
        self.comments = _comments(source)

    def type_schema(self, tp: Any) -> dict[str, Any]:
        origin = get_origin(tp)
        if tp is Any:
            return {}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is type(None):
            return {"type": "null"}
        if dataclasses.is_dataclass(tp) and isinstance(tp, type):
            self.define(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if origin is Literal:
            values = list(get_args(tp))
            kinds = {type(v) for v in values}
            out: dict[str, Any] = {"enum": values}
            if kinds == {str}:
                out = {"type": "string", "enum": values}
            return out
        if origin in (Union, types.UnionType):
            args = get_args(tp)
            non_null = [a for a in args if a is not type(None)]
            inner = [self.type_schema(a) for a in non_null]
            if len(args) != len(non_null):
                if len(inner) == 1 and isinstance(inner[0].get("type"), str):
                    return {**inner[0], "type": [inner[0]["type"], "null"]}
                inner.append({"type": "null"})
            return inner[0] if len(inner) == 1 else {"anyOf": inner}
        if origin is tuple:
            args = get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.type_schema(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.type_schema(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if origin in (list,):
            return {"type": "array", "items": self.type_schema(get_args(tp)[0])}
        if origin is dict:
            key, value = get_args(tp)
            assert key is str, "IR maps are keyed by strings"
            return {"type": "object", "additionalProperties": self.type_schema(value)}
        raise TypeError(f"no JSON Schema for the IR type {tp!r}: extend generator/ir/schema.py")

    def define(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # placeholder: recursive types (TypeRef.items) refer to it
        hints = typing.get_type_hints(cls, vars(model))
        notes = self.comments.get(name, {})
        properties: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            prop = self.type_schema(hints[f.name])
            if f.name in notes:
                prop = {"description": notes[f.name], **prop}
            if f.default is not dataclasses.MISSING and _json_value(f.default):
                prop["default"] = _plain(f.default)
            elif f.default_factory is not dataclasses.MISSING:
                prop["default"] = _plain(f.default_factory())
            properties[f.name] = prop
        definition: dict[str, Any] = {"type": "object"}
        doc = _doc(cls)
        if doc:
            definition["description"] = doc
        definition["properties"] = properties
        definition["required"] = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        definition["additionalProperties"] = False
        self.defs[name] = definition


def _json_value(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, tuple, list, dict))


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value))


def build_schema() -> dict[str, Any]:
    """The IR's JSON Schema, from the dataclasses (deterministic: same model, same bytes)."""
    builder = _Builder()
    builder.define(ROOT)
    root = builder.defs[ROOT.__name__]
    properties = dict(root["properties"])
    properties["ir_version"] = {
        **properties["ir_version"],
        "const": model.IR_VERSION,
    }
    return {
        "$schema": DRAFT,
        "$id": f"urn:clientgen:ir:{model.IR_VERSION}",
        "title": f"clientgen IR {model.IR_VERSION}",
        "description": " ".join((model.__doc__ or "").split())
        + " Generated from generator/ir/model.py by `python -m generator.ir.schema --write`;"
        " see generator/ir/CHANGELOG.md.",
        **{k: v for k, v in root.items() if k not in ("description", "properties")},
        "properties": properties,
        "$defs": {k: builder.defs[k] for k in sorted(builder.defs) if k != ROOT.__name__},
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def committed_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in ("description", "title", "$id")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def fingerprint(schema: dict[str, Any] | None = None) -> str:
    """A hash of the IR's shape: fields, types, required, enums (not descriptions, not the
    version itself). Recorded per version in versions.json, so a shape change without a version
    bump is caught."""
    shape = _strip(schema if schema is not None else build_schema())
    shape["properties"]["ir_version"] = {"type": "string"}  # the version is not the shape
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode("utf-8")).hexdigest()


def recorded_versions() -> dict[str, str]:
    data: dict[str, str] = json.loads(VERSIONS_PATH.read_text(encoding="utf-8"))
    return data


def record_version() -> str | None:
    """Record the current shape under IR_VERSION; an error message when that version already
    names another shape (the IR changed but IR_VERSION did not)."""
    versions = recorded_versions() if VERSIONS_PATH.is_file() else {}
    now = fingerprint()
    known = versions.get(model.IR_VERSION)
    if known is not None and known != now:
        return (
            f"the IR's shape changed but IR_VERSION is still {model.IR_VERSION}: bump it in "
            "generator/ir/model.py (minor: additive, major: anything else), add the entry to "
            "generator/ir/CHANGELOG.md, and run this again"
        )
    if known is None:
        versions[model.IR_VERSION] = now
        VERSIONS_PATH.write_text(json.dumps(versions, indent=2) + "\n", encoding="utf-8")
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = schema_text()
    if "--write" in args:
        problem = record_version()
        if problem is not None:
            print(f"{SCHEMA_PATH}: not written: {problem}", file=sys.stderr)
            return 1
        SCHEMA_PATH.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {SCHEMA_PATH} (IR {model.IR_VERSION})")
        return 0
    if "--check" in args:
        if SCHEMA_PATH.is_file() and committed_text() == text:
            print(f"{SCHEMA_PATH}: up to date with model.py")
            return 0
        print(f"{SCHEMA_PATH}: stale; run: python -m generator.ir.schema --write", file=sys.stderr)
        return 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
