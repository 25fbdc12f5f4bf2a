"""Property: any valid spec in the supported subset gives Python that compiles, passes ruff,
imports, and whose models round-trip example data.

The strategy draws OpenAPI 3.1 documents: component schemas with random names (keywords, builtins,
digits first, dashes, dots, unicode, case-colliding names); objects with random property names and
types (primitives and formats, enums (also mixed and nullable), const, arrays, maps, nested inline
objects, refs, optional self-references, allOf of a ref plus properties); oneOf/anyOf unions of
primitives, refs and inline objects, and oneOf unions with a discriminator (each variant has a
required single-value-enum property; with and without a mapping); nullable through type lists,
``oneOf [.., {type: null}]`` and null enum members; defaults, examples, descriptions, flags. Then
GET and POST operations with random operationIds, tags, path parameters (one or two) and query or
header parameters, returning and taking components, arrays of them, and inline objects; and up to
two security schemes (bearer, basic, API keys in header, query or cookie).

For each spec the whole pipeline runs; the tree is written to a temporary folder, compiled, checked
with ruff (default rules, py310), and imported under a unique package name. Every component's type
then validates and dumps data drawn from its schema unchanged, and every operation is called
through the generated client against an in-memory transport: the body it sends, its decoded path
segments (odd characters cannot add one), its string query parameters and the value it returns
are the data drawn for them. Python warnings from compiling (an invalid escape) or from pydantic
building the models fail the example too.

What the strategy leaves out while a bug is open is listed in ``EXCLUDED`` (with a strict xfail
regression at the bottom of this file); it is empty now: every bug the fuzzer found is fixed and
kept as a regression test. CI runs ``FUZZ_EXAMPLES`` examples (default 25);
``scripts/fuzz.py`` runs the same property for thousands.
"""

from __future__ import annotations

import ast
import base64
import datetime
import functools
import importlib
import inspect
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
import typing
import urllib.parse
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator import output, pipeline
from generator.format import LINE_LENGTH
from generator.render import pystr
from generator.targets.python import naming

REF = "#/components/schemas/"

#: bugs found by the fuzzer that the strategy steers around until they are fixed (see the xfails)
EXCLUDED: dict[str, str] = {}

# -- names -----------------------------------------------------------------------------------------

#: schema names that have bitten generators before: keywords, builtins, pydantic/typing names,
#: digits first, dashes, dots, spaces, unicode, and case collisions among themselves
SCHEMA_NAMES = [
    "Pet",
    "pet",
    "PET",
    "pets",
    "Pets",
    "class",
    "Class",
    "None",
    "True",
    "def",
    "list",
    "str",
    "type",
    "Type",
    "Model",
    "BaseModel",
    "Field",
    "Any",
    "Literal",
    "date",
    "datetime",
    "Enum",
    "Optional",
    "RootModel",
    "ConfigDict",
    "Annotated",
    "TypeAliasType",
    "UUID",
    "Decimal",
    "1Thing",
    "123",
    "2fa",
    "my-thing",
    "my_thing",
    "myThing",
    "MyThing",
    "a.b",
    "with space",
    "Body_upload",
    "_private",
    "__dunder__",
    "x",
    "X",
    "Ünïcode",
    "Café",
    "名前",
    "naïve-Ωmega",
    "Error",
    "Response",
    "Request",
    "Client",
    "models",
    "self",
    "json",
    "dict",
    "object",
    "Item",
    "ItemItem",
    "item_item",
    "HTTPServer",
    "HttpServer",
    "getPet",
    "GetPetResponse",
    "V1",
    "v1",
    "model",
    "Mapping",
    "httpx",
    "AsyncHttp",
    "SyncHttp",
    "RequestOptions",
    "cast",
]
#: property names: the above plus pydantic's and BaseModel's own attributes
PROPERTY_NAMES = [
    "id",
    "name",
    "type",
    "class",
    "from",
    "import",
    "async",
    "await",
    "match",
    "case",
    "_",
    "self",
    "None",
    "true",
    "null",
    "model_config",
    "model_fields",
    "model_dump",
    "model_validate",
    "model_extra",
    "schema",
    "json",
    "copy",
    "dict",
    "validate",
    "construct",
    "fields",
    "field",
    "field_1",
    "fooBar",
    "foo_bar",
    "foo-bar",
    "foo.bar",
    "foo bar",
    "1st",
    "2",
    "$ref",
    "@type",
    "__init__",
    "__class__",
    "_private",
    "__x",
    "ü",
    "größe",
    "名前",
    "kind",
    "value",
    "values",
    "items",
    "keys",
    "get",
    "list",
    "str",
    "int",
    "float",
    "bool",
    "Any",
    "Literal",
    "annotations",
    "registry",
    "datetime",
    "date",
    "x",
    "X",
    "a" * 40,
    "body",
    "request_options",
    "cls",
    "http",
    "timeout",
    "base_url",
]
#: tag names become client attributes and modules: the client's own attribute names, module names
TAG_NAMES = SCHEMA_NAMES + [
    "close",
    "base_url",
    "timeout",
    "max_retries",
    "with_options",
    "aclose",
    "default",
    "resources",
    "_http",
    "http",
    "HTTP",
    "with_raw_response",
    "pet client",
    "Async",
    "client",
    "errors",
    "__init__",
    "py.typed",
]
_NAME_ALPHABET = st.characters(
    codec="utf-8", categories=("Lu", "Ll", "Nd"), include_characters="-_ .$@"
)


def names(pool: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(pool), st.text(_NAME_ALPHABET, min_size=1, max_size=10))


def property_names() -> st.SearchStrategy[str]:
    """Property names; unnormalised identifiers ('µ', 'ǅ', '𝙌': Python NFKC-normalises them) are
    favoured, since one once lost its wire name."""
    return st.one_of(names(PROPERTY_NAMES), st.sampled_from(["µ", "ǅ", "𝙌", "ﬁle", "ｘ", "Ⅸ"]))


def collision_key(name: str) -> str:
    """Names that differ only in case or punctuation share a key (fooBar, foo_bar, FOO-BAR)."""
    return re.sub(r"[\W_]", "", name.lower())


def free_text() -> st.SearchStrategy[str]:
    """Descriptions, enum values, example strings: anything printable plus quotes and newlines."""
    piece = st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        st.sampled_from(['"', "'", "\\", "\n", '"""', "{{", "}}", "{%", "#", "*/", " ", "\t"]),
    )
    return st.lists(piece, max_size=8).map("".join)


# -- specs -----------------------------------------------------------------------------------------

PRIMITIVES = ("string", "integer", "number", "boolean")
#: formats per type, with the canonical instances the round trip can expect back
FORMATS = {
    "string": [
        "date-time",
        "date",
        "time",
        "uuid",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "iri",
        "url",
        "email",
        "idn-email",
        "byte",
        "binary",
        "password",
        "decimal",
        "hostname",
        "x-unknown",
    ],
    "integer": ["int32", "int64"],
    "number": ["float", "double", "decimal"],
}


@dataclass
class Draft:
    """A spec under construction: schemas in dependency order (a ref only points backwards)."""

    schemas: dict[str, Any] = field(default_factory=dict)
    objects: list[str] = field(default_factory=list)  # components that are plain objects
    recursive: set[str] = field(default_factory=set)  # objects that refer to themselves


def _iso_datetime(value: datetime.datetime) -> str:
    return pydantic.TypeAdapter(datetime.datetime).dump_python(value, mode="json")


def primitive_values(kind: str, fmt: str | None = None) -> st.SearchStrategy[Any]:
    if fmt == "date-time":
        return st.datetimes(timezones=st.sampled_from([None, datetime.UTC])).map(_iso_datetime)
    if fmt == "date":
        return st.dates(min_value=datetime.date(1000, 1, 1)).map(datetime.date.isoformat)
    if fmt == "time":
        return st.times().map(datetime.time.isoformat)
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "ipv4":
        return st.ip_addresses(v=4).map(str)
    if fmt == "ipv6":
        return st.ip_addresses(v=6).map(str)
    if fmt in ("uri", "uri-reference", "iri", "url"):  # sent as given: no trailing "/" added
        return st.one_of(
            free_text(),
            st.from_regex(r"https?://[a-zé]{1,8}(\.[a-z]{2,3})?(/[^\s]{0,6})?", fullmatch=True),
        )
    if fmt in ("email", "idn-email"):  # no email-validator needed, any string kept
        return st.one_of(st.emails(), free_text())
    if fmt == "byte":  # base64 of any bytes, not only UTF-8 text
        return st.binary(max_size=8).map(lambda b: base64.b64encode(b).decode("ascii"))
    if fmt == "decimal" and kind == "string":
        return st.decimals(allow_nan=False, allow_infinity=False).map(str)
    if fmt == "hostname":
        return st.from_regex(r"[a-z][a-z0-9]{0,8}(\.[a-z][a-z0-9]{0,8}){0,2}", fullmatch=True)
    if fmt == "binary":
        return st.text(st.characters(codec="ascii", exclude_categories=("Cc",)), max_size=8)
    return {
        "string": free_text(),
        "integer": st.integers(-(2**53), 2**53),
        "number": st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False),
        "boolean": st.booleans(),
    }[kind]


@st.composite
def primitive_schema(draw: st.DrawFn, nullable: bool = False) -> dict[str, Any]:
    kind = draw(st.sampled_from(PRIMITIVES))
    schema: dict[str, Any] = {"type": [kind, "null"] if nullable else kind}
    fmt = draw(st.none() | st.sampled_from(FORMATS.get(kind, [None])))
    if fmt:
        schema["format"] = fmt
    if draw(st.integers(0, 4)) == 0:
        schema["default"] = draw(primitive_values(kind, fmt))
    if draw(st.integers(0, 4)) == 0:
        schema["example"] = draw(primitive_values(kind, fmt))
    return schema


def enum_values() -> st.SearchStrategy[list[Any]]:
    scalar = st.one_of(free_text(), st.integers(-5, 100), st.booleans(), st.none())
    return st.one_of(
        st.lists(free_text(), min_size=1, max_size=4, unique=True),
        st.lists(st.integers(-5, 100), min_size=1, max_size=4, unique=True),
        st.lists(scalar, min_size=1, max_size=4, unique_by=lambda v: (type(v), v)),
    )


@st.composite
def enum_schema(draw: st.DrawFn) -> dict[str, Any]:
    values = draw(enum_values())
    kinds = {
        "string"
        if isinstance(v, str)
        else "boolean"
        if isinstance(v, bool)
        else "integer"
        if isinstance(v, int)
        else "null"
        for v in values
    }
    schema: dict[str, Any] = {"enum": values}
    if draw(st.booleans()) or len(kinds) == 1:
        schema["type"] = sorted(kinds) if len(kinds) > 1 else kinds.pop()
    if draw(st.integers(0, 3)) == 0:
        schema["default"] = draw(st.sampled_from(values))
    return schema


def _ref(name: str, **siblings: Any) -> dict[str, Any]:
    return {"$ref": REF + name.replace("~", "~0").replace("/", "~1"), **siblings}


@st.composite
def type_schema(
    draw: st.DrawFn, draft: Draft, depth: int, self_name: str | None = None
) -> dict[str, Any]:
    """A property's (or item's, or value's) schema."""
    refs = [n for n in draft.schemas if n != self_name]
    choices = ["primitive", "primitive", "primitive", "enum", "nullable", "const"]
    if depth > 0:
        choices += ["array", "map", "object", "union", "nullable-oneof"]
    if refs:
        choices += ["ref", "ref"]
    if self_name is not None:
        choices += ["self"]
    kind = draw(st.sampled_from(choices))
    if kind == "primitive":
        schema = draw(primitive_schema())
    elif kind == "nullable":
        schema = draw(primitive_schema(nullable=True))
    elif kind == "enum":
        schema = draw(enum_schema())
    elif kind == "const":
        schema = {"const": draw(free_text() | st.integers(-5, 5) | st.booleans())}
    elif kind == "ref":
        siblings = {"description": draw(free_text())} if draw(st.booleans()) else {}
        schema = _ref(draw(st.sampled_from(refs)), **siblings)
    elif kind == "self":
        schema = _ref(self_name)  # type: ignore[arg-type]
    elif kind == "array":
        schema = {"type": "array", "items": draw(type_schema(draft, depth - 1, self_name))}
    elif kind == "map":
        schema = {
            "type": "object",
            "additionalProperties": draw(type_schema(draft, depth - 1, self_name)),
        }
    elif kind == "object":
        schema = draw(object_schema(draft, depth - 1))
    elif kind == "nullable-oneof":
        schema = {"oneOf": [draw(type_schema(draft, depth - 1, self_name)), {"type": "null"}]}
    else:
        schema = draw(union_schema(draft, depth - 1))
    if draw(st.integers(0, 3)) == 0:
        schema["description"] = draw(free_text())
    if draw(st.integers(0, 9)) == 0:
        schema[draw(st.sampled_from(["deprecated", "readOnly", "writeOnly"]))] = True
    return schema


@st.composite
def union_schema(draw: st.DrawFn, draft: Draft, depth: int) -> dict[str, Any]:
    """oneOf/anyOf of distinct primitive kinds, refs and (at depth) one inline object."""
    variants = draw(st.lists(st.sampled_from(PRIMITIVES), min_size=1, max_size=3, unique=True))
    parts: list[dict[str, Any]] = [{"type": v} for v in variants]
    refs = [n for n, v in draft.schemas.items() if v]  # not a name reserved for a self-reference
    if refs and draw(st.booleans()):
        parts.append(_ref(draw(st.sampled_from(refs))))
    if depth >= 0 and draw(st.booleans()):
        parts.append(draw(object_schema(draft, max(depth - 1, 0))))
    if len(parts) < 2:
        parts.append({"type": "array", "items": {"type": "string"}})
    return {draw(st.sampled_from(["oneOf", "anyOf"])): parts}


@st.composite
def object_schema(
    draw: st.DrawFn, draft: Draft, depth: int, self_name: str | None = None
) -> dict[str, Any]:
    props = draw(st.lists(property_names(), max_size=5, unique=True))
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    for p in props:
        schema["properties"][p] = draw(type_schema(draft, depth, self_name))
    # a required self-reference could never end: keep those optional
    required = [
        p
        for p in props
        if draw(st.booleans()) and not _mentions(schema["properties"][p], self_name)
    ]
    if required:
        schema["required"] = required
    if draw(st.booleans()):
        schema["description"] = draw(free_text())
    if draw(st.integers(0, 4)) == 0:
        schema["title"] = draw(free_text())
    return schema


def _mentions(schema: Any, name: str | None) -> bool:
    return name is not None and REF + name.replace("~", "~0").replace("/", "~1") in json.dumps(
        schema
    )


@st.composite
def component(draw: st.DrawFn, draft: Draft, name: str) -> None:
    """Add one named schema (and, for a discriminated union, its variants) to ``draft``."""
    kinds = ["object", "object", "object", "recursive", "enum", "union", "tagged", "alias"]
    if draft.objects:
        kinds.append("allOf")
    kind = draw(st.sampled_from(kinds))
    if kind == "object":
        draft.schemas[name] = draw(object_schema(draft, 2))
        draft.objects.append(name)
    elif kind == "recursive":
        draft.schemas[name] = {}  # reserved, so the name's own refs resolve
        draft.schemas[name] = draw(object_schema(draft, 2, name))
        draft.objects.append(name)
        draft.recursive.add(name)
    elif kind == "enum":
        draft.schemas[name] = draw(enum_schema())
    elif kind == "alias":
        alias = draw(type_schema(draft, 2))
        if draw(st.booleans()):  # annotations on a non-object component (no field to carry them)
            alias[draw(st.sampled_from(["deprecated", "readOnly", "writeOnly"]))] = True
        draft.schemas[name] = alias
    elif kind == "union":
        draft.schemas[name] = draw(union_schema(draft, 1))
    elif kind == "allOf":
        base = draw(st.sampled_from(draft.objects))
        extra = draw(object_schema(draft, 1))
        taken = {collision_key(p) for p in draft.schemas[base].get("properties", {})}
        extra["properties"] = {
            k: v for k, v in extra["properties"].items() if collision_key(k) not in taken
        }
        extra["required"] = [r for r in extra.get("required", []) if r in extra["properties"]]
        if not extra["required"]:
            del extra["required"]
        draft.schemas[name] = {"allOf": [_ref(base), extra]}
    else:
        draw_tagged_union(draw, draft, name)


def draw_tagged_union(draw: st.DrawFn, draft: Draft, name: str) -> None:
    """A oneOf of object variants told apart by a required single-value enum property."""
    prop = draw(property_names())
    with_mapping = draw(st.booleans())
    count = draw(st.integers(2, 3))
    variants = []
    for i in range(count):
        vname = _fresh(draft, draw(names(SCHEMA_NAMES)) + f"V{i}")
        variant = draw(object_schema(draft, 1))
        others = {
            k: v
            for k, v in variant["properties"].items()
            if collision_key(k) != collision_key(prop)
        }
        # without a mapping, the discriminator value is the variant's schema name
        value = draw(free_text().filter(bool)) if with_mapping else vname
        variant["properties"] = {prop: {"type": "string", "enum": [value]}, **others}
        variant["required"] = [prop] + [r for r in variant.get("required", []) if r in others]
        draft.schemas[vname] = variant
        draft.objects.append(vname)
        variants.append((value, vname))
    if len({v for v, _ in variants}) < count:  # a mapping needs distinct values
        for i, (_, vname) in enumerate(variants):
            draft.schemas[vname]["properties"][prop]["enum"] = [f"v{i}"]
        variants = [(f"v{i}", n) for i, (_, n) in enumerate(variants)]
        with_mapping = True
    union: dict[str, Any] = {
        "oneOf": [_ref(n) for _, n in variants],
        "discriminator": {"propertyName": prop},
    }
    if with_mapping:
        union["discriminator"]["mapping"] = {
            v: REF + n.replace("~", "~0").replace("/", "~1") for v, n in variants
        }
    draft.schemas[_fresh(draft, name)] = union


def _fresh(draft: Draft, name: str) -> str:
    candidate, n = name, 2
    while candidate in draft.schemas:
        candidate, n = f"{name}{n}", n + 1
    return candidate


@st.composite
def parameter(draw: st.DrawFn, draft: Draft, name: str) -> dict[str, Any]:
    schema = draw(
        st.one_of(
            primitive_schema(),
            enum_schema(),
            st.builds(lambda s: {"type": "array", "items": s}, primitive_schema()),
        )
    )
    return {
        "name": name,
        "in": draw(st.sampled_from(["query", "header"])),
        "schema": schema,
        "description": draw(free_text()),
        "deprecated": draw(st.booleans()),
    }


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid OpenAPI 3.1 document in the supported subset."""
    draft = Draft()
    for name in draw(st.lists(names(SCHEMA_NAMES), min_size=1, max_size=5, unique=True)):
        if name not in draft.schemas:
            draw(component(draft, name))
    schema_names = list(draft.schemas)
    paths: dict[str, Any] = {}
    op_ids = draw(
        st.lists(
            names(SCHEMA_NAMES + PROPERTY_NAMES).filter(str.strip),  # blank ones are refused
            min_size=2,
            max_size=4,
            unique=True,
        )
    )
    tags = draw(st.lists(names(TAG_NAMES), min_size=1, max_size=2, unique=True))
    for i, op_id in enumerate(op_ids):
        target = _ref(draw(st.sampled_from(schema_names)))
        shape = draw(st.sampled_from(["ref", "ref", "array", "inline"]))
        if shape == "array":
            target = {"type": "array", "items": target}
        elif shape == "inline":
            target = draw(object_schema(draft, 1))
        op: dict[str, Any] = {"operationId": op_id, "summary": draw(free_text())}
        if draw(st.integers(0, 4)):
            op["tags"] = [draw(st.sampled_from(tags))]
        in_path = draw(st.lists(property_names(), min_size=1, max_size=2, unique=True))
        params = draw(st.lists(property_names(), max_size=3, unique_by=collision_key))
        op["parameters"] = [
            *(
                {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                for p in in_path
            ),
            *(draw(parameter(draft, p)) for p in params),
        ]
        ok = {"description": draw(free_text()), "content": {"application/json": {"schema": target}}}
        if i % 2:
            op["requestBody"] = {
                "required": draw(st.booleans()),
                "content": {"application/json": {"schema": target}},
            }
            op["responses"] = {"201": ok, "422": {"description": "invalid"}}
            method = "post"
        else:
            op["responses"] = {"200": ok, "404": {"description": "missing"}}
            method = "get"
        paths[f"/r{i}/" + "/x/".join("{" + p + "}" for p in in_path)] = {method: op}
    # a scheme named "$ref" makes a security requirement look like a reference: refused (exit 2)
    scheme_names = names(SCHEMA_NAMES).filter(lambda n: n != "$ref")
    schemes = draw(st.dictionaries(scheme_names, security_scheme(), max_size=2))
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": draw(names(SCHEMA_NAMES)),
            "version": "1.0.0",
            "description": draw(free_text()),
        },
        "tags": [{"name": t, "description": draw(free_text())} for t in tags],
        "paths": paths,
        "components": {"schemas": draft.schemas},
    }
    if schemes:
        spec["components"]["securitySchemes"] = schemes
        spec["security"] = [{name: []} for name in schemes]
    return spec


def security_scheme() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.just({"type": "http", "scheme": "bearer"}),
        st.just({"type": "http", "scheme": "basic"}),
        st.builds(
            lambda where, name: {"type": "apiKey", "in": where, "name": name},
            st.sampled_from(["header", "query", "cookie"]),
            st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}", fullmatch=True),
        ),
    )


# -- instances -------------------------------------------------------------------------------------


def instances(schema: Any, schemas: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid JSON instances of ``schema`` (refs resolved in ``schemas``), in canonical form."""
    if not isinstance(schema, dict):
        return st.none()
    if "$ref" in schema:
        name = schema["$ref"][len(REF) :].replace("~1", "/").replace("~0", "~")
        return st.deferred(lambda: instances(schemas[name], schemas))
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([instances(v, schemas) for v in schema[key]])
    if "allOf" in schema:
        parts = [instances(p, schemas) for p in schema["allOf"]]
        return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})
    typ = schema.get("type")
    if isinstance(typ, list):
        return st.one_of([instances({**schema, "type": t}, schemas) for t in typ])
    if typ == "null":
        return st.none()
    if typ in PRIMITIVES:
        return primitive_values(typ, schema.get("format"))
    if typ == "array":
        return st.lists(instances(schema.get("items", {}), schemas), max_size=3)
    if typ == "object" and "properties" not in schema:
        values = schema.get("additionalProperties", {})
        return st.dictionaries(free_text(), instances(values, schemas), max_size=3)
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    if not props:
        return st.just({})

    @st.composite
    def obj(draw: st.DrawFn) -> dict[str, Any]:
        out = {}
        for name, sub in props.items():
            if name in required or draw(st.integers(0, 2)) == 0:
                out[name] = draw(instances(sub, schemas))
        return out

    return obj()


def ambiguous_one_of(value: Any, schema: Any, schemas: dict[str, Any]) -> bool:
    """Whether jsonschema (Draft 2020-12, formats not asserted) finds ``value`` valid under more
    than one variant of some oneOf in ``schema``."""
    import jsonschema

    root = {"components": {"schemas": schemas}, **schema}
    stack = list(jsonschema.Draft202012Validator(root).iter_errors(value))
    while stack:
        error = stack.pop()
        if error.validator == "oneOf" and "is valid under each of" in error.message:
            return True
        stack.extend(error.context or [])
    return False


def without_read_only(value: Any, schema: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """What a request body goes out as: ``value`` without the read-only properties of the
    objects it holds, at any depth (the client sends read-only properties never). SKIP when it
    depends on which variant of a union the client picks."""
    if not isinstance(schema, dict) or depth > 30:
        return value
    if "$ref" in schema:
        name = schema["$ref"][len(REF) :].replace("~1", "/").replace("~0", "~")
        return without_read_only(value, schemas[name], schemas, depth + 1)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            import jsonschema

            registry_schema = {"$defs": {}, **{"components": {"schemas": schemas}}}
            outs = []
            for variant in schema[key]:
                check = {**registry_schema, **variant}
                if jsonschema.Draft202012Validator(check).is_valid(value):
                    outs.append(without_read_only(value, variant, schemas, depth + 1))
            return outs[0] if outs and all(o == outs[0] for o in outs) else SKIP
    if "allOf" in schema:
        for part in schema["allOf"]:
            value = without_read_only(value, part, schemas, depth + 1)
            if value is SKIP:
                return SKIP
        return value
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        items = [without_read_only(v, schema["items"], schemas, depth + 1) for v in value]
        return SKIP if SKIP in items else items
    if not isinstance(value, dict):
        return value
    props = schema.get("properties")
    if not isinstance(props, dict):
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            values = {k: without_read_only(v, extra, schemas, depth + 1) for k, v in value.items()}
            return SKIP if SKIP in values.values() else values
        return value
    out = {}
    for key, item in value.items():
        sub = props.get(key)
        # (siblings of a $ref are dropped when the spec is read: a readOnly there does nothing)
        if isinstance(sub, dict) and sub.get("readOnly") is True and "$ref" not in sub:
            continue
        out[key] = without_read_only(item, sub, schemas, depth + 1) if sub is not None else item
        if out[key] is SKIP:
            return SKIP
    return out


# -- the property ----------------------------------------------------------------------------------

_COUNTER = itertools.count()
SKIP = object()  # what a fixed-sample ``draw`` returns for a schema it has no sample for
Draw = Callable[[st.SearchStrategy[Any], str], Any]


@dataclass
class Built:
    folder: Path
    package: str
    tree: dict[str, str]
    classes: dict[str, str]  # spec schema name -> class name in models.py


def ruff_check(folder: Path) -> subprocess.CompletedProcess[str]:
    from ruff.__main__ import find_ruff_bin

    return subprocess.run(
        [
            str(find_ruff_bin()),
            "check",
            "--isolated",
            "--no-cache",
            "--target-version",
            "py310",
            f"--line-length={LINE_LENGTH}",  # the width the emitted code is formatted to
            ".",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


@contextmanager
def built(spec: dict[str, Any]) -> Iterator[tuple[Built, ModuleType]]:
    """Generate ``spec`` into a temporary folder, check it, import it; undo the import after."""
    package = f"fuzzpkg_{os.getpid()}_{next(_COUNTER)}"
    with tempfile.TemporaryDirectory(prefix="clientgen-fuzz-") as tmp:
        root = Path(tmp)
        spec_path = root / "spec.json"
        spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        result = pipeline.render(str(spec_path), "python", {"package-name": package})
        out = root / "out"
        output.write(result.tree, out)
        with warnings.catch_warnings():
            warnings.simplefilter("error", SyntaxWarning)  # e.g. an invalid escape sequence
            for rel in sorted(result.tree):
                if rel.endswith(".py"):
                    compile(result.tree[rel], rel, "exec", dont_inherit=True)
        lint = ruff_check(out)
        assert lint.returncode == 0, lint.stdout + lint.stderr
        api, _ = pipeline.build_ir(str(spec_path))
        taken: set[str] = set()
        classes = {s.name: naming.class_name(s.name, s.words, taken) for s in api.schemas}
        sys.path.insert(0, str(out))
        try:
            importlib.invalidate_caches()
            module = importlib.import_module(package)
            for f in sorted((out / package / "resources").glob("*.py")):
                importlib.import_module(f"{package}.resources.{f.stem}")
            yield Built(out, package, result.tree, classes), module
        finally:
            sys.path.remove(str(out))
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]


def round_trip(models: ModuleType, class_name: str, data: Any) -> Any:
    """Validate ``data`` as the named model/alias, as a response would be (a oneOf union takes
    the first variant that fits), and dump it back to wire form."""
    adapter = pydantic.TypeAdapter(getattr(models, class_name))
    unions = sys.modules[models.__name__.rsplit(".", 1)[0] + "._unions"]
    value = adapter.validate_python(data, context={unions.RESPONSE_CONTEXT: True})
    return adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


def wire(value: Any, method: Callable[..., Any]) -> Any:
    """What a method's returned value looks like on the wire (by alias, only the fields set)."""
    returns = typing.get_type_hints(method)["return"]
    return pydantic.TypeAdapter(returns).dump_python(
        value, mode="json", by_alias=True, exclude_unset=True
    )


def find_methods(client: Any, spec: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """Each operation's generated sync method, keyed by path (the method's source names it)."""
    found: dict[str, Callable[..., Any]] = {}
    properties = {a: p for k in type(client).__mro__ for a, p in vars(k).items()}
    for attr, prop in properties.items():
        if attr.startswith("_") or not isinstance(prop, functools.cached_property):
            continue
        resource = getattr(client, attr)  # resources are created on first access
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            source = inspect.getsource(method)
            for path in spec["paths"]:
                if pystr(path) in source:
                    found[path] = method
    return found


@dataclass
class Exchange:
    """What one call must send (body, decoded path segments, query) and what the server replies."""

    body: Any
    reply: Any
    segments: list[str]
    query: dict[str, str]


#: path parameter values, with the characters that must not add a segment or start a query
PATH_VALUES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("/?#%&=+ .."),
    min_size=1,
    max_size=6,
).filter(lambda v: v not in (".", ".."))


def query_arguments(method: Callable[..., Any]) -> dict[str, str]:
    """{wire name: Python argument} of a generated method's query parameters (from its source)."""
    function = inspect.unwrap(method.__func__)  # type: ignore[attr-defined]
    module = ast.parse(inspect.getsource(inspect.getmodule(function)))  # type: ignore[arg-type]
    line = function.__code__.co_firstlineno
    defs = [n for n in ast.walk(module) if isinstance(n, ast.FunctionDef) and n.lineno == line]
    for node in ast.walk(defs[0]):
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "query" and isinstance(kw.value, ast.Dict):
                    return {
                        k.value: v.id
                        for k, v in zip(kw.value.keys, kw.value.values, strict=True)
                        if isinstance(k, ast.Constant) and isinstance(v, ast.Name)
                    }
    return {}


def check_spec(spec: dict[str, Any], draw: Draw) -> None:
    """The property for one spec; ``draw(strategy, label)`` supplies the instances."""
    schemas = spec["components"]["schemas"]
    with built(spec) as (b, module), warnings.catch_warnings():
        # generated models must not make pydantic complain (a field attribute it ignores, say)
        warnings.simplefilter("error", pydantic.warnings.PydanticDeprecatedSince20)
        warnings.simplefilter("error", pydantic.warnings.CoreSchemaGenerationWarning)
        for name, schema in schemas.items():
            value = draw(instances(schema, schemas), f"instance of {name!r}")
            if value is SKIP:
                continue
            got = round_trip(module.models, b.classes[name], value)
            assert got == value, f"{name!r} ({b.classes[name]}): {value!r} came back as {got!r}"

        exchanges: list[Exchange] = []

        def handler(request: httpx.Request) -> httpx.Response:
            sent = json.loads(request.content) if request.content else None
            ex = exchanges[-1]
            if ex.body is not SKIP:
                assert sent == ex.body, f"sent {sent!r}, expected {ex.body!r}"
            raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
            segments = [urllib.parse.unquote(seg) for seg in raw_path.split("/")]
            assert segments == ex.segments, f"path {raw_path!r}, expected segments {ex.segments!r}"
            for wire_name, value in ex.query.items():
                assert request.url.params.get_list(wire_name) == [value], (
                    wire_name,
                    str(request.url),
                )
            reply = ex.reply
            return httpx.Response(
                201 if request.method == "POST" else 200,
                content=json.dumps(reply).encode(),
                headers={"Content-Type": "application/json"},
            )

        client_cls = next(
            getattr(module, n)
            for n in module.__all__
            if n.endswith("Client") and "Async" + n in module.__all__
        )
        accepted = inspect.signature(client_cls).parameters
        credentials = {
            k: "secret" for k in ("token", "username", "password", "api_key") if k in accepted
        }
        with client_cls(
            base_url="http://fuzz.test",
            max_retries=0,
            **credentials,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        ) as client:
            methods = find_methods(client, spec)
            assert set(methods) == set(spec["paths"]), sorted(set(spec["paths"]) - set(methods))
            for path, item in spec["paths"].items():
                ((verb, op),) = item.items()
                response_schema = op["responses"]["201" if verb == "post" else "200"]["content"][
                    "application/json"
                ]["schema"]
                reply = draw(instances(response_schema, schemas), f"{verb} {path} response")
                path_values = {
                    p["name"]: draw(PATH_VALUES, f"{verb} {path} {p['name']!r}")
                    for p in op["parameters"]
                    if p["in"] == "path"
                }
                names_in_path = re.findall(r"\{([^{}]+)\}", path)
                args: list[Any] = [path_values[n] for n in names_in_path]
                segments = re.sub(r"\{([^{}]+)\}", lambda m: "\0" + m.group(1) + "\0", path).split(
                    "/"
                )
                segments = [
                    path_values[seg[1:-1]] if seg.startswith("\0") else seg for seg in segments
                ]
                body = None
                if "requestBody" in op:
                    body = draw(
                        instances(
                            op["requestBody"]["content"]["application/json"]["schema"], schemas
                        ),
                        f"{verb} {path} body",
                    )
                    args.append(body)
                query: dict[str, str] = {}
                kwargs: dict[str, Any] = {}
                for wire_name, py_name in query_arguments(methods[path]).items():
                    param = next(
                        p for p in op["parameters"] if p["name"] == wire_name and p["in"] == "query"
                    )
                    if param["schema"].get("type") == "string" and "format" not in param["schema"]:
                        value = draw(
                            instances(param["schema"], schemas), f"{verb} {path} ?{wire_name}"
                        )
                        if value is not SKIP and value is not None:
                            query[wire_name] = kwargs[py_name] = value
                expected = body
                if "requestBody" in op and body is not None:
                    schema = op["requestBody"]["content"]["application/json"]["schema"]
                    expected = without_read_only(body, schema, schemas)
                exchanges.append(Exchange(expected, reply, segments, query))
                try:
                    result = methods[path](*args, **kwargs)
                except pydantic.ValidationError as exc:
                    # refused before sending: only when the body is ambiguous under a oneOf
                    # (it matches several variants), as an independent validator finds too
                    assert "ambiguous" in str(exc), exc
                    schema = op["requestBody"]["content"]["application/json"]["schema"]
                    assert ambiguous_one_of(body, schema, schemas), (body, str(exc))
                    continue
                got = wire(result, methods[path])
                assert got == reply, f"{verb} {path}: {reply!r} came back as {got!r}"


FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
#: CI draws the same examples every run (a red CI must be reproducible); FUZZ_RANDOM=1 explores,
#: as scripts/fuzz.py does
DERANDOMIZE = os.environ.get("FUZZ_RANDOM") != "1"


# No shrinking in CI: one example costs ~0.3 s, so shrinking a failure takes many minutes. The
# failing spec is printed as drawn; minimise it by hand (or with scripts/fuzz.py's saved copy).
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=DERANDOMIZE,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs(), data=st.data())
def test_random_specs_generate_working_clients(spec: dict[str, Any], data: st.DataObject) -> None:
    check_spec(spec, lambda strategy, label: data.draw(strategy, label=label))


def test_the_strategy_draws_what_it_claims() -> None:
    """Drawn specs are valid documents, with the promised variety (no generation: this is fast)."""
    from generator.spec.load import loads
    from generator.spec.validate import validate

    seen: set[str] = set()

    @settings(
        max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(specs())
    def inner(spec: dict[str, Any]) -> None:
        doc = loads(json.dumps(spec), "fuzz.json")
        errors = [p for p in validate(doc) if p.severity == "error"]
        assert not errors, errors
        text = json.dumps(spec)
        for marker in (
            '"discriminator"',
            '"mapping"',
            '"oneOf"',
            '"anyOf"',
            '"allOf"',
            '"additionalProperties"',
            '"null"',
            '"enum"',
            '"const"',
            '"array"',
            '"$ref"',
            '"format"',
            '"default"',
        ):
            if marker in text:
                seen.add(marker)

    inner()
    assert len(seen) >= 12, seen


def describe_failure(exc: BaseException) -> str:
    """One line naming a failure, for scripts/fuzz.py's tally."""
    lines = traceback.format_exception_only(type(exc), exc)
    text = lines[-1].strip().splitlines()[0] if lines else type(exc).__name__
    text = re.sub(r"fuzzpkg_\d+_\d+", "fuzzpkg", re.sub(r":\d{6,}", "", text))
    text = re.sub(r"/\S*/clientgen-fuzz-[^/\s]+/", "…/", text)
    return re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)[:160]


# -- regressions: fixed specs for bugs the fuzzer found --------------------------------------------


def regression_spec(schemas: dict[str, Any], title: str = "Regression") -> dict[str, Any]:
    first = next(iter(schemas))
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "paths": {
            "/x/{item-id}": {
                "get": {
                    "operationId": "getX",
                    "parameters": [
                        {
                            "name": "item-id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": _ref(first)}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


def check_samples(spec: dict[str, Any], samples: dict[str, list[Any]]) -> None:
    """``check_spec`` with fixed instances: every sample of each schema, then the first sample of
    the first schema (which ``regression_spec``'s operation returns) for the call."""
    with built(spec) as (b, module):
        for name, values in samples.items():
            for value in values:
                got = round_trip(module.models, b.classes[name], value)
                assert got == value, f"{name!r}: {value!r} came back as {got!r}"
    first = next(iter(spec["components"]["schemas"]))

    def draw(_strategy: Any, label: str) -> Any:
        if label.startswith("instance of "):
            return samples.get(label[len("instance of ") :][1:-1], [SKIP])[0]
        if label.endswith((" response", " body")):
            return samples[first][0]
        if " ?" in label:
            return SKIP
        return "a/b?c#d %"  # a path parameter

    check_spec(spec, draw)


def test_keywords_and_case_collisions_round_trip() -> None:
    """The names the strategy favours, fixed, so CI always covers them."""
    spec = regression_spec(
        {
            "Pet": {
                "type": "object",
                "required": ["class"],
                "properties": {
                    "class": {"type": "string"},
                    "model_config": {"type": "integer"},
                    "1st": {"type": "boolean"},
                    "größe": {"type": ["number", "null"]},
                    "items": {"type": "array", "items": {"type": "string"}},
                    "self": {"$ref": REF + "Pet"},
                },
            },
            "pet": {"type": "object", "properties": {"Pet": {"$ref": REF + "Pet"}}},
            "None": {"type": "string", "enum": ['"""', "\\", "a\nb"]},
        }
    )
    check_samples(
        spec,
        {
            "Pet": [
                {"class": "c"},
                {
                    "class": "",
                    "model_config": 1,
                    "1st": True,
                    "größe": None,
                    "items": ["x"],
                    "self": {"class": "inner"},
                },
            ],
            "pet": [{}, {"Pet": {"class": "c", "größe": 1.5}}],
            "None": ['"""', "\\", "a\nb"],
        },
    )


def test_astral_characters_in_the_title_give_valid_toml() -> None:
    """Found by the fuzzer: toml_str escaped '𝚗' as a JSON surrogate pair, which TOML rejects."""
    import tomllib

    spec = regression_spec(
        {"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}}, title="u𝚗Ľ API 😀"
    )
    with built(spec) as (b, _module):
        project = tomllib.loads(b.tree["pyproject.toml"])
        assert project["project"]["description"].endswith("u𝚗Ľ API 😀")


def _tagged(prop: str) -> dict[str, Any]:
    return {
        "U": {
            "oneOf": [_ref("A"), _ref("B")],
            "discriminator": {"propertyName": prop, "mapping": {"a": REF + "A", "b": REF + "B"}},
        },
        "A": {
            "type": "object",
            "required": [prop],
            "properties": {prop: {"type": "string", "enum": ["a"]}},
        },
        "B": {
            "type": "object",
            "required": [prop],
            "properties": {prop: {"type": "string", "enum": ["b"]}},
        },
    }


def test_unnormalised_identifier_property_keeps_its_wire_name() -> None:
    spec = regression_spec(
        {"Thing": {"type": "object", "required": ["µ"], "properties": {"µ": {"type": "string"}}}}
    )
    check_samples(spec, {"Thing": [{"µ": "a"}]})


def test_unnormalised_identifier_discriminator() -> None:
    check_samples(regression_spec(_tagged("ǅ")), {"U": [{"ǅ": "a"}, {"ǅ": "b"}]})


def test_snake_case_collision_fills_one_field_only() -> None:
    spec = regression_spec(
        {
            "T": {
                "type": "object",
                "properties": {"fooBar": {"type": "string"}, "foo_bar": {"type": "string"}},
            }
        }
    )
    check_samples(spec, {"T": [{"foo_bar": "x"}, {"fooBar": "y"}]})


def test_email_format_imports_without_extras() -> None:
    """Found by the fuzzer: EmailStr needed email-validator, which the package did not depend on."""
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"e": {"type": "string", "format": "email"}}}}
    )
    check_samples(spec, {"T": [{"e": "a@b.example"}]})


def test_byte_format_accepts_any_bytes() -> None:
    """Found by the fuzzer: Base64Str rejected base64 of non-UTF-8 bytes ('/w==' is 0xff)."""
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"b": {"type": "string", "format": "byte"}}}}
    )
    check_samples(spec, {"T": [{"b": "/w=="}]})


def test_number_decimal_stays_a_number_on_the_wire() -> None:
    """Found by the fuzzer: number + format decimal became Decimal, sent as the string "1.5"."""
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"d": {"type": "number", "format": "decimal"}}}}
    )
    check_samples(spec, {"T": [{"d": 1.5}]})


def test_uri_format_keeps_the_value() -> None:
    """Found by the fuzzer: AnyUrl sent 'https://example.com' as 'https://example.com/'."""
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"u": {"type": "string", "format": "uri"}}}}
    )
    check_samples(spec, {"T": [{"u": "https://example.com"}]})


def test_deprecated_alias_does_not_warn() -> None:
    spec = regression_spec({"A": {"type": "string", "deprecated": True}})
    check_samples(spec, {"A": ["x"]})


def test_secret_outside_a_property_does_not_warn() -> None:
    """Field(repr=False) hides secret properties; a secret alias or array item has no field."""
    spec = regression_spec(
        {
            "T": {
                "type": "object",
                "properties": {
                    "xs": {"type": "array", "items": {"type": "string", "writeOnly": True}},
                    "p": {"type": "string", "format": "password"},
                },
            },
            "S": {"type": "string", "format": "password"},
        }
    )
    check_samples(spec, {"T": [{"xs": ["a"], "p": "secret"}], "S": ["x"]})


def test_alias_of_a_recursive_model() -> None:
    spec = regression_spec(
        {
            "X": _ref("R", description="an alias"),
            "R": {"type": "object", "properties": {"next": _ref("R")}},
            "Y": {"type": "object", "properties": {"x": _ref("X")}},
        }
    )
    check_samples(spec, {"X": [{"next": {}}, {}], "Y": [{"x": {"next": {"next": {}}}}]})


def test_tag_named_list_imports() -> None:
    spec = regression_spec({"T": {"type": "object", "properties": {"a": {"type": "string"}}}})
    spec["paths"]["/x/{item-id}"]["get"]["tags"] = ["list"]
    check_samples(spec, {"T": [{"a": "x"}]})


def test_tag_named_http_does_not_shadow_the_transport() -> None:
    spec = regression_spec({"T": {"type": "object", "properties": {"a": {"type": "string"}}}})
    spec["paths"]["/x/{item-id}"]["get"]["tags"] = ["HTTP"]
    check_samples(spec, {"T": [{"a": "x"}]})


def test_compatibility_form_collision_does_not_crash() -> None:
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"X": {"type": "string"}, "ｘ": {"type": "string"}}}}
    )
    check_samples(spec, {"T": [{"X": "a"}, {"ｘ": "b"}, {"X": "a", "ｘ": "b"}]})


def test_compatibility_form_collision_fills_one_field_only() -> None:
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"ｘ": {"type": "string"}, "x": {"type": "string"}}}}
    )
    check_samples(spec, {"T": [{"x": "v"}, {"ｘ": "w"}]})


def test_wire_name_equal_to_a_generated_field_name() -> None:
    spec = regression_spec(
        {
            "T": {
                "type": "object",
                "properties": {"µ": {"type": "string"}, "field_b5": {"type": "string"}},
            }
        }
    )
    check_samples(spec, {"T": [{"field_b5": "v"}, {"µ": "w"}]})


def test_resource_class_never_takes_the_client_class_name() -> None:
    spec = regression_spec(
        {"T": {"type": "object", "properties": {"a": {"type": "string"}}}}, title="Pets"
    )
    spec["paths"]["/x/{item-id}"]["get"]["tags"] = ["Pets client"]
    check_samples(spec, {"T": [{"a": "x"}]})
