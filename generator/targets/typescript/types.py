"""TypeScript types for IR type expressions, and their layout at prettier's line width.

Types are built as small trees (atoms, unions, generics) and printed either flat or broken the way
prettier breaks them, so the emitted code needs no formatter and prettier leaves it unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from generator.ir.model import Api, Schema, TypeRef
from generator.render import tsstr

if TYPE_CHECKING:
    from generator.targets.typescript.shapes import Shapes

WIDTH = 100
View = Literal["in", "out"]

#: string formats that accept a Date in parameters (serialised with toISOString)
DATE_FORMATS = ("date-time",)


@dataclass(frozen=True)
class Atom:
    text: str


@dataclass(frozen=True)
class Union:
    members: tuple[Node, ...]


@dataclass(frozen=True)
class Generic:
    name: str
    args: tuple[Node, ...]


Node = Atom | Union | Generic


def flat(node: Node) -> str:
    if isinstance(node, Atom):
        return node.text
    if isinstance(node, Union):
        return " | ".join(flat(m) for m in node.members)
    return f"{node.name}<{', '.join(flat(a) for a in node.args)}>"


def layout(prefix: str, node: Node, suffix: str, indent: int) -> str:
    """``prefix`` (already indented), the type, then ``suffix``; broken as prettier would when the
    line is longer than WIDTH. Returns text without a trailing newline."""
    one = prefix + flat(node) + suffix
    if len(one) <= WIDTH:
        return one
    pad = " " * (indent + 2)
    if isinstance(node, Union):
        # prettier hugs a single generic in a union with null: `Array<\n  ...\n> | null`
        solid = [m for m in node.members if m not in (Atom("null"), Atom("undefined"))]
        if len(solid) == 1 and isinstance(solid[0], Generic) and node.members[0] == solid[0]:
            rest = "".join(" | " + flat(m) for m in node.members[1:])
            return layout(prefix, solid[0], rest + suffix, indent)
    if isinstance(node, Union) and not prefix.strip():
        # already on a line of its own (a type argument): one member per line, same indent
        last = len(node.members) - 1
        return "\n".join(
            layout(prefix + "| ", m, suffix if i == last else "", indent + 2)
            for i, m in enumerate(node.members)
        )
    if isinstance(node, Union):
        two = prefix.rstrip() + "\n" + pad + flat(node) + suffix
        if len(pad + flat(node) + suffix) <= WIDTH:
            return two
        lines = [prefix.rstrip()]
        for i, m in enumerate(node.members):
            end = suffix if i == len(node.members) - 1 else ""
            lines.append(layout(pad + "| ", m, end, indent + 4))
        return "\n".join(lines)
    if isinstance(node, Generic):
        lines = [prefix + node.name + "<"]
        for i, a in enumerate(node.args):
            last = i == len(node.args) - 1
            lines.append(layout(pad, a, "" if last else ",", indent + 2))
        lines.append(" " * indent + ">" + suffix)
        return "\n".join(lines)
    if prefix.endswith(" = "):  # a type alias breaks after `=` when its one type is too long
        return prefix.rstrip() + "\n" + pad + flat(node) + suffix
    return one


def union(members: list[Node]) -> Node:
    out: list[Node] = []
    for m in members:
        parts = m.members if isinstance(m, Union) else (m,)
        for p in parts:
            if p not in out:
                out.append(p)
    if Atom("unknown") in out or not out:
        return Atom("unknown")
    if len(out) == 1:
        return out[0]
    # null last, as written by people
    out.sort(key=lambda n: n == Atom("null"))
    return Union(tuple(out))


def literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            repr(value)
            if value == value and value not in (float("inf"), float("-inf"))
            else "number"
        )
    return tsstr(str(value))


def open_enum(t: TypeRef) -> bool:
    """String enums of two or more values are open, as in the Python target: a value the server
    adds later is still a string the type accepts; constants and discriminator tags stay closed."""
    values = [v for v in t.values if v is not None]
    return len(values) >= 2 and all(isinstance(v, str) for v in values)


class Mapper:
    """Maps IR types to TypeScript. Schemas holding readOnly or writeOnly fields (directly or
    through a reference) get two views: ``out`` (responses) and ``in`` (request bodies)."""

    def __init__(self, api: Api, names: dict[str, str], input_names: dict[str, str]) -> None:
        self.schemas = {s.name: s for s in api.schemas}
        self.names = names
        self.input_names = input_names
        #: discriminated unions' unknown-variant types (responses only)
        self.unknown: dict[str, str] = {}
        #: the request bodies' run-time shapes (src/shapes.ts), set by prepare()
        self.shapes: Shapes

    def node(self, t: TypeRef, view: View = "out", param: bool = False) -> Node:
        base = self._base(t, view, param)
        if t.nullable:
            return union([base, Atom("null")])
        return base

    def text(self, t: TypeRef, view: View = "out", param: bool = False) -> str:
        return flat(self.node(t, view, param))

    def _base(self, t: TypeRef, view: View, param: bool) -> Node:
        if t.kind == "ref" and t.ref is not None:
            if view == "in" and t.ref in self.input_names:
                return Atom(self.input_names[t.ref])
            return Atom(self.names[t.ref])
        if t.kind == "primitive":
            if t.primitive == "string":
                if t.format == "binary":
                    return Atom("Blob")
                if param and t.format in DATE_FORMATS:
                    return union([Atom("string"), Atom("Date")])
                return Atom("string")
            return Atom(
                {"integer": "number", "number": "number", "boolean": "boolean", "null": "null"}.get(
                    t.primitive or "", "unknown"
                )
            )
        if t.kind == "array" and t.items is not None:
            inner = self.node(t.items, view, param)
            if isinstance(inner, Atom) and _simple(inner.text):
                return Atom(inner.text + "[]")
            return Generic("Array", (inner,))
        if t.kind == "map":
            inner = self.node(t.items, view, param) if t.items is not None else Atom("unknown")
            return Generic("Record", (Atom("string"), inner))
        if t.kind == "enum" and t.values:
            members: list[Node] = [Atom(literal(v)) for v in t.values]
            if open_enum(t):
                members.append(Atom("(string & {})"))
            return union(members)
        if t.kind == "union" and t.variants:
            return union([self.node(v, view, param) for v in t.variants])
        if t.kind == "object":
            return Generic("Record", (Atom("string"), Atom("unknown")))
        return Atom("unknown")

    def tagged_union(self, schema: Schema, view: View) -> Node:
        """A discriminated union whose members each carry their tag as a literal type: a variant
        whose discriminator property is not already that literal is intersected with it."""
        assert schema.discriminator is not None
        prop = schema.discriminator.property
        tags: dict[str, list[str]] = {}
        for value, target in schema.discriminator.mapping:
            tags.setdefault(target, []).append(value)
        if not schema.type.variants:  # a single variant: the union is that type
            return self.node(schema.type, view)
        members: list[Node] = []
        for v in schema.type.variants:
            base = self.node(v, view)
            values = tags.get(v.ref or "", [])
            if v.kind == "ref" and v.ref in self.schemas and values:
                own = next((f for f in self.schemas[v.ref].fields if f.name == prop), None)
                if not (own and own.type.kind == "enum" and list(own.type.values) == values):
                    tag = " | ".join(literal(x) for x in values)
                    key = _key(prop)
                    base = Atom(f"({flat(base)} & {{ {key}: {tag} }})")
            members.append(base)
        if view == "out" and schema.name in self.unknown:
            members.append(Atom(self.unknown[schema.name]))
        node = union(members)
        if schema.type.nullable:
            node = union([node, Atom("null")])
        return node


def _simple(text: str) -> bool:
    return all(c.isalnum() or c in "_$[]." for c in text)


def _key(name: str) -> str:
    from generator.targets.typescript.naming import property_key

    return property_key(name)
