"""Validate a loaded OpenAPI document: every problem, located, in document order, never raised.

Errors are what clientgen cannot turn into a faithful client (or what would make the IR builder
fail); warnings are the harmless quirks real specs are full of, which the generator reads its own
way and says so. Anything this module lets through must be safe for ``generator.ir.build``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable
from typing import Any

from generator.problems import Problem, join_pointer
from generator.spec.load import MAX_DEPTH, Document
from generator.spec.walk import (
    HTTP_METHODS,
    decode_pointer,
    iter_all_schemas,
    iter_ref_values,
    lookup,
    resolve,
    split_ref,
)

JSON_TYPES = {"string", "number", "integer", "boolean", "array", "object", "null"}
KNOWN_FORMATS = {
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "uuid",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "int32",
    "int64",
    "float",
    "double",
    "byte",
    "binary",
    "password",
    "decimal",
    "unix-time",
    "url",
    "int8",
    "int16",
    "uint8",
    "uint32",
    "uint64",
}
#: what people write for a type that does not exist, and what they mean
_TYPE_HINTS = {
    "int": "integer",
    "long": "integer",
    "int32": "integer",
    "int64": "integer",
    "float": "number",
    "double": "number",
    "decimal": "number",
    "bool": "boolean",
    "str": "string",
    "text": "string",
    "date": "string (with format: date)",
    "datetime": "string (with format: date-time)",
    "date-time": "string (with format: date-time)",
    "file": "string (with format: binary)",
    "dict": "object",
    "map": "object",
    "list": "array",
    "any": "no 'type' at all",
    "obj": "object",
    "integer32": "integer",
    "char": "string",
}
_PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")
_SECTIONS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)
_NUMBER_KEYWORDS = ("minimum", "maximum", "multipleOf")
_COUNT_KEYWORDS = (
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "minContains",
    "maxContains",
)
_BOOL_KEYWORDS = ("nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems")
_LIST_KEYWORDS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_PREFIX = "#/components/schemas/"
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
_STATUS = re.compile(r"[1-5](?:[0-9]{2}|XX)|default")
#: values a reference may stand for once every non-component reference is inlined
MAX_INLINED_VALUES = 1_000_000


def validate(doc: Document) -> list[Problem]:
    """Return every problem in the document (errors and warnings), in document order."""
    checker = _Validator(doc)
    checker.run()
    unique: dict[tuple[Any, ...], Problem] = {}
    opaque = tuple(doc.opaque)
    for p in checker.problems:
        if (
            opaque
            and p not in doc.problems
            and p.pointer is not None
            and any(p.pointer == o or p.pointer.startswith(o + "/") for o in opaque)
        ):
            continue  # already reported as unreadable; anything more about it is noise
        # a value shared through YAML aliases is checked once per path to it; report it once
        key = (
            (p.severity, p.message, p.line, p.column)
            if p.line is not None
            else (p.severity, p.message, p.pointer)
        )
        unique.setdefault(key, p)
    return sorted(unique.values(), key=doc.order_key)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.7)
    return f"; did you mean {close[0]!r}?" if close else ""


class _Validator:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data = doc.data
        self.problems: list[Problem] = list(doc.problems)
        self.is_31 = False
        self.checked: set[int] = set()  # parameter/body/response objects already checked
        components = self.data.get("components")
        self.components = components if isinstance(components, dict) else {}
        schemas = self.components.get("schemas")
        self.schema_names = schemas if isinstance(schemas, dict) else {}

    def names_schema(self, ref: str) -> bool:
        """Whether a reference names a component schema (a named type, not a copy) for the IR."""
        rest = ref[len(_SCHEMA_PREFIX) :]
        return (
            ref.startswith(_SCHEMA_PREFIX)
            and "/" not in rest
            and decode_pointer("/" + rest)[0] in self.schema_names
        )

    def err(self, pointer: str, message: str) -> None:
        self.problems.append(self.doc.problem(pointer, message))

    def warn(self, pointer: str, message: str) -> None:
        self.problems.append(self.doc.problem(pointer, message, "warning"))

    def expect(self, value: Any, kind: type | tuple[type, ...], pointer: str, what: str) -> bool:
        """Report an error unless ``value`` is a ``kind``; ``what``: "'paths' must be a mapping"."""
        if isinstance(value, kind) and not (isinstance(value, bool) and kind in (int, float)):
            return True
        self.err(pointer, f"{what}, not {_kind(value)}")
        return False

    # -- the document ------------------------------------------------------------------------
    def run(self) -> None:
        if not self.check_version():
            return
        data = self.data
        self.check_info()
        if "servers" in data:
            self.check_servers(data["servers"], "/servers")
        if "tags" in data:
            self.check_tags(data["tags"])
        if "security" in data:
            self.check_security(data["security"], "/security")
        if "components" in data:
            self.check_components(data["components"])
        paths = data.get("paths")
        if "paths" not in data:
            if not self.is_31:
                self.err("", "missing the 'paths' object (it may be empty: paths: {})")
        elif paths is None and self.is_31:
            pass
        elif self.expect(
            paths, dict, "/paths", "'paths' must be a mapping of path templates to path items"
        ):
            self.check_paths(paths)  # type: ignore[arg-type]
        if "webhooks" in data and data["webhooks"] is not None:
            self.expect(data["webhooks"], dict, "/webhooks", "'webhooks' must be a mapping")
        self.check_refs()
        self.check_schemas()

    def check_version(self) -> bool:
        data = self.data
        if "openapi" not in data:
            if "swagger" in data:
                self.err(
                    "/swagger",
                    f"this is a Swagger {data['swagger']} document; clientgen reads "
                    "OpenAPI 3.0 and 3.1. Convert it first, for example with 'npx swagger2openapi "
                    "spec.yaml -o openapi.yaml' or at https://converter.swagger.io",
                )
            else:
                self.err(
                    "",
                    "missing the 'openapi' field (for example openapi: 3.1.0); "
                    "is this an OpenAPI document?",
                )
            return False
        version = data["openapi"]
        if _is_number(version):
            if version in (3.0, 3.1):
                self.warn(
                    "/openapi",
                    f"the 'openapi' version should be a string such as '{version}.0'; "
                    f"YAML read the number {version} (quote it). Read as {version}",
                )
                self.is_31 = version == 3.1
                return True
            version = str(version)
        if not isinstance(version, str):
            self.err(
                "/openapi",
                f"the 'openapi' version must be a string such as '3.1.0', not {_kind(version)}",
            )
            return False
        if re.fullmatch(r"3\.[01]\.\d+(-[\w.]+)?", version):
            self.is_31 = version.startswith("3.1")
            return True
        if version in ("3.0", "3.1"):
            self.warn(
                "/openapi",
                f"OpenAPI version {version!r} should name a patch release "
                f"(for example '{version}.0'); read as {version}",
            )
            self.is_31 = version == "3.1"
            return True
        if version.startswith(("1.", "2.")) or version in ("1", "2"):
            self.err(
                "/openapi",
                f"OpenAPI/Swagger {version} is not supported; clientgen reads OpenAPI 3.0 "
                "and 3.1. Convert the spec first, for example with 'npx swagger2openapi'",
            )
        else:
            self.err(
                "/openapi",
                f"unsupported OpenAPI version {version!r}; clientgen reads 3.0.x and 3.1.x",
            )
        return False

    def check_info(self) -> None:
        data = self.data
        if "info" not in data:
            self.err("", "missing the 'info' object (with 'title' and 'version')")
            return
        info = data["info"]
        if not self.expect(
            info, dict, "/info", "'info' must be a mapping with 'title' and 'version'"
        ):
            return
        for key in ("title", "version"):
            pointer = join_pointer("/info", key)
            value = info.get(key)
            if key not in info or value is None:
                self.err("/info", f"info.{key} is missing")
            elif _is_number(value):
                self.warn(
                    pointer,
                    f"info.{key} should be a string; YAML read the number {value!r} "
                    "(quote it to keep it exactly as written)",
                )
            elif not isinstance(value, str):
                self.err(pointer, f"info.{key} must be a string, not {_kind(value)}")
        if "x-clientgen" in info:
            self.expect(
                info["x-clientgen"], dict, "/info/x-clientgen", "info.x-clientgen must be a mapping"
            )

    def check_servers(self, servers: Any, pointer: str) -> None:
        if not self.expect(servers, list, pointer, "'servers' must be a list"):
            return
        for i, server in enumerate(servers):
            sp = join_pointer(pointer, i)
            if not self.expect(server, dict, sp, "a server must be a mapping with a 'url'"):
                continue
            if not isinstance(server.get("url"), str):
                self.err(
                    join_pointer(sp, "url") if "url" in server else sp,
                    "a server needs a string 'url'",
                )
            variables = server.get("variables")
            if variables is None:
                continue
            vp = join_pointer(sp, "variables")
            if not self.expect(variables, dict, vp, "server 'variables' must be a mapping"):
                continue
            for name, var in variables.items():
                varp = join_pointer(vp, name)
                if self.expect(
                    var, dict, varp, f"server variable {name!r} must be a mapping with a 'default'"
                ):
                    if not isinstance(var.get("default"), str):
                        self.err(
                            join_pointer(varp, "default") if "default" in var else varp,
                            f"server variable {name!r} needs a string 'default'",
                        )

    def check_tags(self, tags: Any) -> None:
        if not self.expect(tags, list, "/tags", "'tags' must be a list"):
            return
        seen: set[str] = set()
        for i, tag in enumerate(tags):
            tp = join_pointer("/tags", i)
            if not self.expect(tag, dict, tp, "a tag must be a mapping with a 'name'"):
                continue
            name = tag.get("name")
            if not isinstance(name, str):
                self.err(tp, "a tag needs a string 'name'")
            elif name in seen:
                self.warn(join_pointer(tp, "name"), f"tag {name!r} is declared twice")
            else:
                seen.add(name)

    def check_security(self, security: Any, pointer: str) -> None:
        if not self.expect(security, list, pointer, "'security' must be a list of requirements"):
            return
        schemes = self.components.get("securitySchemes")
        known = schemes if isinstance(schemes, dict) else {}
        for i, requirement in enumerate(security):
            rp = join_pointer(pointer, i)
            if not self.expect(
                requirement,
                dict,
                rp,
                "a security requirement must be a mapping of scheme names to lists of scopes",
            ):
                continue
            for name, scopes in requirement.items():
                sp = join_pointer(rp, name)
                if not isinstance(scopes, list):
                    self.err(
                        sp, f"the scopes of security scheme {name!r} must be a list (often [])"
                    )
                if name not in known:
                    self.warn(
                        sp,
                        f"security scheme {name!r} is not declared in "
                        f"components.securitySchemes{_suggest(name, known)}; it is ignored",
                    )

    # -- components --------------------------------------------------------------------------
    def check_components(self, components: Any) -> None:
        if not self.expect(components, dict, "/components", "'components' must be a mapping"):
            return
        for section in _SECTIONS:
            if section not in components:
                continue
            sp = join_pointer("/components", section)
            objs = components[section]
            if not self.expect(
                objs, dict, sp, f"components.{section} must be a mapping of names to objects"
            ):
                continue
            for name, obj in objs.items():
                op = join_pointer(sp, name)
                if section == "parameters":
                    self.check_parameter(obj, op)
                elif section == "requestBodies":
                    self.check_body(obj, op, "a request body")
                elif section == "responses":
                    self.check_body(obj, op, "a response")
                elif section == "headers":
                    self.check_header(obj, op)
                elif section == "securitySchemes":
                    self.check_security_scheme(name, obj, op)
                elif section != "schemas":  # schemas are checked with all the others
                    self.expect(obj, dict, op, f"components.{section} entries must be mappings")

    def check_security_scheme(self, name: str, scheme: Any, pointer: str) -> None:
        if not self.expect(scheme, dict, pointer, f"security scheme {name!r} must be a mapping"):
            return
        if "$ref" in scheme:
            return
        kind = scheme.get("type")
        if not isinstance(kind, str):
            self.err(
                pointer,
                f"security scheme {name!r} needs a string 'type' (apiKey, http, oauth2, "
                "openIdConnect or mutualTLS)",
            )
        elif kind == "apiKey":
            if not isinstance(scheme.get("name"), str) or scheme.get("in") not in (
                "header",
                "query",
                "cookie",
            ):
                self.err(
                    pointer,
                    f"apiKey security scheme {name!r} needs a string 'name' and 'in' of "
                    "header, query or cookie",
                )
        elif kind == "http" and not isinstance(scheme.get("scheme"), str):
            self.err(
                pointer, f"http security scheme {name!r} needs a string 'scheme' (such as bearer)"
            )

    # -- paths and operations ----------------------------------------------------------------
    def check_paths(self, paths: dict[str, Any]) -> None:
        seen_ids: dict[str, str] = {}
        shapes: dict[str, str] = {}
        for path, item in paths.items():
            pp = join_pointer("/paths", path)
            if not path.startswith("/"):
                if path.startswith("x-"):
                    continue
                self.err(pp, f"path {path!r} must start with '/'")
            if path.count("{") != path.count("}") or re.search(r"\{[^}]*\{|\{\}", path):
                self.err(pp, f"path {path!r} has unbalanced or empty braces")
            shape = _TEMPLATE.sub("{}", path)
            if shape in shapes and "{" in shape:
                self.warn(
                    pp, f"path {path!r} is the same as {shapes[shape]!r} with other parameter names"
                )
            shapes.setdefault(shape, path)
            if not self.expect(
                item, dict, pp, "a path item must be a mapping of methods to operations"
            ):
                continue
            if "$ref" in item:
                self.warn(pp, "a path item with '$ref' is not followed; its operations are skipped")
            if "servers" in item:
                self.check_servers(item["servers"], join_pointer(pp, "servers"))
            path_params = self.check_parameter_list(
                item.get("parameters"), join_pointer(pp, "parameters")
            )
            for key in item:
                if isinstance(key, str) and key.lower() in HTTP_METHODS and key not in HTTP_METHODS:
                    self.warn(
                        join_pointer(pp, key),
                        f"{key!r} is not an operation: methods are lower-case "
                        f"({key.lower()!r}); it is ignored",
                    )
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                opp = join_pointer(pp, method)
                if self.expect(op, dict, opp, f"the {method.upper()} operation must be a mapping"):
                    self.check_operation(path, method, op, opp, path_params, seen_ids)
            # a path-level parameter the path does not use: reported once, not once per operation
            used = _TEMPLATE.findall(path)
            for (name, where), ppointer in path_params.items():
                if where == "path" and name not in used:
                    self.err(
                        ppointer,
                        f"path parameter {name!r} is declared but {path!r} has no "
                        f"{{{name}}} segment",
                    )

    def check_operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        pointer: str,
        path_params: dict[tuple[str, str], str],
        seen_ids: dict[str, str],
    ) -> None:
        label = f"{method.upper()} {path}"
        if "operationId" in op:
            op_id = op["operationId"]
            idp = join_pointer(pointer, "operationId")
            if not isinstance(op_id, str):
                self.err(idp, f"operationId must be a non-empty string, not {_kind(op_id)}")
            elif not op_id.strip():
                self.err(idp, "operationId must not be blank")
            elif op_id in seen_ids:
                first = seen_ids[op_id]
                line, _ = self.doc.locate(join_pointer(first, "operationId"))
                where = f"line {line}" if line is not None else first
                self.err(
                    idp,
                    f"duplicate operationId {op_id!r}: already used by "
                    f"{first.rsplit('/', 1)[-1].upper()} {decode_pointer(first)[1]} ({where}); "
                    "operationIds must be unique",
                )
            else:
                seen_ids[op_id] = pointer
        if "tags" in op and self.expect(
            op["tags"],
            list,
            join_pointer(pointer, "tags"),
            "an operation's 'tags' must be a list of strings",
        ):
            for i, tag in enumerate(op["tags"]):
                if not isinstance(tag, str):
                    self.err(
                        join_pointer(pointer, "tags", i),
                        f"a tag name must be a string, not {_kind(tag)}",
                    )
        for key in ("deprecated",):
            if key in op and not isinstance(op[key], bool):
                self.err(
                    join_pointer(pointer, key),
                    f"'{key}' must be true or false, not {_kind(op[key])}",
                )
        if "security" in op:
            self.check_security(op["security"], join_pointer(pointer, "security"))
        if "servers" in op:
            self.check_servers(op["servers"], join_pointer(pointer, "servers"))
        own = self.check_parameter_list(op.get("parameters"), join_pointer(pointer, "parameters"))
        if "requestBody" in op:
            self.check_body(
                op["requestBody"], join_pointer(pointer, "requestBody"), "a request body"
            )
        self.check_responses(op, pointer, label)
        # path parameters: what the path uses against what the path item and the operation declare
        declared = {name for name, where in {**path_params, **own} if where == "path"}
        used = _TEMPLATE.findall(path)
        for name in used:
            if name not in declared:
                # a common slip in real specs (a DELETE /call/{id} declaring nothing); the IR infers it
                self.warn(
                    pointer,
                    f"path parameter {{{name}}} in {path!r} is not declared for {method.upper()}; "
                    f"it is inferred as a required string (declare it with name: {name} and "
                    "in: path)",
                )
        for (name, where), ppointer in own.items():
            if where == "path" and name not in used:
                self.err(
                    ppointer,
                    f"path parameter {name!r} is declared but {path!r} has no {{{name}}} segment",
                )

    def check_responses(self, op: dict[str, Any], pointer: str, label: str) -> None:
        rp = join_pointer(pointer, "responses")
        if "responses" not in op or op["responses"] is None:
            self.err(
                rp if "responses" in op else pointer,
                f"{label} has no 'responses'; declare at least "
                "one (for example '200' or 'default')",
            )
            return
        responses = op["responses"]
        if not self.expect(
            responses,
            dict,
            rp,
            f"the responses of {label} must be a mapping of status codes to responses",
        ):
            return
        if not responses:
            self.err(
                rp,
                f"{label} declares no responses; declare at least one (for example '200' or "
                "'default')",
            )
        for status, response in responses.items():
            sp = join_pointer(rp, status)
            if not _STATUS.fullmatch(status) and not status.startswith("x-"):
                self.warn(
                    sp,
                    f"response key {status!r} is not a status code (such as '200', '4XX' or "
                    "'default')",
                )
            self.check_body(response, sp, "a response")

    def check_parameter_list(self, params: Any, pointer: str) -> dict[tuple[str, str], str]:
        """Check a 'parameters' list; return {(name, in): pointer} of the parameters declared."""
        declared: dict[tuple[str, str], str] = {}
        if params is None:
            return declared
        if not self.expect(params, list, pointer, "'parameters' must be a list"):
            return declared
        for i, param in enumerate(params):
            pp = join_pointer(pointer, i)
            self.check_parameter(param, pp)
            target, _ = resolve(self.data, param, pp)
            if not isinstance(target, dict):
                continue
            name, where = target.get("name"), target.get("in")
            if isinstance(name, str) and where in _PARAMETER_LOCATIONS:
                if (name, where) in declared:
                    self.warn(
                        pp, f"{where} parameter {name!r} is declared twice; the last one is used"
                    )
                declared[(name, where)] = pp
        return declared

    def _once(self, value: Any) -> bool:
        """True the first time an object is checked (shared objects are checked once)."""
        if id(value) in self.checked:
            return False
        self.checked.add(id(value))
        return True

    def check_parameter(self, param: Any, pointer: str) -> None:
        if not self.expect(param, dict, pointer, "a parameter must be a mapping"):
            return
        if "$ref" in param:  # check the target where it is declared (once, wherever that is)
            target, tp = resolve(self.data, param, pointer)
            if isinstance(target, dict) and tp != pointer:
                self.check_parameter(target, tp)
            return
        if not self._once(param):
            return
        name, where = param.get("name"), param.get("in")
        if not isinstance(name, str) or not name:
            self.err(
                join_pointer(pointer, "name") if "name" in param else pointer,
                "a parameter needs a non-empty string 'name'",
            )
        if where not in _PARAMETER_LOCATIONS:
            hint = ""
            if where in ("body", "formData"):
                hint = f" ('{where}' parameters are Swagger 2; OpenAPI 3 uses requestBody)"
            self.err(
                join_pointer(pointer, "in") if "in" in param else pointer,
                f"a parameter needs 'in' of path, query, header or cookie, not {where!r}{hint}",
            )
        for key in ("required", "deprecated", "allowEmptyValue", "explode", "allowReserved"):
            if key in param and not isinstance(param[key], bool):
                self.err(
                    join_pointer(pointer, key),
                    f"'{key}' must be true or false, not {_kind(param[key])}",
                )
        if (
            where == "path"
            and param.get("required") is not True
            and isinstance(param.get("required"), (bool, type(None)))
        ):
            self.warn(
                pointer,
                f"path parameter {name!r} should say required: true; it is treated as required",
            )
        if "style" in param and not isinstance(param["style"], str):
            self.err(
                join_pointer(pointer, "style"),
                f"'style' must be a string, not {_kind(param['style'])}",
            )
        self.check_content(param, pointer)
        if "schema" not in param and "content" not in param:
            self.warn(
                pointer,
                f"parameter {name!r} has neither 'schema' nor 'content'; it is treated as a string",
            )

    def check_header(self, header: Any, pointer: str) -> None:
        if not self.expect(header, dict, pointer, "a header must be a mapping"):
            return
        if "$ref" in header:
            target, tp = resolve(self.data, header, pointer)
            if isinstance(target, dict) and tp != pointer:
                self.check_header(target, tp)
        elif self._once(header):
            self.check_content(header, pointer)

    def check_body(self, body: Any, pointer: str, what: str) -> None:
        if not self.expect(body, dict, pointer, f"{what} must be a mapping"):
            return
        if "$ref" in body:
            target, tp = resolve(self.data, body, pointer)
            if isinstance(target, dict) and tp != pointer:
                self.check_body(target, tp, what)
            return
        if not self._once(body):
            return
        if "required" in body and not isinstance(body["required"], bool):
            self.err(
                join_pointer(pointer, "required"),
                f"'required' must be true or false, not {_kind(body['required'])}",
            )
        self.check_content(body, pointer)
        if "headers" in body:
            hp = join_pointer(pointer, "headers")
            if self.expect(
                body["headers"], dict, hp, "'headers' must be a mapping of names to headers"
            ):
                for name, header in body["headers"].items():
                    self.check_header(header, join_pointer(hp, name))

    def check_content(self, holder: dict[str, Any], pointer: str) -> None:
        if "content" not in holder:
            return
        cp = join_pointer(pointer, "content")
        content = holder["content"]
        if not self.expect(
            content, dict, cp, "'content' must be a mapping of media types to media objects"
        ):
            return
        for media, obj in content.items():
            mp = join_pointer(cp, media)
            if obj is None:
                continue  # `application/json:` with nothing under it: any body of that type
            if self.expect(
                obj, dict, mp, f"the {media!r} entry must be a mapping (with a 'schema')"
            ):
                if "encoding" in obj:
                    self.expect(
                        obj["encoding"],
                        dict,
                        join_pointer(mp, "encoding"),
                        "'encoding' must be a mapping",
                    )

    # -- references --------------------------------------------------------------------------
    def check_refs(self) -> None:
        base_dir = os.path.dirname(os.path.abspath(self.doc.path))
        inlined: list[
            tuple[str, Any, str]
        ] = []  # (ref pointer, target, fragment) of local refs to inline
        for ref, pointer in iter_ref_values(self.data):
            where = join_pointer(pointer, "$ref")
            if not isinstance(ref, str):
                self.err(where, f"'$ref' must be a string, not {_kind(ref)}")
                continue
            file_part, fragment = split_ref(ref)
            if file_part:
                self.check_file_ref(ref, file_part, where, base_dir)
                continue
            if fragment and not fragment.startswith("/"):
                self.err(
                    where,
                    f"reference {ref!r} is not a JSON pointer (it should look like "
                    f"'#/components/schemas/{fragment}')",
                )
                continue
            target = lookup(self.data, fragment)
            if target is None:
                self.err(where, self.missing_message(ref, fragment))
                continue
            if not self.names_schema(ref) and isinstance(target, (dict, list)):
                inlined.append((where, target, fragment))
        self.check_ref_graph(inlined)

    def check_file_ref(self, ref: str, file_part: str, where: str, base_dir: str) -> None:
        if "://" in file_part:
            self.err(
                where,
                f"remote reference {ref!r} is not supported; bundle the spec into one file "
                "(for example with 'npx @redocly/cli bundle')",
            )
        elif os.path.isfile(os.path.join(base_dir, file_part)):
            self.err(
                where,
                f"reference {ref!r} points to another file; clientgen needs a single-file spec "
                "(bundle it first, for example with 'npx @redocly/cli bundle')",
            )
        else:
            hint = ""
            if "." not in file_part and "/" not in file_part:
                hint = f" (a reference in this file looks like '#/components/schemas/{file_part}')"
            self.err(
                where,
                f"reference {ref!r} points to the file {file_part!r}, which does not exist{hint}",
            )

    def missing_message(self, ref: str, fragment: str) -> str:
        tokens = decode_pointer(fragment)
        node: Any = self.data
        for depth, token in enumerate(tokens):
            if isinstance(node, dict) and token in node:
                node = node[token]
                continue
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
                continue
            parent = "/".join(tokens[:depth]) or "the document"
            if isinstance(node, dict):
                return (
                    f"reference {ref!r} points to nothing: there is no {token!r} in {parent}"
                    + _suggest(token, node)
                )
            return f"reference {ref!r} points to nothing: {parent} has no {token!r}"
        return f"reference {ref!r} points to nothing in this document"

    def check_ref_graph(self, inlined: list[tuple[str, Any, str]]) -> None:
        """Reject reference cycles the generator would follow forever, and reference bombs.

        Only ``#/components/schemas/<Name>`` becomes a named type; every other local reference is
        followed (copied in place). A cycle through such references never ends, and references
        inside referenced values multiply: both are refused here, before the IR is built.
        """
        graph: dict[int, tuple[int, int, list[tuple[int, int, str]]]] = {}
        fragments: dict[int, str] = {}
        work = [(target, fragment) for _, target, fragment in inlined]
        while work:
            target, fragment = work.pop()
            if id(target) in graph:
                continue
            fragments[id(target)] = fragment
            size, height, refs = self._inlined_refs(target, fragment)
            graph[id(target)] = (size, height, [(d, id(child), rp) for d, child, _, rp in refs])
            work.extend((child, frag) for _, child, frag, _ in refs if id(child) not in graph)
        expanded = self._expand(graph, fragments, [id(t) for _, t, _ in inlined])
        total = 0
        for where, target, _ in inlined:
            size, height = expanded.get(id(target), (0, 0))
            total += size
            if total > MAX_INLINED_VALUES:
                self.err(
                    where,
                    f"references expand to more than {MAX_INLINED_VALUES:,} values once "
                    "copied in place (a reference bomb?); refusing to generate",
                )
                return
            if len(decode_pointer(where)) - 1 + height > MAX_DEPTH:
                self.err(
                    where, f"references nest deeper than {MAX_DEPTH} levels once copied in place"
                )
                return
        self.check_alias_cycles()

    def _inlined_refs(
        self, target: Any, fragment: str
    ) -> tuple[int, int, list[tuple[int, Any, str, str]]]:
        """Size and height of ``target``, and its references that get inlined:
        (depth, target, target's pointer, pointer of the '$ref')."""
        size, height = 0, 0
        refs: list[tuple[int, Any, str, str]] = []
        pending: list[tuple[Any, int, str, bool]] = [(target, 0, fragment, False)]
        seen: set[int] = set()
        while pending:
            value, depth, pointer, is_data = pending.pop()
            size += 1
            height = max(height, depth)
            if not isinstance(value, (dict, list)) or id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, list):
                pending.extend(
                    (v, depth + 1, join_pointer(pointer, i), is_data) for i, v in enumerate(value)
                )
                continue
            ref = value.get("$ref")
            if not is_data and isinstance(ref, str) and not self.names_schema(ref):
                file_part, frag = split_ref(ref)
                child = (
                    lookup(self.data, frag)
                    if not file_part and (not frag or frag.startswith("/"))
                    else None
                )
                if isinstance(child, (dict, list)):
                    refs.append((depth, child, frag, join_pointer(pointer, "$ref")))
            for k, v in value.items():
                pending.append(
                    (
                        v,
                        depth + 1,
                        join_pointer(pointer, k),
                        is_data or k in ("example", "examples", "default", "enum", "const"),
                    )
                )
        return size, height, refs

    def _expand(
        self,
        graph: dict[int, tuple[int, int, list[tuple[int, int, str]]]],
        fragments: dict[int, str],
        roots: list[int],
    ) -> dict[int, tuple[int, int]]:
        """(size, height) of each target with its references copied in; reports cycles."""
        expanded: dict[int, tuple[int, int]] = {}
        on_path: list[int] = []
        reported: set[frozenset[int]] = set()
        for root in roots:
            if root in expanded:
                continue
            stack = [(root, iter(graph[root][2]))]
            on_path.append(root)
            while stack:
                node, edges = stack[-1]
                for _, child, ref_pointer in edges:
                    if child in expanded:
                        continue
                    if child in on_path:
                        cycle = on_path[on_path.index(child) :]
                        if frozenset(cycle) not in reported:
                            reported.add(frozenset(cycle))
                            chain = " -> ".join(repr("#" + fragments[c]) for c in [*cycle, child])
                            self.err(
                                ref_pointer,
                                f"reference cycle {chain}: only schemas in "
                                "components/schemas may refer back to themselves (other references "
                                "are copied in place, which would never end)",
                            )
                        continue
                    on_path.append(child)
                    stack.append((child, iter(graph[child][2])))
                    break
                else:
                    stack.pop()
                    on_path.pop()
                    size, height, refs = graph[node]
                    for depth, child, _ in refs:
                        csize, cheight = expanded.get(child, (0, 0))
                        size = min(size + csize, MAX_INLINED_VALUES + 1)
                        height = max(height, depth + cheight)
                    expanded[node] = (size, height)
        return expanded

    def check_alias_cycles(self) -> None:
        """Named schemas that are only references to each other (A: {$ref: B}, B: {$ref: A})."""
        reported: set[frozenset[str]] = set()
        for name, schema in self.schema_names.items():
            chain = [name]
            while (
                isinstance(schema, dict)
                and isinstance(schema.get("$ref"), str)
                and self.names_schema(schema["$ref"])
            ):
                target = decode_pointer(split_ref(schema["$ref"])[1])[2]
                if target in chain:
                    cycle = chain[chain.index(target) :]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        shown = " -> ".join([*cycle, target])
                        self.err(
                            join_pointer("/components/schemas", cycle[-1], "$ref"),
                            "schemas that are only references to each other never describe a "
                            "value: "
                            f"{shown}",
                        )
                    break
                chain.append(target)
                schema = self.schema_names.get(target)

    # -- schemas -----------------------------------------------------------------------------
    def check_schemas(self) -> None:
        for schema, pointer in iter_all_schemas(self.data):
            self.check_schema(schema, pointer)

    def check_schema(self, schema: Any, pointer: str) -> None:
        err: Callable[[str, str], None] = self.err
        if isinstance(schema, bool):
            if not self.is_31:
                err(pointer, "a schema must be a mapping (true and false schemas need OpenAPI 3.1)")
            return
        if not isinstance(schema, dict):
            hint = ""
            if isinstance(schema, str) and schema in JSON_TYPES:
                hint = f" (did you mean {{type: {schema}}}?)"
            err(pointer, f"a schema must be a mapping, not {_kind(schema)}{hint}")
            return
        if "$ref" in schema:
            return  # siblings of $ref are ignored (3.0) or merely annotate (3.1)
        typ = schema.get("type")
        types: list[Any] = []
        if "type" in schema:
            tp = join_pointer(pointer, "type")
            if isinstance(typ, list):
                if not self.is_31:
                    self.warn(tp, "a list of types is OpenAPI 3.1 syntax; read as in 3.1")
                types = typ
                if not typ:
                    err(tp, "'type' must not be an empty list")
            else:
                types = [typ]
            for t in types:
                if not isinstance(t, str):
                    err(tp, f"a type must be a string, not {_kind(t)}")
                elif t not in JSON_TYPES:
                    allowed = sorted(JSON_TYPES - ({"null"} if not self.is_31 else set()))
                    hint = (
                        f"; did you mean {_TYPE_HINTS[t.lower()]}?"
                        if t.lower() in _TYPE_HINTS
                        else _suggest(t, allowed)
                    )
                    if t.lower() in JSON_TYPES:
                        hint = f"; types are lower-case: {t.lower()!r}"
                    err(tp, f"unknown type {t!r}{hint} (expected one of {', '.join(allowed)})")
        single = types[0] if len(types) == 1 and isinstance(types[0], str) else None
        if "format" in schema:
            fmt = schema["format"]
            fp = join_pointer(pointer, "format")
            if not isinstance(fmt, str):
                self.warn(fp, f"'format' should be a string, not {_kind(fmt)}; it is ignored")
            elif fmt not in KNOWN_FORMATS:
                self.warn(fp, f"unknown format {fmt!r}; treated as a plain {single or 'value'}")
        if "enum" in schema:
            self.check_enum(schema["enum"], join_pointer(pointer, "enum"), single)
        if "required" in schema:
            required = schema["required"]
            rp = join_pointer(pointer, "required")
            if isinstance(required, list):
                for i, name in enumerate(required):
                    if not isinstance(name, str):
                        err(
                            join_pointer(rp, i),
                            f"a required property name must be a string, not {_kind(name)}",
                        )
            elif isinstance(required, bool):
                err(
                    rp,
                    "'required' in a schema is a list of property names; 'required: true' belongs "
                    "on each parameter, or list the names in the object schema",
                )
            else:
                err(
                    rp,
                    "'required' in a schema must be a list of property names, not "
                    f"{_kind(required)}",
                )
        if "properties" in schema:
            self.expect(
                schema["properties"],
                dict,
                join_pointer(pointer, "properties"),
                "'properties' must be a mapping of names to schemas",
            )
        for key in ("patternProperties", "$defs", "definitions", "dependentSchemas"):
            if key in schema:
                self.expect(
                    schema[key],
                    dict,
                    join_pointer(pointer, key),
                    f"'{key}' must be a mapping of schemas",
                )
        if "additionalProperties" in schema:
            extra = schema["additionalProperties"]
            if not isinstance(extra, (bool, dict)):
                err(
                    join_pointer(pointer, "additionalProperties"),
                    f"'additionalProperties' must be true, false or a schema, not {_kind(extra)}",
                )
        if "items" in schema:
            items = schema["items"]
            if isinstance(items, list):
                self.warn(
                    join_pointer(pointer, "items"),
                    "a list of 'items' (tuple validation) is read as items of any type",
                )
            elif not isinstance(items, (bool, dict)):
                err(join_pointer(pointer, "items"), f"'items' must be a schema, not {_kind(items)}")
        for key in _LIST_KEYWORDS:
            if key in schema:
                kp = join_pointer(pointer, key)
                if (
                    self.expect(schema[key], list, kp, f"'{key}' must be a list of schemas")
                    and not schema[key]
                ):
                    self.warn(kp, f"'{key}' is empty; it is ignored")
        for key in ("not", "contains", "propertyNames", "if", "then", "else"):
            if key in schema and not isinstance(schema[key], (bool, dict)):
                err(
                    join_pointer(pointer, key),
                    f"'{key}' must be a schema, not {_kind(schema[key])}",
                )
        for key in _NUMBER_KEYWORDS:
            if key in schema and not _is_number(schema[key]):
                err(
                    join_pointer(pointer, key),
                    f"'{key}' must be a number, not {_kind(schema[key])}",
                )
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            if key in schema and not (_is_number(schema[key]) or isinstance(schema[key], bool)):
                err(
                    join_pointer(pointer, key),
                    f"'{key}' must be a number (or, in 3.0, true/false), not {_kind(schema[key])}",
                )
        for key in _COUNT_KEYWORDS:
            if key in schema:
                value = schema[key]
                if not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
                    err(
                        join_pointer(pointer, key),
                        f"'{key}' must be a whole number of at least 0, not {value!r}"
                        if _is_number(value)
                        else f"'{key}' must be a whole number, not {_kind(value)}",
                    )
        for key in _BOOL_KEYWORDS:
            if key in schema and not isinstance(schema[key], bool):
                err(
                    join_pointer(pointer, key),
                    f"'{key}' must be true or false, not {_kind(schema[key])}",
                )
        if "pattern" in schema:
            self.check_pattern(schema["pattern"], join_pointer(pointer, "pattern"))
        if "discriminator" in schema:
            self.check_discriminator(
                schema["discriminator"], join_pointer(pointer, "discriminator")
            )

    def check_pattern(self, pattern: Any, pointer: str) -> None:
        if not isinstance(pattern, str):
            self.err(pointer, f"'pattern' must be a string, not {_kind(pattern)}")
            return
        try:
            re.compile(pattern)
        except re.error as exc:
            self.warn(
                pointer,
                f"'pattern' is not a regular expression Python can read ({exc}); it is left "
                "out of the generated models",
            )
        except (RecursionError, OverflowError, MemoryError):
            self.warn(
                pointer,
                "'pattern' is too complex for Python's regular expressions; it is left "
                "out of the generated models",
            )

    def check_enum(self, enum: Any, pointer: str, single: str | None) -> None:
        if not isinstance(enum, list):
            self.err(pointer, f"'enum' must be a list of values, not {_kind(enum)}")
            return
        if not enum:
            self.warn(pointer, "empty enum: no value could match; the constraint is ignored")
            return
        values = [v for v in enum if v is not None]
        if single == "object" and values and all(isinstance(v, str) for v in values):
            self.warn(
                pointer,
                "enum values are strings but the type is 'object' (probably meant type: string)",
            )
            return
        if single in ("string", "integer", "number", "boolean"):
            fits: dict[str, Callable[[Any], bool]] = {
                "string": lambda v: isinstance(v, str),
                "integer": lambda v: (
                    isinstance(v, int)
                    and not isinstance(v, bool)
                    or (isinstance(v, float) and v.is_integer())
                ),
                "number": _is_number,
                "boolean": lambda v: isinstance(v, bool),
            }
            wrong = [v for v in values if not fits[single](v)]
            if wrong:
                self.warn(pointer, f"enum value {wrong[0]!r} is not of type {single!r}")

    def check_discriminator(self, disc: Any, pointer: str) -> None:
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            self.err(pointer, "a discriminator needs a string 'propertyName'")
            return
        if "mapping" not in disc or disc["mapping"] is None:
            return
        mp = join_pointer(pointer, "mapping")
        mapping = disc["mapping"]
        if not self.expect(
            mapping, dict, mp, "a discriminator 'mapping' must be a mapping of values to schemas"
        ):
            return
        for value, target in mapping.items():
            vp = join_pointer(mp, value)
            if not isinstance(target, str):
                self.err(
                    vp,
                    "a discriminator mapping value must be a schema name or reference, not "
                    f"{_kind(target)}",
                )
            elif target.startswith(_SCHEMA_PREFIX) and len(decode_pointer(target[1:])) == 3:
                name = decode_pointer(target[1:])[2]
                if name not in self.schema_names:
                    self.err(
                        vp,
                        f"discriminator value {value!r} maps to {target!r}, which does not exist"
                        + _suggest(name, self.schema_names),
                    )
            elif target.startswith("#"):
                what = (
                    "does not exist"
                    if lookup(self.data, target[1:]) is None
                    else "is not a schema in components/schemas (clientgen maps to those only)"
                )
                self.err(vp, f"discriminator value {value!r} maps to {target!r}, which {what}")
            elif "/" in target or "#" in target:
                self.err(
                    vp,
                    f"discriminator value {value!r} maps to {target!r}, which is not in this file; "
                    "use a schema name or '#/components/schemas/<Name>'",
                )
            elif target not in self.schema_names:
                self.err(
                    vp,
                    f"discriminator value {value!r} maps to schema {target!r}, which does not exist"
                    + _suggest(target, self.schema_names),
                )
