"""Validate a loaded OpenAPI document: every problem found, located, never raised."""

from __future__ import annotations

import os
import re
from typing import Any

from generator.problems import Problem, join_pointer
from generator.spec.load import Document
from generator.spec.walk import (

    iter_all_schemas,
    iter_operations,
    iter_refs,
    lookup,
    resolve,
    split_ref,
)

JSON_TYPES = {"string", "number", "integer", "boolean", "array", "object", "null"}
KNOWN_FORMATS = {
    "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
    "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
    "json-pointer", "relative-json-pointer", "regex", "int32", "int64", "float", "double",
    "byte", "binary", "password", "decimal", "unix-time", "url", "int8", "int16", "uint8",
    "uint32", "uint64",
}
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


def validate(doc: Document) -> list[Problem]:
    """Return every problem in the document (errors and warnings), in document order."""
    data = doc.data
    problems: list[Problem] = []

    def err(pointer: str, message: str) -> None:
        problems.append(doc.problem(pointer, message))

    def warn(pointer: str, message: str) -> None:
        problems.append(doc.problem(pointer, message, "warning"))

    if "swagger" in data and "openapi" not in data:
        err("/swagger", f"Swagger {data['swagger']} documents are not supported; convert the spec "
            "to OpenAPI 3 first (for example with swagger2openapi or editor.swagger.io)")
        return problems
    version = data.get("openapi")
    if version is None:
        err("", "missing the 'openapi' field; expected an OpenAPI 3.0 or 3.1 document")
        return problems
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        err("/openapi", f"unsupported OpenAPI version {version!r}; clientgen reads 3.0.x and 3.1.x")
        return problems
    is_31 = version.startswith("3.1")

    info = data.get("info")
    if not isinstance(info, dict):
        err("/info" if "info" in data else "", "missing the 'info' object (title and version)")
    else:
        for key in ("title", "version"):
            if not isinstance(info.get(key), str):
                err(join_pointer("/info", key) if key in info else "/info", f"info.{key} must be a string")

    paths = data.get("paths")
    if paths is None and not is_31:
        err("", "missing the 'paths' object")
    elif paths is not None and not isinstance(paths, dict):
        err("/paths", "'paths' must be a mapping of path templates to path items")

    _check_refs(doc, problems)
    _check_operations(doc, problems)
    _check_schemas(doc, problems, is_31, warn, err)
    return problems


def _check_refs(doc: Document, problems: list[Problem]) -> None:
    base_dir = os.path.dirname(os.path.abspath(doc.path))
    for ref, pointer in iter_refs(doc.data):
        where = join_pointer(pointer, "$ref")
        file_part, fragment = split_ref(ref)
        if file_part:
            if "://" in file_part:
                problems.append(doc.problem(where, f"remote reference {ref!r} is not supported; "
                                            "bundle the spec into one file"))
                continue
            target = os.path.join(base_dir, file_part)
            if not os.path.isfile(target):
                problems.append(doc.problem(where, f"reference {ref!r} points to a file that does not "
                                            f"exist ({file_part})"))
            else:
                problems.append(doc.problem(where, f"reference {ref!r} points to another file; "
                                            "clientgen needs a single-file spec (bundle it first)"))
            continue
        if fragment and not fragment.startswith("/"):
            problems.append(doc.problem(where, f"reference {ref!r} is not a JSON pointer"))
            continue
        if lookup(doc.data, fragment) is None:
            problems.append(doc.problem(where, f"reference {ref!r} points to nothing in this document"))


def _check_operations(doc: Document, problems: list[Problem]) -> None:
    data = doc.data
    seen_ids: dict[str, str] = {}
    paths = data.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            pp = join_pointer("/paths", path)
            if not isinstance(path, str) or not path.startswith("/"):
                problems.append(doc.problem(pp, f"path {path!r} must start with '/'"))
            if not isinstance(item, dict):
                problems.append(doc.problem(pp, "a path item must be a mapping"))
    for path, method, op, pointer in iter_operations(data):
        op_id = op.get("operationId")
        if op_id is not None:
            if not isinstance(op_id, str) or not op_id.strip():
                problems.append(doc.problem(join_pointer(pointer, "operationId"),
                                            "operationId must be a non-empty string"))
            elif op_id in seen_ids:
                problems.append(doc.problem(join_pointer(pointer, "operationId"),
                                            f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})"))
            else:
                seen_ids[op_id] = pointer
        responses = op.get("responses")
        if not isinstance(responses, dict) or not responses:
            problems.append(doc.problem(join_pointer(pointer, "responses") if "responses" in op else pointer,
                                        f"{method.upper()} {path} declares no responses"))
        item = data["paths"][path]
        declared: dict[str, str] = {}
        for params, ppointer in ((item.get("parameters"), join_pointer("/paths", path, "parameters")),
                                 (op.get("parameters"), join_pointer(pointer, "parameters"))):
            if params is None:
                continue
            if not isinstance(params, list):
                problems.append(doc.problem(ppointer, "'parameters' must be a list"))
                continue
            for i, param in enumerate(params):
                target, tp = resolve(data, param, join_pointer(ppointer, i))
                if not isinstance(target, dict):
                    continue  # broken ref: reported by _check_refs
                loc = target.get("in")
                name = target.get("name")
                if not isinstance(name, str) or loc not in ("path", "query", "header", "cookie"):
                    problems.append(doc.problem(tp, "a parameter needs a string 'name' and 'in' of "
                                                "path, query, header or cookie"))
                    continue
                if loc == "path":
                    declared[name] = join_pointer(ppointer, i)
                    if target.get("required") is not True:
                        problems.append(doc.problem(tp, f"path parameter {name!r} must be required: true"))
        used = _TEMPLATE.findall(path)
        for name in used:
            if name not in declared:
                problems.append(doc.problem(pointer, f"path parameter {{{name}}} in {path!r} is not declared "
                                            f"for {method.upper()}"))
        for name, ppointer in declared.items():
            if name not in used:
                problems.append(doc.problem(ppointer, f"path parameter {name!r} is declared but {path!r} "
                                            "has no {" + name + "} segment"))


def _check_schemas(doc: Document, problems: list[Problem], is_31: bool, warn: Any, err: Any) -> None:
    data = doc.data
    for schema, pointer in iter_all_schemas(data):
        if isinstance(schema, bool) and is_31:
            continue
        if not isinstance(schema, dict):
            err(pointer, f"a schema must be a mapping, not {type(schema).__name__}")
            continue
        if "$ref" in schema:
            continue
        typ = schema.get("type")
        if typ is not None:
            types = typ if isinstance(typ, list) and is_31 else [typ]
            for t in types:
                if not isinstance(t, str) or t not in JSON_TYPES:
                    err(join_pointer(pointer, "type"), f"unknown type {t!r}; expected one of "
                        + ", ".join(sorted(JSON_TYPES - ({"null"} if not is_31 else set()))))
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt not in KNOWN_FORMATS:
            warn(join_pointer(pointer, "format"), f"unknown format {fmt!r}; treated as plain {typ or 'value'}")
        enum = schema.get("enum")
        if enum is not None:
            if not isinstance(enum, list):
                err(join_pointer(pointer, "enum"), "'enum' must be a list")
            elif not enum:
                warn(join_pointer(pointer, "enum"), "empty enum; no value can match, treated as no constraint")
        required = schema.get("required")
        if required is not None and not isinstance(required, list):
            err(join_pointer(pointer, "required"), "'required' in a schema must be a list of property names")
        props = schema.get("properties")
        if props is not None and not isinstance(props, dict):
            err(join_pointer(pointer, "properties"), "'properties' must be a mapping")
        disc = schema.get("discriminator")
        if disc is not None:
            if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
                err(join_pointer(pointer, "discriminator"), "a discriminator needs a string 'propertyName'")
                continue
            mapping = disc.get("mapping") or {}
            if not isinstance(mapping, dict):
                err(join_pointer(pointer, "discriminator", "mapping"), "discriminator mapping must be a mapping")
                continue
            schemas = (data.get("components") or {}).get("schemas") or {}
            for value, target in mapping.items():
                mp = join_pointer(pointer, "discriminator", "mapping", value)
                if not isinstance(target, str):
                    err(mp, "a discriminator mapping value must be a string")
                elif target.startswith("#"):
                    if lookup(data, target[1:]) is None:
                        err(mp, f"discriminator value {value!r} maps to {target!r}, which does not exist")
                elif "/" not in target and target not in schemas:
                    err(mp, f"discriminator value {value!r} maps to schema {target!r}, which does not exist")
