"""Resolved type shapes: what a value looks like, whatever the spec calls its parts.

``clientgen diff`` compares shapes, not spellings: a schema written inline and the same schema
behind a ``$ref`` give the same shape. Named component schemas stay references (``kind == "ref"``)
so each is compared once, by name, where it is declared; the schemas the IR hoisted from inline
ones (``Schema.synthetic``) are expanded where they are used, so their made-up names never count.

Shapes are read from the IR: ``TypeRef`` for parameters, bodies and responses, and each
``Schema.json_schema`` (3.1 form, refs pointing at named schemas) below that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ir.model import Schema, TypeRef
from generator.problems import join_pointer
from generator.spec.walk import decode_pointer

SCHEMA_PREFIX = "#/components/schemas/"
_MAX_DEPTH = 60


@dataclass
class Prop:
    """One property of an object shape."""

    name: str  # wire name
    shape: Shape
    required: bool
    pointer: str
    description: str | None = None
    deprecated: bool = False
    default: Any = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    examples: Any = None


@dataclass
class Shape:
    kind: str  # primitive | enum | array | map | union | object | ref | any
    pointer: str
    primitive: str | None = None
    format: str | None = None
    nullable: bool = False
    values: tuple[Any, ...] = ()
    items: Shape | None = None  # array items, map values
    variants: list[Shape] = field(default_factory=list)
    props: dict[str, Prop] = field(default_factory=dict)
    ref: str | None = None  # kind == "ref": a named (component) schema
    discriminator: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    description: str | None = None

    def label(self) -> str:
        """A short neutral name for the shape, for messages."""
        null = " | null" if self.nullable else ""
        if self.kind == "ref":
            return f"{self.ref}{null}"
        if self.kind == "primitive":
            fmt = f" ({self.format})" if self.format else ""
            return f"{self.primitive}{fmt}{null}"
        if self.kind == "enum":
            return f"enum of {self.primitive or 'values'}{null}"
        if self.kind == "array" and self.items is not None:
            return f"array of {self.items.label()}{null}"
        if self.kind == "map" and self.items is not None:
            return f"map of {self.items.label()}{null}"
        if self.kind == "union":
            return " | ".join(v.label() for v in self.variants) + null
        return self.kind + null


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _primitive_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


class Shapes:
    """Builds shapes for one API version."""

    def __init__(self, schemas: tuple[Schema, ...]) -> None:
        self.schemas = {s.name: s for s in schemas}

    def component(self, name: str) -> Schema | None:
        schema = self.schemas.get(name)
        return schema if schema is not None and not schema.synthetic else None

    def expand(self, name: str) -> Shape:
        """The shape a named schema stands for (its declaration, not a reference to it)."""
        schema = self.schemas[name]
        return self.of_json(schema.json_schema, schema.origin)

    # -- from the IR's type expressions -----------------------------------------------------
    def of_type(self, t: TypeRef, pointer: str) -> Shape:
        if t.kind == "ref" and t.ref is not None:
            schema = self.schemas.get(t.ref)
            if schema is None:
                return Shape("any", pointer)
            if schema.synthetic:
                shape = self.expand(t.ref)
                if t.nullable:
                    shape.nullable = True
                return shape
            return Shape("ref", pointer, ref=t.ref, nullable=t.nullable)
        shape = Shape(
            t.kind,
            pointer,
            primitive=t.primitive,
            format=t.format,
            nullable=t.nullable,
            values=t.values,
            discriminator=t.discriminator,
        )
        if t.items is not None:
            sub = "items" if t.kind == "array" else "additionalProperties"
            shape.items = self.of_type(t.items, join_pointer(pointer, sub))
        shape.variants = [
            self.of_type(v, join_pointer(pointer, "oneOf", i)) for i, v in enumerate(t.variants)
        ]
        if t.kind == "object":
            shape.kind = "map"
            shape.items = Shape("any", pointer)
        return shape

    # -- from JSON Schema (3.1 form, as the IR keeps it) ------------------------------------
    def of_json(self, schema: Any, pointer: str, depth: int = 0) -> Shape:
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return Shape("any", pointer)
        description = _text(schema.get("description"))
        ref = schema.get("$ref")
        if isinstance(ref, str):
            nullable = schema.get("nullable") is True
            if ref.startswith(SCHEMA_PREFIX):
                tokens = decode_pointer("/" + ref[len(SCHEMA_PREFIX) :])
                if len(tokens) == 1 and tokens[0] in self.schemas:
                    return Shape(
                        "ref", pointer, ref=tokens[0], nullable=nullable, description=description
                    )
            return Shape("any", pointer, nullable=nullable)
        typ = schema.get("type")
        types = list(typ) if isinstance(typ, list) else ([typ] if isinstance(typ, str) else [])
        nullable = "null" in types
        types = [t for t in types if t != "null"]
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if isinstance(variants, list) and variants:
                kept = [
                    (i, v)
                    for i, v in enumerate(variants)
                    if not (isinstance(v, dict) and v.get("type") == "null")
                ]
                nullable = nullable or len(kept) < len(variants)
                if len(kept) == 1 and not schema.get("properties"):
                    i, only = kept[0]
                    inner = self.of_json(only, join_pointer(pointer, key, i), depth + 1)
                    inner.nullable = inner.nullable or nullable
                    inner.description = inner.description or description
                    return inner
                shape = Shape("union", pointer, nullable=nullable, description=description)
                shape.variants = [
                    self.of_json(v, join_pointer(pointer, key, i), depth + 1) for i, v in kept
                ]
                disc = schema.get("discriminator")
                if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
                    shape.discriminator = disc["propertyName"]
                    mapping = disc.get("mapping")
                    if isinstance(mapping, dict):
                        shape.mapping = {
                            str(k): str(v).removeprefix(SCHEMA_PREFIX) for k, v in mapping.items()
                        }
                return shape
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            if len(all_of) == 1 and not schema.get("properties"):
                inner = self.of_json(all_of[0], join_pointer(pointer, "allOf", 0), depth + 1)
                inner.nullable = inner.nullable or nullable
                inner.description = inner.description or description
                return inner
            shape = Shape("object", pointer, nullable=nullable, description=description)
            for i, part in enumerate(all_of):
                self._merge(shape, part, join_pointer(pointer, "allOf", i), depth + 1, set())
            self._merge(
                shape, {k: v for k, v in schema.items() if k != "allOf"}, pointer, depth, set()
            )
            return shape
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = tuple(v for v in enum if v is not None)
            nullable = nullable or len(values) < len(enum)
            if values:
                prim = types[0] if types else _primitive_of(values[0])
                return Shape(
                    "enum",
                    pointer,
                    primitive=prim,
                    values=values,
                    nullable=nullable,
                    description=description,
                )
        if "const" in schema:
            value = schema["const"]
            return Shape(
                "enum",
                pointer,
                primitive=_primitive_of(value),
                values=(value,),
                nullable=nullable,
                description=description,
            )
        if len(types) > 1:
            shape = Shape("union", pointer, nullable=nullable, description=description)
            shape.variants = [
                self.of_json({**schema, "type": t}, pointer, depth + 1) for t in types
            ]
            return shape
        kind = types[0] if types else None
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
        if kind == "array":
            return Shape(
                "array",
                pointer,
                nullable=nullable,
                description=description,
                items=self.of_json(schema.get("items"), join_pointer(pointer, "items"), depth + 1),
            )
        if kind == "object":
            props = schema.get("properties")
            if not isinstance(props, dict) or not props:
                extra = schema.get("additionalProperties")
                values_shape = (
                    self.of_json(extra, join_pointer(pointer, "additionalProperties"), depth + 1)
                    if isinstance(extra, dict) and extra
                    else Shape("any", pointer)
                )
                return Shape(
                    "map", pointer, nullable=nullable, description=description, items=values_shape
                )
            shape = Shape("object", pointer, nullable=nullable, description=description)
            self._merge(shape, schema, pointer, depth, set())
            return shape
        if kind in ("string", "integer", "number", "boolean"):
            fmt = schema.get("format")
            return Shape(
                "primitive",
                pointer,
                primitive=kind,
                format=fmt if isinstance(fmt, str) else None,
                nullable=nullable,
                description=description,
            )
        if nullable and not kind and not types and set(schema) <= {"type", "description"}:
            return Shape("primitive", pointer, primitive="null")
        return Shape("any", pointer, nullable=nullable, description=description)

    def _merge(self, shape: Shape, part: Any, pointer: str, depth: int, seen: set[str]) -> None:
        """Add the properties of an allOf part (following named refs) to an object shape."""
        if not isinstance(part, dict) or depth > _MAX_DEPTH:
            return
        ref = part.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            tokens = decode_pointer("/" + ref[len(SCHEMA_PREFIX) :])
            name = tokens[0] if len(tokens) == 1 else None
            if name in self.schemas and name not in seen:
                target = self.schemas[name]
                self._merge(shape, target.json_schema, target.origin, depth + 1, seen | {name})
            return
        for i, sub in enumerate(part.get("allOf") or []):
            self._merge(shape, sub, join_pointer(pointer, "allOf", i), depth + 1, seen)
        raw_required = part.get("required")
        required: list[Any] = raw_required if isinstance(raw_required, list) else []
        props = part.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                ppointer = join_pointer(pointer, "properties", name)
                own = sub if isinstance(sub, dict) else {}
                shape.props[str(name)] = Prop(
                    name=str(name),
                    shape=self.of_json(sub, ppointer, depth + 1),
                    required=name in required,
                    pointer=ppointer,
                    description=_text(own.get("description")),
                    deprecated=bool(own.get("deprecated")),
                    default=own.get("default"),
                    has_default="default" in own,
                    read_only=bool(own.get("readOnly")),
                    write_only=bool(own.get("writeOnly")),
                    examples=own.get("examples", own.get("example")),
                )
        for name in required:  # required here, declared in another part
            if isinstance(name, str) and name in shape.props:
                shape.props[name].required = True
