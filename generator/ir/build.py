"""Build the IR from a validated document. Reads only plain data; knows no target."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from generator.ir.model import (
    Api,
    Auth,
    Body,
    Discriminator,
    Field,
    OAuthFlow,
    Operation,
    Parameter,
    PropertyEncoding,
    Resource,
    Response,
    Schema,
    SecurityUse,
    Server,
    ServerVariable,
    Skipped,
    TypeRef,
)
from generator.ir.pagination import detect as detect_pagination
from generator.ir.upgrade import upgrade_document
from generator.ir.words import split_words, strip_noun
from generator.problems import Problem, join_pointer
from generator.spec.load import Document
from generator.spec.walk import decode_pointer, iter_operations, lookup, resolve, split_ref

SCHEMA_PREFIX = "#/components/schemas/"
ANY = TypeRef("any")
_JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json(;.*)?$|^\*/\*$")
_MAX_INLINE_DEPTH = 20
# OpenAPI 3.1 section 4.8.12.4: the styles each parameter location allows
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}


def build(doc: Document) -> tuple[Api, list[Problem]]:
    """Return the API and the warnings met while building it (things skipped, with reasons)."""
    return _Builder(doc).build()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # a 3.0 document is read in its 3.1 form, so both give the same IR and the same schemas
        self.data = upgrade_document(doc.data)
        components = self.data.get("components")
        self.components: dict[str, Any] = components if isinstance(components, dict) else {}
        raw = self.components.get("schemas")
        self.raw_schemas: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.schemas: dict[str, Schema] = {}
        self.names: set[str] = set(self.raw_schemas)
        self.lower_names: set[str] = {n.lower() for n in self.raw_schemas}
        self.problems: list[Problem] = []
        self.skipped: list[Skipped] = []

    # -- helpers -----------------------------------------------------------------------------
    def warn(self, pointer: str, message: str) -> None:
        self.problems.append(self.doc.problem(pointer, message, "warning"))

    def skip(self, pointer: str, reason: str) -> None:
        item = Skipped(pointer, reason)
        if item in self.skipped:  # path-level things are met once per operation
            return
        self.skipped.append(item)
        self.warn(pointer, f"skipped: {reason}")

    def unique_name(self, words: tuple[str, ...]) -> str:
        base = "".join(w.capitalize() for w in words) or "Model"
        name, n = base, 2
        while name in self.names or name.lower() in self.lower_names:
            name, n = f"{base}{n}", n + 1
        self.names.add(name)
        self.lower_names.add(name.lower())
        return name

    def normalize(self, schema: Any, depth: int = 0) -> Any:
        """Deep-copy a schema, inlining local refs that do not name a component schema."""
        if isinstance(schema, list):
            return [self.normalize(s, depth) for s in schema]
        if not isinstance(schema, dict):
            return copy.deepcopy(schema)
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
                name = decode_pointer("/" + ref[len(SCHEMA_PREFIX) :])[0]
                if name in self.raw_schemas:
                    return {
                        **{k: copy.deepcopy(v) for k, v in schema.items() if k != "$ref"},
                        "$ref": SCHEMA_PREFIX + name.replace("~", "~0").replace("/", "~1"),
                    }
            _, fragment = split_ref(ref)
            target = lookup(self.data, fragment)
            if depth < _MAX_INLINE_DEPTH and isinstance(target, (dict, bool)):
                return self.normalize(target, depth + 1)
            return {}
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in ("example", "examples", "default", "enum", "const") or key.startswith("x-"):
                out[key] = copy.deepcopy(value)
            elif key == "properties" and isinstance(value, dict):
                out[key] = {k: self.normalize(v, depth) for k, v in value.items()}
            elif isinstance(value, (dict, list)):
                out[key] = self.normalize(value, depth)
            else:
                out[key] = value
        return out

    # -- types -------------------------------------------------------------------------------
    def type_of(
        self, schema: Any, pointer: str, hoist_as: tuple[str, ...] | None = None
    ) -> TypeRef:
        """The type of ``schema``. With ``hoist_as``, inline objects and unions become named schemas."""
        if isinstance(schema, bool) or not isinstance(schema, dict):
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_PREFIX):
                name = decode_pointer("/" + ref[len(SCHEMA_PREFIX) :])
                if len(name) == 1 and name[0] in self.raw_schemas:
                    return TypeRef("ref", ref=name[0])
            target, tpointer = resolve(self.data, schema, pointer)
            return self.type_of(target, tpointer, hoist_as)
        nullable = bool(schema.get("nullable"))
        typ = schema.get("type")
        types = (
            [t for t in typ] if isinstance(typ, list) else ([typ] if isinstance(typ, str) else [])
        )
        if "null" in types:
            nullable = True
            types = [t for t in types if t != "null"]
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if isinstance(variants, list) and variants:
                non_null = [
                    v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")
                ]
                if len(non_null) < len(variants):
                    nullable = True
                if len(non_null) == 1 and not schema.get("properties"):
                    inner = self.type_of(non_null[0], join_pointer(pointer, key, 0), hoist_as)
                    return _with_nullable(inner, nullable)
                if hoist_as is not None and (schema.get("discriminator") or _needs_model(non_null)):
                    return _with_nullable(self.hoist(hoist_as, schema, pointer), nullable)
                parts = tuple(
                    self.type_of(v, join_pointer(pointer, key, i), None)
                    for i, v in enumerate(non_null)
                )
                disc = schema.get("discriminator")
                dname = disc.get("propertyName") if isinstance(disc, dict) else None
                return TypeRef(
                    "union",
                    variants=parts,
                    nullable=nullable,
                    discriminator=dname,
                    one_of=key == "oneOf",
                )
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            if len(all_of) == 1 and not schema.get("properties"):
                return _with_nullable(
                    self.type_of(all_of[0], join_pointer(pointer, "allOf", 0), hoist_as), nullable
                )
            if hoist_as is not None:
                return _with_nullable(self.hoist(hoist_as, schema, pointer), nullable)
            return TypeRef("object", nullable=nullable)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = tuple(v for v in enum if v is not None)
            if len(values) < len(enum):
                nullable = True
            if values:
                prim = types[0] if types else _primitive_of(values[0])
                return TypeRef("enum", primitive=prim, values=values, nullable=nullable)
        if "const" in schema:
            value = schema["const"]
            return TypeRef(
                "enum", primitive=_primitive_of(value), values=(value,), nullable=nullable
            )
        if len(types) > 1:
            parts = tuple(self.type_of({**schema, "type": t}, pointer, None) for t in types)
            return TypeRef("union", variants=parts, nullable=nullable)
        kind = types[0] if types else None
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
        if kind == "array":
            items = schema.get("items")
            hoist_items = hoist_as + ("item",) if hoist_as is not None else None
            return TypeRef(
                "array",
                items=self.type_of(items, join_pointer(pointer, "items"), hoist_items),
                nullable=nullable,
            )
        if kind == "object":
            props = schema.get("properties")
            extra = schema.get("additionalProperties")
            if not props:
                if isinstance(extra, dict) and extra:
                    hoist_values = hoist_as + ("value",) if hoist_as is not None else None
                    value_type = self.type_of(
                        extra, join_pointer(pointer, "additionalProperties"), hoist_values
                    )
                    return TypeRef("map", items=value_type, nullable=nullable)
                return TypeRef("map", items=ANY, nullable=nullable)
            if hoist_as is not None:
                return _with_nullable(self.hoist(hoist_as, schema, pointer), nullable)
            return TypeRef("object", nullable=nullable)
        if kind in ("string", "integer", "number", "boolean"):
            fmt = schema.get("format")
            return TypeRef(
                "primitive",
                primitive=kind,
                format=fmt if isinstance(fmt, str) else None,
                nullable=nullable,
            )
        if nullable and not kind and not schema:
            return TypeRef("primitive", primitive="null")
        return _with_nullable(ANY, nullable) if nullable else ANY

    def hoist(self, words: tuple[str, ...], schema: dict[str, Any], pointer: str) -> TypeRef:
        name = self.unique_name(words)
        self.schemas[name] = self.make_schema(name, schema, pointer, synthetic=True)
        return TypeRef("ref", ref=name)

    def make_schema(self, name: str, schema: Any, pointer: str, synthetic: bool = False) -> Schema:
        if not isinstance(schema, dict):
            schema = {}
        description = _text(schema.get("description")) or _text(schema.get("title"))
        fields: list[Field] = []
        discriminator = None
        props = schema.get("properties")
        if isinstance(props, dict):
            required = schema.get("required") if isinstance(schema.get("required"), list) else []
            for pname, pschema in props.items():
                target, _ = resolve(self.data, pschema, join_pointer(pointer, "properties", pname))
                target = target if isinstance(target, dict) else {}
                own = pschema if isinstance(pschema, dict) else {}
                fields.append(
                    Field(
                        name=pname,
                        words=split_words(pname),
                        type=self.type_of(pschema, join_pointer(pointer, "properties", pname)),
                        required=pname in required,
                        description=_text(own.get("description"))
                        or _text(target.get("description")),
                        default=target.get("default"),
                        has_default="default" in target,
                        deprecated=bool(own.get("deprecated") or target.get("deprecated")),
                        read_only=bool(target.get("readOnly")),
                        write_only=bool(target.get("writeOnly")),
                    )
                )
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            mapping = _as_dict(disc.get("mapping"))
            pairs = []
            for value, target in mapping.items():
                target_name = (
                    target[len(SCHEMA_PREFIX) :]
                    if str(target).startswith(SCHEMA_PREFIX)
                    else str(target)
                )
                pairs.append((str(value), target_name))
            discriminator = Discriminator(disc["propertyName"], tuple(pairs))
        if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
            kind = "union"
            typ = self.type_of(schema, pointer, None)
        elif isinstance(schema.get("enum"), list) and schema.get("enum"):
            kind = "enum"
            typ = self.type_of(schema, pointer, None)
        elif fields or schema.get("type") == "object" or isinstance(schema.get("allOf"), list):
            kind = "object"
            typ = TypeRef("object", nullable=schema.get("nullable") is True)
        else:
            kind = "alias"
            typ = self.type_of(schema, pointer, None)
        return Schema(
            name=name,
            words=split_words(name),
            kind=kind,  # type: ignore[arg-type]
            type=typ,
            description=description,
            fields=tuple(fields),
            discriminator=discriminator,
            json_schema=self.normalize(schema),
            origin=pointer,
            synthetic=synthetic,
            closed=kind == "object" and self.closed(schema, pointer),
        )

    def closed(self, schema: Any, pointer: str, depth: int = 0) -> bool:
        """Whether an object schema takes no property that it or its allOf parts do not name:
        additionalProperties or unevaluatedProperties false at its top level, or allOf parts that
        are all closed (a part naming no property, only `required` say, does not count; own
        properties beside the parts make it open unless its top level says false)."""
        target, tpointer = resolve(self.data, schema, pointer)
        if not isinstance(target, dict) or depth > _MAX_INLINE_DEPTH:
            return False
        if any(
            target.get(key) is False for key in ("additionalProperties", "unevaluatedProperties")
        ):
            return True
        parts = target.get("allOf")
        if not isinstance(parts, list) or "properties" in target:
            return False
        objects = []
        for i, part in enumerate(parts):
            at = join_pointer(tpointer, "allOf", i)
            resolved, _ = resolve(self.data, part, at)
            if isinstance(resolved, dict) and any(
                key in resolved for key in ("properties", "allOf", "additionalProperties")
            ):
                objects.append((part, at))
        return bool(objects) and all(self.closed(p, at, depth + 1) for p, at in objects)

    # -- the document --------------------------------------------------------------------------
    def build(self) -> tuple[Api, list[Problem]]:
        for name, schema in self.raw_schemas.items():
            self.schemas[name] = self.make_schema(
                name, schema, join_pointer("/components/schemas", name)
            )
        auth = self.build_auth()
        known = {a.name for a in auth}
        resources = self.build_resources(known)
        global_security = self.security(self.data.get("security"), known)
        info = _as_dict(self.data.get("info"))
        options = _as_dict(info.get("x-clientgen"))
        servers = self.build_servers()
        api = Api(
            title=str(info.get("title") or "API"),
            version=str(info.get("version") or ""),
            description=_text(info.get("description")),
            openapi=str(self.data.get("openapi")),
            servers=tuple(servers),
            auth=auth,
            resources=resources,
            schemas=tuple(self.schemas.values()),
            options={str(k): str(v) for k, v in options.items()},
            skipped=tuple(self.skipped),
            security=global_security,
        )
        return api, self.problems

    def build_servers(self) -> tuple[Server, ...]:
        servers: list[Server] = []
        taken: set[tuple[str, ...]] = set()
        for i, server in enumerate(self.data.get("servers") or []):
            if not (isinstance(server, dict) and isinstance(server.get("url"), str)):
                self.skip(join_pointer("/servers", i), "server without a url")
                continue
            template = server["url"]
            url = template
            variables = []
            for var, spec in _as_dict(server.get("variables")).items():
                if not isinstance(spec, dict) or "default" not in spec:
                    continue
                default = str(spec["default"])
                url = url.replace("{" + var + "}", default)
                enum = spec.get("enum")
                variables.append(
                    ServerVariable(
                        name=str(var),
                        words=split_words(str(var)) or ("variable",),
                        default=default,
                        enum=tuple(str(v) for v in enum) if isinstance(enum, list) else (),
                        description=_text(spec.get("description")),
                    )
                )
            description = _text(server.get("description"))
            label = _text(server.get("name")) or _text(server.get("x-name")) or description
            words = split_words(label)[:6] if label else ()
            if not words or words in taken:
                words = ("server", str(i + 1))
            taken.add(words)
            servers.append(
                Server(
                    url=url,
                    description=description,
                    template=template,
                    variables=tuple(variables),
                    words=words,
                    relative=not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", template),
                )
            )
        return tuple(servers)

    def build_auth(self) -> tuple[Auth, ...]:
        schemes = self.components.get("securitySchemes")
        out = []
        if not isinstance(schemes, dict):
            return ()
        for name, raw in schemes.items():
            scheme, pointer = resolve(
                self.data, raw, join_pointer("/components/securitySchemes", name)
            )
            if not isinstance(scheme, dict):
                self.skip(
                    pointer, f"security scheme {name!r} is not an object (or its $ref is broken)"
                )
                continue
            kind = scheme.get("type")
            desc = _text(scheme.get("description"))
            http = str(scheme.get("scheme", "")).lower()
            if kind == "http" and http == "bearer":
                out.append(Auth(name, "bearer", description=desc, scheme_type="http"))
            elif kind == "http" and http == "basic":
                out.append(Auth(name, "basic", description=desc, scheme_type="http"))
            elif (
                kind == "apiKey"
                and scheme.get("in") in ("header", "query", "cookie")
                and _text(scheme.get("name"))
            ):
                out.append(
                    Auth(
                        name,
                        "api_key",
                        str(scheme["in"]),
                        str(scheme["name"]),
                        desc,
                        scheme_type="apiKey",
                    )
                )
            elif kind == "oauth2":
                flows = self.oauth_flows(scheme, pointer)
                if not any(f.flow == "clientCredentials" and f.token_url for f in flows):
                    self.warn(
                        pointer,
                        f"security scheme {name!r} (oauth2) has no clientCredentials flow with a "
                        "tokenUrl: the client cannot fetch tokens itself and takes a ready "
                        "access token",
                    )
                out.append(
                    Auth(
                        name,
                        "bearer",
                        description=desc or "OAuth2 access token",
                        scheme_type="oauth2",
                        flows=flows,
                    )
                )
            elif kind == "openIdConnect":
                self.warn(
                    pointer,
                    f"security scheme {name!r} (openIdConnect): the client does not run OpenID "
                    "discovery or log-in flows and takes a ready access token",
                )
                out.append(
                    Auth(
                        name,
                        "bearer",
                        description=desc or "OpenID Connect access token",
                        scheme_type="openIdConnect",
                    )
                )
            elif kind == "http":
                self.skip(
                    pointer,
                    f"security scheme {name!r}: HTTP scheme {scheme.get('scheme')!r} is not "
                    "supported (bearer and basic are); operations that need only it are sent "
                    "without credentials",
                )
            else:
                self.skip(
                    pointer,
                    f"security scheme {name!r} of type {kind!r} is not supported; operations "
                    "that need only it are sent without credentials",
                )
        return tuple(out)

    def oauth_flows(self, scheme: dict[str, Any], pointer: str) -> tuple[OAuthFlow, ...]:
        flows = _as_dict(scheme.get("flows"))
        out = []
        for flow in ("clientCredentials", "authorizationCode", "implicit", "password"):
            spec = flows.get(flow)
            if not isinstance(spec, dict):
                continue
            scopes = _as_dict(spec.get("scopes"))
            out.append(
                OAuthFlow(
                    flow,  # type: ignore[arg-type]
                    token_url=_text(spec.get("tokenUrl")),
                    authorization_url=_text(spec.get("authorizationUrl")),
                    refresh_url=_text(spec.get("refreshUrl")),
                    scopes=tuple(str(k) for k in scopes),
                )
            )
        return tuple(out)

    def security(self, raw: Any, known: set[str]) -> tuple[tuple[SecurityUse, ...], ...]:
        """Security requirements as alternatives of scheme sets. Schemes the IR cannot represent
        (warned about where they are declared) are left out of their alternative; an alternative
        that named only such schemes is dropped (it is not an anonymous one)."""
        if not isinstance(raw, list):
            return ()
        out: list[tuple[SecurityUse, ...]] = []
        for req in raw:
            if not isinstance(req, dict):
                continue
            usable = {k: v for k, v in req.items() if k in known}
            if req and not usable:
                continue
            alt = tuple(
                SecurityUse(
                    str(name),
                    tuple(str(s) for s in scopes) if isinstance(scopes, list) else (),
                )
                for name, scopes in usable.items()
            )
            if alt not in out:
                out.append(alt)
        return tuple(out)

    def build_resources(self, known_auth: set[str]) -> tuple[Resource, ...]:
        tag_docs: dict[str, str | None] = {}
        for tag in self.data.get("tags") or []:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                tag_docs[tag["name"]] = _text(tag.get("description"))
        grouped: dict[str, list[Operation]] = {}
        global_security = self.data.get("security")
        paths = self.data.get("paths")
        for path, item in paths.items() if isinstance(paths, dict) else ():
            if isinstance(item, dict) and "$ref" in item:
                self.skip(
                    join_pointer("/paths", path), "path items given by $ref are not supported"
                )
        webhooks = self.data.get("webhooks")
        for name in webhooks if isinstance(webhooks, dict) else ():
            self.skip(
                join_pointer("/webhooks", name),
                "webhooks are requests the API sends, not operations a client calls",
            )
        # a spec that tags nothing (Stripe's) gets one resource per leading path segment, not one
        # resource holding every operation
        untagged = not any(_first_tag(op) for _, _, op, _ in iter_operations(self.data))
        for path, method, op, pointer in iter_operations(self.data):
            tag = (_path_group(path) if untagged else _first_tag(op)) or "default"
            operation = self.build_operation(
                path, method, op, pointer, tag, global_security, known_auth
            )
            grouped.setdefault(tag, []).append(operation)
        order = [t for t in tag_docs if t in grouped] + [t for t in grouped if t not in tag_docs]
        resources = []
        for tag in order:
            ops = grouped[tag]
            noun = split_words(tag)
            counts: dict[tuple[str, ...], int] = {}
            for o in ops:
                counts[o.words] = counts.get(o.words, 0) + 1
            final = []
            for o in ops:
                short = strip_noun(o.words, noun)
                clash = sum(1 for p in ops if strip_noun(p.words, noun) == short) > 1
                final.append(_replace(o, words=o.words if clash else short))
            resources.append(Resource(tag, noun, tag_docs.get(tag), tuple(final)))
        return tuple(resources)

    def build_operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        pointer: str,
        tag: str,
        global_security: Any,
        known_auth: set[str],
    ) -> Operation:
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            op_id = method + "_" + "_".join(re.sub(r"[{}]", "", s) for s in path.split("/") if s)
        words = split_words(op_id) or (method,)
        params = self.build_parameters(path, op, pointer, words)
        body = self.build_body(op, pointer, words)
        responses = self.build_responses(op, pointer, words)
        success = None
        for r in sorted(responses, key=lambda r: r.status):
            if r.status.startswith("2"):
                success = r
                break
        stream = None
        if success is not None and success.encoding == "event-stream":
            stream = success
        elif any(
            _is_event_stream(m)
            for r in responses
            if r.status.startswith("2")
            for m in r.media_types
        ):
            stream = self.stream_of(op, pointer, words)
        pagination = detect_pagination(
            method,
            op,
            pointer,
            params,
            responses,
            self.schemas,
            lambda r: self.response_headers(op, pointer, r.status),
            self.warn,
        )
        security = op.get("security", global_security)
        requirements = self.security(security, known_auth)
        auth: list[str] = []
        for alt in requirements:
            auth.extend(u.scheme for u in alt if u.scheme not in auth)
        return Operation(
            operation_id=op_id,
            words=words,
            method=method.upper(),
            path=path,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=bool(op.get("deprecated")),
            parameters=params,
            body=body,
            responses=responses,
            success=success,
            auth=tuple(auth),
            origin=pointer,
            stream=stream,
            idempotent=op.get("x-idempotent") is True,
            security=requirements,
            pagination=pagination,
        )

    def response_headers(self, op: dict[str, Any], pointer: str, status: str) -> tuple[str, ...]:
        """The names of the headers a response declares."""
        responses = _as_dict(op.get("responses"))
        raw = next((v for k, v in responses.items() if str(k) == status), None)
        resp, _ = resolve(self.data, raw, join_pointer(pointer, "responses", status))
        return tuple(str(h) for h in _as_dict(_as_dict(resp).get("headers")))

    def build_parameters(
        self, path: str, op: dict[str, Any], pointer: str, words: tuple[str, ...]
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        item = self.data["paths"][path]
        for params, base in (
            (item.get("parameters"), join_pointer("/paths", path, "parameters")),
            (op.get("parameters"), join_pointer(pointer, "parameters")),
        ):
            if not isinstance(params, list):
                continue
            for i, raw in enumerate(params):
                param, ppointer = resolve(self.data, raw, join_pointer(base, i))
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    merged[(param["name"], str(param.get("in")))] = (param, ppointer)
                else:
                    self.skip(
                        join_pointer(base, i), "parameter without a name (or its $ref is broken)"
                    )
        out = []
        for (name, location), (param, ppointer) in merged.items():
            if location not in ("path", "query", "header", "cookie"):
                self.skip(ppointer, f"parameter {name!r} has an unknown location {location!r}")
                continue
            if location == "header" and name.lower() in ("accept", "content-type", "authorization"):
                self.skip(ppointer, f"header parameter {name!r} is set by the client itself")
                continue
            schema = param.get("schema")
            content_type = None
            if schema is None and isinstance(param.get("content"), dict):
                content_type = next(iter(param["content"]), None)
                media = next(iter(param["content"].values()), None)
                schema = media.get("schema") if isinstance(media, dict) else None
            sp = join_pointer(ppointer, "schema")
            ptype = (
                self.type_of(schema, sp, words + split_words(name))
                if schema is not None
                else TypeRef("primitive", primitive="string")
            )
            target, _ = resolve(self.data, schema, sp)
            target = target if isinstance(target, dict) else {}
            style = param.get("style")
            default_style = "simple" if location in ("path", "header") else "form"
            if style is not None and style not in _STYLES[location]:
                self.warn(
                    join_pointer(ppointer, "style"),
                    f"style {style!r} is not defined for {location} parameters (only "
                    f"{', '.join(_STYLES[location])}); {name!r} is sent with style "
                    f"{default_style!r}",
                )
                style = None
            style = style or default_style
            explode = param.get("explode")
            out.append(
                Parameter(
                    name=name,
                    words=split_words(name) or ("param",),
                    location=location,  # type: ignore[arg-type]
                    type=ptype,
                    required=bool(param.get("required")) or location == "path",
                    description=_text(param.get("description")) or _text(target.get("description")),
                    default=target.get("default"),
                    has_default="default" in target,
                    deprecated=bool(param.get("deprecated")),
                    explode=explode if isinstance(explode, bool) else style == "form",
                    style=str(style),
                    allow_reserved=location == "query" and param.get("allowReserved") is True,
                    content_type=str(content_type) if content_type is not None else None,
                )
            )
        # a name in the path template that nothing declares (the validator warned): a required
        # string, so the operation stays callable
        template_names = re.findall(r"\{([^{}/]+)\}", path)
        for name in template_names:
            if (name, "path") not in merged:
                out.append(
                    Parameter(
                        name=name,
                        words=split_words(name) or ("param",),
                        location="path",
                        type=TypeRef("primitive", primitive="string"),
                        required=True,
                        style="simple",
                        explode=False,
                    )
                )
        # path parameters first, in path order; then the rest as declared, required first
        order = {n: i for i, n in enumerate(template_names)}
        out.sort(
            key=lambda p: (
                p.location != "path",
                order.get(p.name, 0) if p.location == "path" else 0,
                not p.required,
            )
        )
        return tuple(out)

    def build_body(self, op: dict[str, Any], pointer: str, words: tuple[str, ...]) -> Body | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        body, bpointer = resolve(self.data, raw, join_pointer(pointer, "requestBody"))
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("content"), dict)
            or not body["content"]
        ):
            self.skip(join_pointer(pointer, "requestBody"), "request body without content")
            return None
        content_type, encoding, media = _pick_media(body["content"], request=True)
        mpointer = join_pointer(bpointer, "content", content_type, "schema")
        schema = media.get("schema") if isinstance(media, dict) else None
        if encoding == "binary":
            btype = TypeRef("primitive", primitive="string", format="binary")
        elif encoding == "text":
            btype = TypeRef("primitive", primitive="string")
        else:
            btype = self.type_of(schema, mpointer, words + ("body",)) if schema is not None else ANY
        properties: tuple[PropertyEncoding, ...] = ()
        if encoding in ("form", "multipart") and isinstance(media, dict):
            properties = self.property_encodings(
                schema, _as_dict(media.get("encoding")), encoding, mpointer
            )
        return Body(
            content_type,
            encoding,
            btype,
            bool(body.get("required")),
            _text(body.get("description")),
            properties,
        )

    def object_properties(self, schema: Any, pointer: str, depth: int = 0) -> dict[str, Any]:
        """The top-level properties of an object schema (refs and allOf followed); for a oneOf or
        anyOf body, those of every variant (the first variant declaring a name wins), so that a
        union form or multipart body is encoded (and its files found) like an object one."""
        target, tpointer = resolve(self.data, schema, pointer)
        if not isinstance(target, dict) or depth > _MAX_INLINE_DEPTH:
            return {}
        props: dict[str, Any] = {}
        for i, part in enumerate(target.get("allOf") or []):
            props.update(
                self.object_properties(part, join_pointer(tpointer, "allOf", i), depth + 1)
            )
        own = target.get("properties")
        if isinstance(own, dict):
            for pname, pschema in own.items():
                resolved, _ = resolve(
                    self.data, pschema, join_pointer(tpointer, "properties", pname)
                )
                props[str(pname)] = resolved if isinstance(resolved, dict) else {}
        for key in ("oneOf", "anyOf"):
            variants = target.get(key)
            for i, part in enumerate(variants if isinstance(variants, list) else []):
                found = self.object_properties(part, join_pointer(tpointer, key, i), depth + 1)
                for pname, pschema in found.items():
                    props.setdefault(pname, pschema)
        return props

    def property_encodings(
        self, schema: Any, encodings: dict[str, Any], kind: str, pointer: str
    ) -> tuple[PropertyEncoding, ...]:
        out = []
        for pname, pschema in self.object_properties(schema, pointer).items():
            enc = _as_dict(encodings.get(pname))
            items = pschema
            array = pschema.get("type") == "array" or (
                isinstance(pschema.get("type"), list) and "array" in pschema["type"]
            )
            if array:
                items, _ = resolve(self.data, pschema.get("items"), pointer)
                items = items if isinstance(items, dict) else {}
            binary = _is_binary(items)
            content_type = _text(enc.get("contentType"))
            if content_type is None and kind == "multipart":
                content_type = _text(items.get("contentMediaType"))
            style = enc.get("style") if kind == "form" else None
            if style not in ("form", "deepObject", "spaceDelimited", "pipeDelimited"):
                style = None
            explode = enc.get("explode")
            out.append(
                PropertyEncoding(
                    name=pname,
                    style=style,
                    explode=explode if isinstance(explode, bool) else style in ("form", None),
                    allow_reserved=enc.get("allowReserved") is True,
                    content_type=content_type,
                    binary=binary,
                    array=array,
                )
            )
        return tuple(out)

    def build_responses(
        self, op: dict[str, Any], pointer: str, words: tuple[str, ...]
    ) -> tuple[Response, ...]:
        out = []
        responses = _as_dict(op.get("responses"))
        for status, raw in responses.items():
            status = str(status)
            resp, rpointer = resolve(self.data, raw, join_pointer(pointer, "responses", status))
            if not isinstance(resp, dict):
                self.skip(
                    join_pointer(pointer, "responses", status),
                    f"response {status} is not an object (or its $ref is broken)",
                )
                continue
            content = resp.get("content")
            if not isinstance(content, dict) or not content:
                out.append(Response(status, _text(resp.get("description")), None, "none", None))
                continue
            content_type, encoding, media = _pick_media(content, request=False)
            schema = media.get("schema") if isinstance(media, dict) else None
            mpointer = join_pointer(rpointer, "content", content_type, "schema")
            media_types = tuple(str(c) for c in content)
            if encoding == "event-stream":
                rtype = self.event_type(
                    media, join_pointer(rpointer, "content", content_type), words
                )
            elif encoding == "json":
                suffix = ("response",) if status.startswith("2") else (status.lower(), "response")
                rtype = (
                    self.type_of(schema, mpointer, words + suffix) if schema is not None else ANY
                )
            elif encoding == "text":
                rtype = TypeRef("primitive", primitive="string")
            else:
                rtype = TypeRef("primitive", primitive="string", format="binary")
            out.append(
                Response(
                    status,
                    _text(resp.get("description")),
                    content_type,
                    encoding,
                    rtype,
                    media_types,
                )
            )
        return tuple(out)

    def event_type(self, media: Any, pointer: str, words: tuple[str, ...]) -> TypeRef:
        """The type of one server-sent event's data: the media type's ``itemSchema`` (OpenAPI
        3.2), else its ``schema`` (as OpenAI's spec declares it), else a plain string."""
        media = media if isinstance(media, dict) else {}
        for key in ("itemSchema", "schema"):
            if key in media:
                return self.type_of(media[key], join_pointer(pointer, key), words + ("event",))
        return TypeRef("primitive", primitive="string")

    def stream_of(
        self, op: dict[str, Any], pointer: str, words: tuple[str, ...]
    ) -> Response | None:
        """The first 2xx response's ``text/event-stream`` media type, as a response of its own."""
        responses = _as_dict(op.get("responses"))
        for status in sorted(str(s) for s in responses):
            if not status.startswith("2"):
                continue
            resp, rpointer = resolve(
                self.data, responses[status], join_pointer(pointer, "responses", status)
            )
            content = _as_dict(_as_dict(resp).get("content"))
            for ct, media in content.items():
                if _is_event_stream(str(ct)):
                    mpointer = join_pointer(rpointer, "content", str(ct))
                    return Response(
                        status,
                        _text(_as_dict(resp).get("description")),
                        str(ct),
                        "event-stream",
                        self.event_type(media, mpointer, words + ("stream",)),
                        (str(ct),),
                    )
        return None


def _pick_media(content: dict[str, Any], request: bool) -> tuple[str, Any, Any]:
    def rank(ct: str) -> int:
        base = ct.split(";")[0].strip().lower()
        if _JSON_MEDIA.match(base):
            return 0
        if base == "text/event-stream":
            return 6  # read by default only when nothing else is offered
        if base == "application/x-www-form-urlencoded":
            return 1 if request else 5
        if base == "multipart/form-data":
            return 2 if request else 5
        if base.startswith("text/"):
            return 3
        return 4

    ct = min(content, key=lambda c: (rank(str(c)), list(content).index(c)))
    r = rank(str(ct))
    encoding = {0: "json", 1: "form", 2: "multipart", 3: "text", 6: "event-stream"}.get(r, "binary")
    if request and encoding == "event-stream":
        encoding = "text"
    return str(ct), encoding, content[ct]


def _is_event_stream(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() == "text/event-stream"


def _is_binary(schema: dict[str, Any]) -> bool:
    """File content: format binary (3.0), or a 3.1 string with contentMediaType/contentEncoding."""
    if schema.get("format") == "binary":
        return True
    return schema.get("type") in ("string", None) and (
        "contentMediaType" in schema or "contentEncoding" in schema
    )


def _first_tag(op: dict[str, Any]) -> str | None:
    tags = op.get("tags")
    return (
        tags[0]
        if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0]
        else None
    )


_VERSION_SEGMENT = re.compile(r"^(v\d+([._]\d+)*(alpha\d*|beta\d*)?|api|rest)$", re.I)


def _path_group(path: str) -> str | None:
    """The first path segment that names something: /v1/customers/{id}/sources -> customers."""
    for segment in path.split("/"):
        if segment and "{" not in segment and not _VERSION_SEGMENT.match(segment):
            return segment
    return None


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _needs_model(variants: list[Any]) -> bool:
    return any(isinstance(v, dict) and ("properties" in v or "allOf" in v) for v in variants)


def _primitive_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _with_nullable(t: TypeRef, nullable: bool) -> TypeRef:
    return _replace(t, nullable=True) if nullable and not t.nullable else t


def _replace(obj: Any, **changes: Any) -> Any:

    return dataclasses.replace(obj, **changes)
