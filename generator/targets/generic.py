"""Naming and type helpers built from a manifest's declarative rules (no Python per language).

Templates get them as filters and functions:

- ``x | name("kind")``: ``x`` is an IR dict with ``words`` (a schema, field, parameter, operation,
  resource), a list of words, or a string (split into words); the manifest's ``naming[kind]`` case
  style joins the words, a leading digit gets ``naming.digit_prefix``-style ``_``, and a reserved
  word is escaped by ``reserved.escape``;
- ``t | type``: the type expression for an IR type (``TypeRef`` dict) from the manifest's ``types``;
- ``x | words``: the neutral words of a dict or string; ``v | literal``: a value as a literal;
- ``schema("Name")`` (a function): the IR schema a ``ref`` names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from generator.ir.words import split_words
from generator.targets.manifest import Manifest

#: Type-map defaults: a set only states what differs. ``{items}``, ``{values}``, ``{name}``,
#: ``{variants}``, ``{type}`` are filled in; ``join`` separates variants and enum values;
#: ``literal`` says how enum values are written (json or python).
TYPE_DEFAULTS = {
    "any": "any",
    "object": "object",
    "array": "{items}[]",
    "map": "Record<string, {values}>",
    "ref": "{name}",
    "enum": "{values}",
    "union": "{variants}",
    "nullable": "{type} | null",
    "join": " | ",
    "literal": "json",
    "null": "null",
}


def words_of(value: Any) -> tuple[str, ...]:
    if isinstance(value, dict):
        words = value.get("words")
        if isinstance(words, (list, tuple)) and words:
            return tuple(str(w) for w in words)
        return split_words(str(value.get("name", "")))
    if isinstance(value, (list, tuple)):
        return tuple(str(w) for w in value if str(w))
    return split_words("" if value is None else str(value))


def join_words(words: tuple[str, ...], style: str) -> str:
    words = tuple(re.sub(r"[^0-9a-zA-Z]", "", w) for w in words)
    words = tuple(w for w in words if w)
    if not words:
        words = ("value",)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "flat":
        return "".join(w.lower() for w in words)
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "camel":
        first, *rest = words
        return first.lower() + "".join(w[:1].upper() + w[1:].lower() for w in rest)
    raise ValueError(f"unknown case style {style!r}")


class Helpers:
    """The filters and functions a manifest's rules give its templates."""

    def __init__(self, manifest: Manifest, ir: dict[str, Any]) -> None:
        self.manifest = manifest
        self.ir = ir
        self.types = {**TYPE_DEFAULTS, **manifest.types}
        folded = (lambda w: w) if manifest.reserved_case_sensitive else str.lower
        self._fold: Callable[[str], str] = folded
        self.reserved = {folded(w) for w in manifest.reserved}
        self.schemas = {s["name"]: s for s in ir.get("schemas", [])}

    def name(self, value: Any, kind: str) -> str:
        style = self.manifest.naming.get(kind)
        if style is None:
            raise ValueError(
                f"naming kind {kind!r} is not in the manifest's 'naming' "
                f"(known: {', '.join(sorted(self.manifest.naming)) or 'none'})"
            )
        if style == "asis":
            text = value.get("name", "") if isinstance(value, dict) else str(value)
            return self.escape(str(text))
        text = join_words(words_of(value), style)
        if text[0].isdigit():
            text = ("N" if style == "pascal" else "_") + text
        return self.escape(text)

    def escape(self, text: str) -> str:
        while self._fold(text) in self.reserved:
            text = self.manifest.reserved_escape.replace("{name}", text)
        return text

    def literal(self, value: Any) -> str:
        if self.types["literal"] == "python":
            return repr(value)
        return json.dumps(value, ensure_ascii=False)

    def type(self, t: Any) -> str:
        if not isinstance(t, dict):
            return self.types["any"]
        text = self._base(t)
        if t.get("nullable") and text != self.types["any"]:
            text = self.types["nullable"].replace("{type}", text)
        return text

    def _base(self, t: dict[str, Any]) -> str:
        m = self.types
        kind = t.get("kind")
        if kind == "ref" and t.get("ref"):
            schema = self.schemas.get(t["ref"], {"name": t["ref"]})
            named = self.name(schema, "type") if "type" in self.manifest.naming else str(t["ref"])
            return m["ref"].replace("{name}", named)
        if kind == "primitive":
            prim = str(t.get("primitive") or "any")
            fmt = t.get("format")
            if fmt and f"{prim}:{fmt}" in m:
                return m[f"{prim}:{fmt}"]
            return m.get(prim, m["any"])
        if kind == "array":
            return m["array"].replace("{items}", self.type(t.get("items")))
        if kind == "map":
            values = self.type(t.get("items")) if t.get("items") else m["any"]
            return m["map"].replace("{values}", values)
        if kind == "enum" and t.get("values"):
            values = m["join"].join(self.literal(v) for v in t["values"])
            return m["enum"].replace("{values}", values)
        if kind == "union" and t.get("variants"):
            parts: list[str] = []
            for v in t["variants"]:
                text = self.type(v)
                if text not in parts:
                    parts.append(text)
            if m["any"] in parts:
                return m["any"]
            return m["union"].replace("{variants}", m["join"].join(parts))
        if kind == "object":
            return m["object"]
        return m["any"]

    def schema(self, name: str) -> dict[str, Any]:
        """The IR schema called ``name`` (the spec's name, as ``ref`` gives it)."""
        return self.schemas[name]

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "name": self.name,
            "type": self.type,
            "words": words_of,
            "literal": self.literal,
            "escape_reserved": self.escape,
        }

    def functions(self) -> dict[str, Callable[..., Any]]:
        return {"schema": self.schema}
