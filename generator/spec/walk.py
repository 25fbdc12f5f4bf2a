"""Walking an OpenAPI document: operations, schemas and local references."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.problems import join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# keywords whose value is one schema, a list of schemas, or a map of name -> schema
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems")
_LIST = ("allOf", "oneOf", "anyOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def split_ref(ref: str) -> tuple[str, str]:
    """Split a reference into (file part, JSON pointer part)."""
    file_part, _, fragment = ref.partition("#")
    return file_part, fragment


def decode_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


_MISSING = object()
_DATA_KEYS = ("example", "examples", "default", "enum", "const", "x-examples")


def lookup(data: Any, pointer: str) -> Any:
    """Return the value at a JSON pointer, or ``None`` when there is none."""
    node = data
    for token in decode_pointer(pointer):
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
        if node is _MISSING:
            return None
    return node


def resolve(data: Any, value: Any, pointer: str, limit: int = 50) -> tuple[Any, str]:
    """Follow local ``$ref`` chains; returns (target value, its pointer). Broken refs give None."""
    seen = 0
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        file_part, fragment = split_ref(value["$ref"])
        if file_part or seen >= limit:
            return None, pointer
        pointer = fragment
        value = lookup(data, fragment)
        seen += 1
    return value, pointer


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """Yield (path, method, operation, pointer) in document order."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op, join_pointer("/paths", path, method)


def iter_subschemas(schema: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    """Yield the direct subschemas of one schema with their pointers."""
    if not isinstance(schema, dict):
        return
    for key in _ONE:
        sub = schema.get(key)
        if isinstance(sub, dict):
            yield sub, join_pointer(pointer, key)
    for key in _LIST:
        subs = schema.get(key)
        if isinstance(subs, list):
            for i, sub in enumerate(subs):
                yield sub, join_pointer(pointer, key, i)
    for key in _MAP:
        subs = schema.get(key)
        if isinstance(subs, dict):
            for name, sub in subs.items():
                yield sub, join_pointer(pointer, key, name)
    items = schema.get("items")
    if isinstance(items, list):  # 3.0-style tuple items
        for i, sub in enumerate(items):
            yield sub, join_pointer(pointer, "items", i)


def _media_schemas(content: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    if isinstance(content, dict):
        for media, obj in content.items():
            if isinstance(obj, dict) and "schema" in obj:
                yield obj["schema"], join_pointer(pointer, media, "schema")


def iter_root_schemas(data: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield every schema that is not inside another schema."""
    components = data.get("components")
    if isinstance(components, dict):
        schemas = components.get("schemas")
        if isinstance(schemas, dict):
            for name, schema in schemas.items():
                yield schema, join_pointer("/components/schemas", name)
        for section in ("parameters", "headers"):
            objs = components.get(section)
            if isinstance(objs, dict):
                for name, obj in objs.items():
                    if isinstance(obj, dict):
                        base = join_pointer("/components", section, name)
                        if "schema" in obj:
                            yield obj["schema"], join_pointer(base, "schema")
                        yield from _media_schemas(obj.get("content"), join_pointer(base, "content"))
        for section in ("requestBodies", "responses"):
            objs = components.get(section)
            if isinstance(objs, dict):
                for name, obj in objs.items():
                    if isinstance(obj, dict):
                        base = join_pointer("/components", section, name, "content")
                        yield from _media_schemas(obj.get("content"), base)
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        base = join_pointer("/paths", path)
        yield from _param_schemas(item.get("parameters"), join_pointer(base, "parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            opp = join_pointer(base, method)
            yield from _param_schemas(op.get("parameters"), join_pointer(opp, "parameters"))
            body = op.get("requestBody")
            if isinstance(body, dict):
                yield from _media_schemas(body.get("content"), join_pointer(opp, "requestBody", "content"))
            responses = op.get("responses")
            if isinstance(responses, dict):
                for status, resp in responses.items():
                    if isinstance(resp, dict):
                        rp = join_pointer(opp, "responses", status, "content")
                        yield from _media_schemas(resp.get("content"), rp)


def _param_schemas(params: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    if isinstance(params, list):
        for i, param in enumerate(params):
            if isinstance(param, dict) and "schema" in param:
                yield param["schema"], join_pointer(pointer, i, "schema")


def iter_all_schemas(data: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield every schema in the document, nested ones included (iteratively, no recursion)."""
    stack = list(iter_root_schemas(data))
    stack.reverse()
    seen: set[int] = set()
    while stack:
        schema, pointer = stack.pop()
        if id(schema) in seen and isinstance(schema, dict):
            # YAML aliases can share one schema object; visit it once
            yield schema, pointer
            continue
        seen.add(id(schema))
        yield schema, pointer
        subs = list(iter_subschemas(schema, pointer))
        subs.reverse()
        stack.extend(subs)


def iter_refs(data: Any) -> Iterator[tuple[str, str]]:
    """Yield (ref string, pointer of the object holding it) for every ``$ref`` in the document."""
    stack: list[tuple[Any, str, bool]] = [(data, "", False)]
    seen: set[int] = set()
    while stack:
        node, pointer, is_name_map = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield ref, pointer
            for key, value in node.items():
                if not is_name_map and key in _DATA_KEYS:
                    continue  # data, not schema: a "$ref" key there is just a value
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(pointer, key), key in _MAP))
        elif isinstance(node, list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(pointer, i), False))
