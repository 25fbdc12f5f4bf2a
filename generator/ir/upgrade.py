"""Rewrite an OpenAPI 3.0 document's schemas into their OpenAPI 3.1 (JSON Schema 2020-12) form.

The IR builder works on the upgraded document, so a 3.0 spec and its 3.1 translation give the same
IR and the same schemas for targets (which then only ever see 3.1 schemas):

- ``nullable: true`` becomes ``"null"`` in ``type`` (and in ``enum``), or a ``{"type": "null"}``
  variant of ``oneOf``/``anyOf``; ``nullable: false`` goes away;
- boolean ``exclusiveMinimum``/``exclusiveMaximum`` become numbers (taking ``minimum``/``maximum``);
- ``example`` becomes ``examples: [...]``;
- siblings of ``$ref`` (ignored by 3.0) are dropped, except ``description`` and ``nullable``.

Every document, 3.0 or 3.1, also has its harmless real-world quirks repaired (the validator has
already warned about each): ``type: object`` whose ``enum`` holds only strings means a string enum;
an empty ``enum: []`` constrains nothing; a ``pattern`` Python cannot compile is dropped; a 3.0-style
``nullable: true`` left in a 3.1 document allows null.

Nothing is modified in place: the result shares unchanged data (examples, defaults) with the input.
"""

from __future__ import annotations

import re
from typing import Any

from generator.ir.model import ANNOTATION_KEYWORDS as _ANNOTATIONS

#: Keys whose values are data, never schemas.
_DATA_KEYS = ("example", "examples", "default", "enum", "const")
#: 3.0 ignores every sibling of ``$ref``; these are kept because authors mean them.
_REF_SIBLINGS = ("description", "nullable")
_NULL = {"type": "null"}


def is_30(data: dict[str, Any]) -> bool:
    return str(data.get("openapi", "")).startswith("3.0")


def upgrade_document(data: dict[str, Any]) -> dict[str, Any]:
    """The document with every schema in 3.1 form (a new object; ``data`` is left alone)."""
    up = _Upgrader(from_30=is_30(data))
    out = up.node(data)
    out["openapi"] = data.get("openapi")
    return out


class _Upgrader:
    def __init__(self, from_30: bool = True) -> None:
        self.from_30 = from_30
        # YAML aliases share objects: convert each once, keeping the sharing
        self.memo: dict[tuple[int, bool], Any] = {}

    def node(self, value: Any, parent_key: str | None = None) -> Any:
        """A non-schema part of the document: find the schemas inside it."""
        if isinstance(value, list):
            return [self.node(v) for v in value]
        if not isinstance(value, dict):
            return value
        key = (id(value), False)
        if key in self.memo:
            return self.memo[key]
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k in ("example", "examples", "default") or str(k).startswith("x-"):
                out[k] = v
            elif k == "schema":
                out[k] = self.schema(v)
            elif k == "schemas" and parent_key == "components" and isinstance(v, dict):
                out[k] = {name: self.schema(s) for name, s in v.items()}
            else:
                out[k] = self.node(v, str(k))
        self.memo[key] = out
        return out

    def schema(self, schema: Any) -> Any:
        if not isinstance(schema, dict):
            return schema
        key = (id(schema), True)
        if key in self.memo:
            return self.memo[key]
        out = self._schema(schema)
        self.memo[key] = out
        return out

    def _schema(self, schema: dict[str, Any]) -> Any:
        if isinstance(schema.get("$ref"), str):
            kept = {k: v for k, v in schema.items() if k == "$ref" or k in _REF_SIBLINGS}
            return _nullable(kept)
        out: dict[str, Any] = {}
        for k, v in schema.items():
            if k in _DATA_KEYS or str(k).startswith("x-"):
                out[k] = v
            elif k in ("properties", "patternProperties") and isinstance(v, dict):
                out[k] = {name: self.schema(s) for name, s in v.items()}
            elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
                out[k] = [self.schema(s) for s in v]
            elif k == "items" and isinstance(v, list):  # tuple items, not 3.0 but seen in the wild
                out[k] = [self.schema(s) for s in v]
            elif k in ("items", "additionalProperties", "not") and isinstance(v, dict):
                out[k] = self.schema(v)
            else:
                out[k] = v
        _repair(out)
        if not self.from_30:
            # `nullable: true` left over from 3.0 in a 3.1 document (OpenAI's spec has hundreds):
            # the author means null is allowed, so it is read as in 3.0
            return _nullable(out) if out.get("nullable") is True else out
        if "example" in out:
            example = out.pop("example")
            out.setdefault("examples", [example])
        for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = out.get(bound)
            if isinstance(flag, bool):
                del out[bound]
                if flag and isinstance(out.get(limit), (int, float)):
                    out[bound] = out.pop(limit)
        return _nullable(out)


def _repair(schema: dict[str, Any]) -> None:
    """Fix, in the fresh copy ``schema``, the quirks the validator warns about."""
    enum = schema.get("enum")
    if isinstance(enum, list):
        values = [v for v in enum if v is not None]
        if not enum:
            del schema["enum"]
        elif schema.get("type") == "object" and values and all(isinstance(v, str) for v in values):
            schema["type"] = "string"
        elif (
            isinstance(schema.get("type"), list)
            and "object" in schema["type"]
            and values
            and all(isinstance(v, str) for v in values)
        ):
            schema["type"] = ["string" if t == "object" else t for t in schema["type"]]
    pattern = schema.get("pattern")
    if pattern is not None:
        try:
            re.compile(str(pattern))
        except (re.error, RecursionError, OverflowError):
            del schema["pattern"]


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """Fold 3.0's ``nullable`` into the schema's 3.1 form."""
    if "nullable" not in schema:
        return schema
    out = dict(schema)
    flag = out.pop("nullable")
    if flag is not True:
        return out
    typ = out.get("type")
    if isinstance(typ, str):
        if typ != "null":
            out["type"] = [typ, "null"]
        enum = out.get("enum")
        if isinstance(enum, list) and None not in enum:
            out["enum"] = [*enum, None]
        return out
    for key in ("oneOf", "anyOf"):
        variants = out.get(key)
        if isinstance(variants, list) and "discriminator" not in out:
            if not any(v == _NULL for v in variants):
                out[key] = [*variants, dict(_NULL)]
            return out
    all_of = out.get("allOf")
    if (
        isinstance(all_of, list)
        and len(all_of) == 1
        and isinstance(all_of[0], dict)
        and set(all_of[0]) == {"$ref"}
        and not _structural(out, "allOf")
    ):
        # {allOf: [$ref], nullable: true}: the usual 3.0 spelling of a nullable reference
        del out["allOf"]
        return {"anyOf": [all_of[0], dict(_NULL)], **out}
    if "$ref" in out:
        ref = out.pop("$ref")
        return {"anyOf": [{"$ref": ref}, dict(_NULL)], **out}
    if "allOf" in out or _structural(out, None):
        annotations = {k: v for k, v in out.items() if k in _ANNOTATIONS}
        rest = {k: v for k, v in out.items() if k not in _ANNOTATIONS}
        return {"anyOf": [rest, dict(_NULL)], **annotations}
    return out  # no type at all: already admits null


def _structural(schema: dict[str, Any], ignore: str | None) -> bool:
    """Whether the schema constrains values beyond ``ignore`` (annotations do not count)."""
    return any(
        k != ignore and k not in _ANNOTATIONS and not str(k).startswith("x-") for k in schema
    )
