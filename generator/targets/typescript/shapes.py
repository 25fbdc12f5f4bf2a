"""Run-time descriptions of request bodies (the emitted ``src/shapes.ts``).

TypeScript types vanish at run time, so what a request body needs at run time is emitted as data:
which properties are read-only (dropped before sending, at any depth: nested objects, arrays,
maps, union variants), and, for every ``oneOf`` without a discriminator, enough of each variant
(JSON type, required keys, property kinds, enums (open ones marked), checked string formats,
``additionalProperties: false``) to tell whether a value matches more than one variant (ambiguous: refused before
sending). Everything comes from the IR; the runtime (``requestValue`` in core.ts) knows no API.

Only what a body needs is emitted: a body whose type holds neither a read-only property nor such a
union gets no shape at all. Outside union variants an object lists only the properties that lead
to one of those (``pruned``); the variants of a union without a discriminator are described in
full, since matching needs every property.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Api, Field, Schema, TypeRef
from generator.render import tsstr
from generator.targets.typescript import naming
from generator.targets.typescript.types import WIDTH, open_enum

#: string formats the runtime checks when it matches a value against a variant (the ones the
#: Python target's models check too: a string that is not one does not match)
CHECKED_FORMATS = ("date-time", "date", "uuid")


def _ambiguous(t: TypeRef) -> bool:
    return t.kind == "union" and t.one_of and not t.discriminator and len(t.variants) >= 2


def _walk(t: TypeRef | None) -> list[TypeRef]:
    """``t`` and every type inside it (not through references)."""
    if t is None:
        return []
    out = [t]
    out.extend(_walk(t.items))
    for v in t.variants:
        out.extend(_walk(v))
    return out


class Shapes:
    """The shapes table of one API: ``body(t)`` is the shape expression of a request body type
    (None when it needs none); ``entries()`` the named shapes the bodies refer to."""

    def __init__(self, api: Api, names: dict[str, str]) -> None:
        self.schemas = {s.name: s for s in api.schemas}
        self.names = names
        self.relevant = self._relevant(api)
        #: schema name -> described in full (True) or pruned (False)
        self.needed: dict[str, bool] = {}
        #: a body's own type (not a schema) is a checked oneOf union
        self.inline_one_of = False

    # -- what needs a shape --------------------------------------------------------------------

    def _relevant(self, api: Api) -> set[str]:
        """Schemas whose request value changes or is checked at run time: they hold a read-only
        property or an ambiguity-checked union, or refer (at any depth) to a schema that does."""

        def types(s: Schema) -> list[TypeRef]:
            return [x for t in (s.type, *(f.type for f in s.fields)) for x in _walk(t)]

        relevant = {
            s.name
            for s in api.schemas
            if any(f.read_only for f in s.fields)
            or any(_ambiguous(t) for t in types(s))
            or (s.kind == "union" and s.discriminator is None and _ambiguous(s.type))
        }
        refs = {s.name: {t.ref for t in types(s) if t.kind == "ref" and t.ref} for s in api.schemas}
        changed = True
        while changed:
            changed = False
            for name, used in refs.items():
                if name not in relevant and used & relevant:
                    relevant.add(name)
                    changed = True
        return relevant

    def has_one_of(self) -> bool:
        """Whether a oneOf union without a discriminator is checked in some request body."""
        return self.inline_one_of or any(
            _ambiguous(t)
            for name in self.needed
            for s in (self.schemas[name],)
            for t in (x for y in (s.type, *(f.type for f in s.fields)) for x in _walk(y))
        )

    def matters(self, t: TypeRef) -> bool:
        return any(_ambiguous(x) or (x.kind == "ref" and x.ref in self.relevant) for x in _walk(t))

    # -- building ------------------------------------------------------------------------------

    def body(self, t: TypeRef) -> Any | None:
        """The shape of a request body of type ``t`` (a name or a description), or None."""
        if not self.matters(t):
            return None
        self.inline_one_of = self.inline_one_of or any(_ambiguous(x) for x in _walk(t))
        return self._shape(t, full=False)

    def _need(self, name: str, full: bool) -> None:
        before = self.needed.get(name)
        if before is None or (full and not before):
            self.needed[name] = full
            schema = self.schemas[name]
            self._entry(schema, full)  # visits what it refers to

    def entries(self) -> list[tuple[str, Any]]:
        """Every named shape the bodies built so far refer to, in the IR's schema order."""
        needed = dict(self.needed)  # complete: each schema was visited when it was added
        return [
            (name, self._entry(s, needed[name]))
            for name, s in self.schemas.items()
            if name in needed
        ]

    def _entry(self, s: Schema, full: bool) -> Any:
        if s.kind != "object":
            shape = self._shape(s.type, full, self.names.get(s.name))
            if s.kind == "union" and s.discriminator is not None and isinstance(shape, dict):
                shape["discriminator"] = self._mapping(s.discriminator.property, s.type, s)
            return shape
        out: dict[str, Any] = {"type": "object"}
        # matching (full) needs the properties the allOf parts give too
        fields, inline, inline_required = self._all_of(s) if full else ([], [], [])
        fields = [*fields, *s.fields]
        props: dict[str, Any] = {name: {} for name in inline}
        for f in fields:
            if f.read_only:
                props.pop(f.name, None)
            elif full or self.matters(f.type):
                props[f.name] = self._shape(f.type, full)
        if props:
            out["properties"] = props
        read_only = list(dict.fromkeys(f.name for f in fields if f.read_only))
        if read_only:
            out["readOnly"] = read_only
        if full:
            required = [f.name for f in fields if f.required and not f.read_only]
            required = list(dict.fromkeys([*inline_required, *required]))
            required = [name for name in required if name not in read_only]
            if required:
                out["required"] = required
            if s.closed:
                out["additional"] = False
        return out

    def _all_of(self, s: Schema, depth: int = 0) -> tuple[list[Field], list[str], list[str]]:
        """What an object schema's allOf parts give it: the fields of the schemas they refer to
        (and of their own parts), and the property names and required names written inline (an
        inline part's properties match any value here)."""
        js = s.json_schema if isinstance(s.json_schema, dict) else {}
        parts = js.get("allOf")
        fields: list[Field] = []
        inline: list[str] = []
        required: list[str] = []
        for part in parts if isinstance(parts, list) and depth < 16 else []:
            if not isinstance(part, dict):
                continue
            ref = part.get("$ref")
            if isinstance(ref, str):
                target = self.schemas.get(ref.rsplit("/", 1)[-1])
                if target is not None:
                    more, names, needed = self._all_of(target, depth + 1)
                    fields += [*more, *target.fields]
                    inline += names
                    required += needed
                continue
            own = part.get("properties")
            inline += [str(name) for name in own] if isinstance(own, dict) else []
            names_required = part.get("required")
            if isinstance(names_required, list):
                required += [str(name) for name in names_required]
        return fields, inline, required

    def _shape(self, t: TypeRef, full: bool, name: str | None = None) -> Any:
        """The shape of ``t``: a schema's name (its entry is added to the table), or a
        description. ``name`` is a union's name in error messages."""
        if t.kind == "ref" and t.ref is not None and t.ref in self.schemas:
            if not full and t.ref not in self.relevant:
                return {}
            self._need(t.ref, full)
            if t.nullable and full:  # matching needs to know that null is allowed here
                return {"anyOf": [t.ref], "nullable": True}
            return t.ref
        out: dict[str, Any]
        if t.kind == "primitive":
            out = {"type": t.primitive} if t.primitive in _JSON_TYPES else {}
            if t.primitive == "string" and t.format in CHECKED_FORMATS:
                out["format"] = t.format
        elif t.kind == "enum" and open_enum(t):
            # open: a value the API adds later is a string too (matching takes the known first)
            out = {"enum": list(t.values), "open": True}
        elif t.kind == "enum":
            out = {"enum": [v for v in t.values]}
        elif t.kind == "array":
            out = {"type": "array"}
            if t.items is not None and (full or self.matters(t.items)):
                out["items"] = self._shape(t.items, full)
        elif t.kind == "map":
            out = {"type": "object"}
            if t.items is not None and (full or self.matters(t.items)):
                out["additional"] = self._shape(t.items, full)
        elif t.kind == "object":
            out = {"type": "object"}
        elif t.kind == "union" and t.variants:
            out = {}
            if _ambiguous(t):  # named in the error that refuses an ambiguous value
                out["name"] = name or " | ".join(self._name(v) for v in t.variants)
                out["variants"] = [self._name(v) for v in t.variants]
            # the variants of a union without a discriminator are matched: described in full
            variants = [self._shape(v, full or not t.discriminator) for v in t.variants]
            out["oneOf" if t.one_of else "anyOf"] = variants
            if t.discriminator:
                out["discriminator"] = self._mapping(t.discriminator, t, None)
        else:
            out = {}
        if t.nullable:
            out["nullable"] = True
        return out

    def _mapping(self, prop: str, t: TypeRef, s: Schema | None) -> dict[str, Any]:
        """A discriminated union's tag -> variant index: the spec's mapping, else each variant's
        own constant tag, else its schema name (OpenAPI's implicit mapping)."""
        index = {v.ref: i for i, v in reversed(list(enumerate(t.variants))) if v.ref}
        mapping: dict[str, int] = {}
        if s is not None and s.discriminator is not None:
            for value, target in s.discriminator.mapping:
                if target in index:
                    mapping[value] = index[target]
        for ref, i in index.items():
            schema = self.schemas.get(ref)
            own = next((f for f in schema.fields if f.name == prop), None) if schema else None
            values = own.type.values if own is not None and own.type.kind == "enum" else ()
            for value in values or (ref,):
                if isinstance(value, str):
                    mapping.setdefault(value, i)
        return {"property": prop, "mapping": mapping}

    def _name(self, t: TypeRef) -> str:
        """A variant's name in error messages: its type's name, as the client's types say."""
        if t.kind == "ref" and t.ref is not None:
            return self.names.get(t.ref, t.ref)
        if t.kind == "primitive" and t.format in CHECKED_FORMATS:
            return f"{t.primitive} ({t.format})"
        if t.kind == "primitive":
            return t.primitive or "unknown"
        if t.kind == "array":
            return f"Array<{self._name(t.items) if t.items else 'unknown'}>"
        if t.kind == "map":
            return f"Record<string, {self._name(t.items) if t.items else 'unknown'}>"
        if t.kind == "enum":
            return " | ".join(_scalar(v) for v in t.values)
        if t.kind == "union":
            return " | ".join(self._name(v) for v in t.variants)
        if t.kind == "object":
            return "object"
        return "unknown"


_JSON_TYPES = ("string", "integer", "number", "boolean", "null")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return repr(value)
    return tsstr(str(value))


# -- printing, laid out as prettier lays out object and array literals ------------------------


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ", ".join(f"{naming.property_key(str(k))}: {_flat(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    return _scalar(value)


def _breaks(value: list[Any]) -> bool:
    """prettier always breaks an array of two or more objects with more than one key each (or
    of arrays with more than one item each)."""
    if len(value) < 2:
        return False
    if all(isinstance(v, dict) and len(v) > 1 for v in value):
        return True
    return all(isinstance(v, list) and len(v) > 1 for v in value)


def _numbers(value: list[Any]) -> bool:
    return bool(value) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
    )


def layout(prefix: str, value: Any, suffix: str, indent: int) -> str:
    """``prefix`` (already indented), the literal, then ``suffix``; broken as prettier breaks
    it when the line is longer than WIDTH. No trailing newline."""
    one = prefix + _flat(value) + suffix
    if isinstance(value, dict) and value and len(one) > WIDTH:
        pad = " " * (indent + 2)
        lines = [prefix + "{"]
        for k, v in value.items():
            lines.append(layout(f"{pad}{naming.property_key(str(k))}: ", v, ",", indent + 2))
        lines.append(" " * indent + "}" + suffix)
        return "\n".join(lines)
    if isinstance(value, list) and value and (len(one) > WIDTH or _breaks(value)):
        pad = " " * (indent + 2)
        if _numbers(value):  # numbers fill the lines
            lines, line = [prefix + "["], pad
            for v in value:
                item = _scalar(v) + ","
                if line != pad and len(line) + 1 + len(item) > WIDTH:
                    lines.append(line)
                    line = pad
                line = line + ("" if line == pad else " ") + item
            lines.append(line)
        else:
            lines = [prefix + "["]
            for v in value:
                lines.append(layout(pad, v, ",", indent + 2))
        lines.append(" " * indent + "]" + suffix)
        return "\n".join(lines)
    return one


def module(shapes: Shapes) -> str:
    """The text of src/shapes.ts."""
    head = (
        "/**\n"
        " * What request bodies need at run time, from the API description: the read-only\n"
        " * properties to drop before sending, and the variants of each oneOf union without a\n"
        " * discriminator, to refuse a value that more than one of them accepts. Used by\n"
        " * `requestValue` in core.ts.\n"
        " */\n\n"
        'import type { Shapes } from "./core.js";\n\n'
    )
    body = "".join(
        layout(f"  {naming.property_key(name)}: ", shape, ",", 2) + "\n"
        for name, shape in shapes.entries()
    )
    return head + "export const SHAPES: Shapes = {\n" + body + "};\n"
