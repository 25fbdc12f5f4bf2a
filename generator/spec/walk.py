"""Walking an OpenAPI document: operations, schemas and local references."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from generator.problems import join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# keywords whose value is one schema, a list of schemas, or a map of name -> schema
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
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
    """Return the value at a JSON pointer, or ``None`` when there is none.

    A pointer taken from a URI fragment may be percent-encoded (``#/paths/~1pets~1%7Bid%7D``); when
    the pointer as written finds nothing, its percent-decoded form is tried.
    """
    found = _lookup(data, decode_pointer(pointer))
    if found is _MISSING and "%" in pointer:
        found = _lookup(data, [unquote(t) for t in decode_pointer(pointer)])
    return None if found is _MISSING else found


def _lookup(data: Any, tokens: list[str]) -> Any:
    node = data
    for token in tokens:
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
        if node is _MISSING:
            return _MISSING
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


def _deref(data: Any, value: Any, pointer: str) -> tuple[Any, str]:
    """Follow a local ``$ref`` (to a parameter, body, response or header); broken ones give None."""
    if isinstance(value, dict) and "$ref" in value:
        return resolve(data, value, pointer)
    return value, pointer


def _holder_schemas(data: Any, obj: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    """Schemas of a parameter or header: its ``schema`` and those in its ``content``."""
    obj, pointer = _deref(data, obj, pointer)
    if isinstance(obj, dict):
        if "schema" in obj:
            yield obj["schema"], join_pointer(pointer, "schema")
        yield from _media_schemas(obj.get("content"), join_pointer(pointer, "content"))


def _body_schemas(data: Any, obj: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    """Schemas of a request body or response: its content and (responses) its headers."""
    obj, pointer = _deref(data, obj, pointer)
    if isinstance(obj, dict):
        yield from _media_schemas(obj.get("content"), join_pointer(pointer, "content"))
        headers = obj.get("headers")
        if isinstance(headers, dict):
            for name, header in headers.items():
                yield from _holder_schemas(data, header, join_pointer(pointer, "headers", name))


def iter_root_schemas(data: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield every schema that is not inside another schema (following references to the objects
    that hold schemas, so a parameter kept outside ``components`` is still seen)."""
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
                    yield from _holder_schemas(
                        data, obj, join_pointer("/components", section, name)
                    )
        for section in ("requestBodies", "responses"):
            objs = components.get(section)
            if isinstance(objs, dict):
                for name, obj in objs.items():
                    yield from _body_schemas(data, obj, join_pointer("/components", section, name))
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        base = join_pointer("/paths", path)
        yield from _param_schemas(data, item.get("parameters"), join_pointer(base, "parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            opp = join_pointer(base, method)
            yield from _param_schemas(data, op.get("parameters"), join_pointer(opp, "parameters"))
            if "requestBody" in op:
                yield from _body_schemas(data, op["requestBody"], join_pointer(opp, "requestBody"))
            responses = op.get("responses")
            if isinstance(responses, dict):
                for status, resp in responses.items():
                    yield from _body_schemas(data, resp, join_pointer(opp, "responses", status))


def _param_schemas(data: Any, params: Any, pointer: str) -> Iterator[tuple[Any, str]]:
    if isinstance(params, list):
        for i, param in enumerate(params):
            yield from _holder_schemas(data, param, join_pointer(pointer, i))


def iter_all_schemas(data: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield every schema in the document once, nested ones included (iteratively, no recursion).

    A schema shared through YAML aliases is yielded once. Local references in schema position are
    followed, so a schema kept anywhere in the document (``#/x-defs/Pet``) is seen when it is used.
    """
    stack = list(iter_root_schemas(data))
    stack.reverse()
    seen: set[int] = set()
    while stack:
        schema, pointer = stack.pop()
        if isinstance(schema, (dict, list)):
            if id(schema) in seen:
                continue
            seen.add(id(schema))
        yield schema, pointer
        subs = list(iter_subschemas(schema, pointer))
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            file_part, fragment = split_ref(schema["$ref"])
            target = lookup(data, fragment) if not file_part and fragment.startswith("/") else None
            if target is not None and id(target) not in seen:
                subs.append((target, fragment))
        subs.reverse()
        stack.extend(subs)


def iter_refs(data: Any) -> Iterator[tuple[str, str]]:
    """Yield (ref string, pointer of the object holding it) for each ``$ref``, in document order."""
    for ref, pointer in iter_ref_values(data):
        if isinstance(ref, str):
            yield ref, pointer


def iter_ref_values(data: Any) -> Iterator[tuple[Any, str]]:
    """Yield (value, pointer of the object holding it) for every ``$ref`` key, strings or not.

    Like ``iter_refs`` it skips data (examples, defaults, enums) and property names called
    ``$ref``, and visits an object shared through YAML aliases once. Pointers are only spelled out
    for the objects that hold a ``$ref`` (the walk keeps (parent, key) links instead).
    """
    Link = tuple[Any, Any]  # (parent link, key) or None for the root
    stack: list[tuple[Any, Link | None, bool, str]] = [(data, None, False, "")]
    seen: set[int] = set()
    while stack:
        node, link, is_name_map, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if not is_name_map and "$ref" in node:
                yield node["$ref"], _spell(link)
            children = [
                (v, (link, k), _names_below(link, k, is_name_map), k)
                for k, v in node.items()
                if isinstance(v, (dict, list))
                and (is_name_map or k not in _DATA_KEYS or (k == "default" and key == "responses"))
            ]
        else:
            children = [
                (v, (link, i), False, "") for i, v in enumerate(node) if isinstance(v, (dict, list))
            ]
        children.reverse()
        stack.extend(children)


def _spell(link: Any) -> str:
    tokens: list[Any] = []
    while link is not None:
        link, token = link
        tokens.append(token)
    tokens.reverse()
    return join_pointer("", *tokens)


def _names_below(link: Any, key: str, in_name_map: bool) -> bool:
    """Whether the value under ``key`` maps names (which may be "example" or "$ref") to objects."""
    if in_name_map:
        return False
    if key in _MAP:
        return True
    if link is None:  # a top-level key
        return key in ("paths", "webhooks")
    return link == (None, "components")
