"""The TypeScript target: names, types and template context for a zero-dependency fetch client.

The emitted code is laid out the way prettier (printWidth 100) lays it out, so it needs no
formatter: generation is deterministic whether or not node is installed, and a test checks that
prettier changes nothing.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any

from generator.ir.model import (
    Api,
    Auth,
    Field,
    Operation,
    Parameter,
    Resource,
    Response,
    Schema,
    TypeRef,
)
from generator.ir.words import split_words
from generator.render import tsstr
from generator.targets import Prepared
from generator.targets.typescript import naming
from generator.targets.typescript.pagination import page_of
from generator.targets.typescript.shapes import Shapes
from generator.targets.typescript.shapes import layout as shape_layout
from generator.targets.typescript.shapes import module as shapes_module
from generator.targets.typescript.types import (
    WIDTH,
    Atom,
    Generic,
    Mapper,
    Node,
    View,
    flat,
    layout,
    union,
)

LANGUAGE = "typescript"
_NOISE = {"api", "apis", "openapi", "swagger", "rest", "http", "service", "v1", "v2", "v3"}

#: Names the package exports besides the schema types, and names a resource module imports from
#: core.ts beside them: a schema type never takes one.
EXPORTED = {
    "ApiPromise",
    "RawResponse",
    "RequestOptions",
    "Fetch",
    "Http",
    "Stream",
    "SERVERS",
    "pathParam",
    "styled",
    "AmbiguousValueError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiUserAbortError",
    "ApiStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "InvalidHeaderError",
    "ResponseValidationError",
    "UnmatchedValueError",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
}
#: What client.ts imports from core.ts beside the resource classes.
CLIENT_IMPORTS = {"credential", "readEnv", "serverUrl", "Server"}
#: Names a resource method's own parameters must not take.
PARAM_RESERVED = {"body", "params", "options", "pathParam", "styled"}
#: Members of the client class besides the resources.
CLIENT_RESERVED = {"baseUrl", "constructor", "prototype"}


def _title_words(api: Api) -> tuple[str, ...]:
    words = split_words(api.title)
    words = tuple(
        w for i, w in enumerate(words) if not (w == "open" and words[i + 1 : i + 2] == ("api",))
    )
    words = tuple(w for w in words if w not in _NOISE and not w.isdigit())
    return words or ("api",)


def npm_name(api: Api, override: str | None = None) -> str:
    """The npm package name: the package-name option (or the title) in kebab-case."""
    base = override or api.options.get("package-name") or "-".join(_title_words(api))
    name = "-".join(w.lower() for w in split_words(base) if re.fullmatch(r"[A-Za-z0-9]+", w))
    return naming.shorten(name or "api-client", 100)


def client_prefix(api: Api, override: str | None = None) -> str:
    """The same rule as the Python target: ``Acme`` gives ``AcmeClient`` and ``AcmeError``."""
    base = override or api.options.get("client-name") or naming.pascal(_title_words(api))
    return (
        naming.pascal(split_words(base)) if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", base) else base
    )


def env_var_name(api: Api, prefix: str, override: str | None = None) -> str:
    env_var = override or api.options.get("env-var") or ""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,99}", env_var):
        snake = "_".join(w.upper() for w in split_words(prefix))
        env_var = re.sub(r"[^A-Z0-9_]", "", snake)[:60] + "_API_KEY"
    return env_var


def _version(version: str) -> str:
    m = re.match(r"\d+(\.\d+){0,2}", version.strip())
    parts = (m.group(0) if m else "0.0.0").split(".")
    return ".".join((parts + ["0", "0"])[:3])


@dataclass
class Declared:
    """The names the client gives what the spec declares (see declared_names)."""

    package: str
    prefix: str
    #: the type names taken so far (the exports, the client's, every schema's); prepare() goes on
    #: adding to it
    taken: set[str]
    #: schema name -> type name
    types: dict[str, str]
    #: per resource (in the IR's order): its client attribute and, per operation (in order), the
    #: method's name and, by (location, wire name), a path parameter's argument name or the key of
    #: another parameter in the method's params object
    resources: list[tuple[str, list[tuple[str, dict[tuple[str, str], str]]]]]


def declared_names(api: Api, options: dict[str, str] | None = None) -> Declared:
    """Every name the emitted client gives to something the spec declares: package, client
    prefix, schema types, resource attributes, methods and their arguments. prepare() renders with
    these, and names.py (``clientgen diff``) reports them: one source for both."""
    options = options or {}
    prefix = client_prefix(api, options.get("client-name"))
    client_class = prefix + "Client"
    taken: set[str] = {*EXPORTED, client_class, client_class + "Options", prefix + "Error"}
    types_ = {s.name: naming.type_name(s.name, s.words, taken) for s in api.schemas}
    resources: list[tuple[str, list[tuple[str, dict[tuple[str, str], str]]]]] = []
    attrs: set[str] = set(CLIENT_RESERVED)
    for res in api.resources:
        attr = naming.unique_member(naming.camel(res.words or ("default",)), attrs, set())
        methods: list[tuple[str, dict[tuple[str, str], str]]] = []
        method_names: set[str] = set()
        for op in res.operations:
            method = naming.unique_member(naming.camel(op.words), method_names, {"constructor"})
            taken_args: set[str] = set(PARAM_RESERVED)
            args: dict[tuple[str, str], str] = {
                (p.location, p.name): naming.member_name(p.words, taken_args, PARAM_RESERVED)
                if p.location == "path"
                else key
                for p, key in zip(op.parameters, _keys(op.parameters), strict=True)
            }
            methods.append((method, args))
        resources.append((attr, methods))
    return Declared(
        package=npm_name(api, options.get("package-name")),
        prefix=prefix,
        taken=taken,
        types=types_,
        resources=resources,
    )


def render(api: Api, options: dict[str, str] | None = None) -> dict[str, str]:
    """Return {relative path: text} for the whole npm package (already in its final layout)."""
    from generator import targets

    return targets.render(targets.load_set(LANGUAGE), api, options)


def prepare(api: Api, ir: dict[str, Any], options: dict[str, str], helpers: Any) -> Prepared:
    """The typescript set's context (the manifest's ``module``); templates also get ``ir``."""
    declared = declared_names(api, options)
    prefix = declared.prefix
    client_class = prefix + "Client"
    error_base = prefix + "Error"
    taken = declared.taken
    names = declared.types
    dual = _dual(api)
    inputs = {
        s.name: naming.unique(names[s.name] + "Input", taken) for s in api.schemas if s.name in dual
    }
    mapper = Mapper(api, names, inputs)
    mapper.shapes = Shapes(api, names)

    auth = _auth(api.auth, env_var_name(api, prefix, options.get("env-var")))
    servers, variables = _servers(
        api,
        {a[k] for a in auth for k in ("option", "password", "client_id", "client_secret") if a[k]},
    )
    resources = _resources(api, declared, mapper, taken)
    # names added after every name the spec gives (they never rename a type, a resource or a
    # parameter type): the unknown variant of each discriminated union, and the error helpers
    mapper.unknown = {
        s.name: naming.unique("Unknown" + names[s.name], taken)
        for s in api.schemas
        if s.kind == "union" and s.discriminator is not None and len(s.type.variants) >= 2
    }
    unknown_tag = naming.unique("UnknownTag", taken) if mapper.unknown else ""
    error_bodies = naming.unique("ErrorBodies", taken)
    operation_error = naming.unique("OperationError", taken)
    declarations = [
        d for s in api.schemas for d in _declarations(s, mapper, names, inputs, unknown_tag)
    ]
    if unknown_tag:
        declarations.append({"name": unknown_tag, "code": _unknown_tag(unknown_tag)})
    context: dict[str, Any] = {
        "api": api,
        "npm_name": declared.package,
        "version": _version(api.version),
        "client_class": client_class,
        "error_base": error_base,
        "default_base_url": servers[0]["url"] if servers else "",
        "servers": servers
        if len(servers) > 1 or any(v for sv in servers for v in sv["variables"])
        else [],
        "server_variables": variables,
        "auth": auth,
        "env_var": auth[0]["env_var"] if auth else None,
        "resources": resources,
        "declarations": declarations,
        "param_types": [p for r in resources for op in r["operations"] if (p := op["params_type"])],
        "error_bodies": error_bodies,
        "error_bodies_code": _error_bodies(error_bodies, resources).rstrip("\n"),
        "operation_error": operation_error,
        "type_names": sorted({*names.values(), *inputs.values()}),
        "paths": {},
        "method_table": _method_table(resources),
        "client_doc": _comment(_doc_lines(api.description or api.title), 0),
        "shapes": bool(mapper.shapes.needed),
        # what the README says is checked before sending
        "has_read_only": any(f.read_only for s in api.schemas for f in s.fields),
        "has_one_of": mapper.shapes.has_one_of(),
    }
    files = {"src/shapes.ts": shapes_module(mapper.shapes)} if mapper.shapes.needed else {}
    return Prepared(context=context, each={"resource": resources}, files=files)


# -- schemas -----------------------------------------------------------------------------------


def _refs(t: TypeRef | None) -> set[str]:
    if t is None:
        return set()
    out = {t.ref} if t.kind == "ref" and t.ref else set()
    out |= _refs(t.items)
    for v in t.variants:
        out |= _refs(v)
    return out


def _dual(api: Api) -> set[str]:
    """Schemas that need a separate request view: they hold a readOnly or writeOnly field, or
    reference (at any depth) a schema that does."""
    dual = {s.name for s in api.schemas if any(f.read_only or f.write_only for f in s.fields)}
    uses = {s.name: _refs(s.type).union(*(_refs(f.type) for f in s.fields)) for s in api.schemas}
    changed = True
    while changed:
        changed = False
        for name, refs in uses.items():
            if name not in dual and refs & dual:
                dual.add(name)
                changed = True
    return dual


def _doc_lines(*parts: str | None, width: int = WIDTH - 5) -> list[str]:
    """Paragraphs for a JSDoc comment (None and empty parts dropped), as one list of lines, each
    line of prose wrapped at ``width`` (lines are never joined: lists and code stay as written)."""
    from generator.render import jsdoc

    lines: list[str] = []
    for part in parts:
        if part is None:
            continue
        text = jsdoc(part)
        if not text:
            continue
        if lines:
            lines.append("")
        for line in text.split("\n"):
            if len(line) <= width or line.startswith((" ", "|", "`")):
                lines.append(line)
            else:
                lines.extend(
                    textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                )
    return lines


def _comment(lines: list[str], indent: int) -> str:
    """A JSDoc block (or nothing), each line indented; ends with a newline when not empty."""
    if not lines:
        return ""
    pad = " " * indent
    if len(lines) == 1 and len(pad) + 7 + len(lines[0]) <= WIDTH:
        return f"{pad}/** {lines[0]} */\n"
    body = "".join(f"{pad} *{' ' + line if line else ''}\n" for line in lines)
    return f"{pad}/**\n{body}{pad} */\n"


def _field_doc(f: Field) -> list[str]:
    notes: list[str | None] = [f.description]
    if f.read_only:
        notes.append("Read-only: set by the server, never sent.")
    if f.write_only:
        notes.append("Write-only: sent by the client, never returned.")
    if f.has_default and isinstance(f.default, (str, int, float, bool)):
        notes.append(f"Server default: `{_default_text(f.default)}`.")
    if f.deprecated:
        notes.append("@deprecated")
    return _doc_lines(*notes)


def _default_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("`", "'")


def _interface(name: str, fields: list[tuple[Field, Node, bool]]) -> str:
    if not fields:
        return f"export type {name} = Record<string, unknown>;\n"
    out = [f"export interface {name} {{\n"]
    for f, node, optional in fields:
        out.append(_comment(_field_doc(f), 2))
        key = naming.property_key(f.name) + ("?" if optional else "")
        out.append(layout(f"  {key}: ", node, ";", 2) + "\n")
    out.append("}\n")
    return "".join(out)


def _declarations(
    s: Schema, mapper: Mapper, names: dict[str, str], inputs: dict[str, str], unknown_tag: str
) -> list[dict[str, str]]:
    views: list[tuple[str, str]] = [("out", names[s.name])]
    if s.name in inputs:
        views.append(("in", inputs[s.name]))
    out = []
    for view, name in views:
        doc = [s.description]
        if view == "in":
            doc.append(f"`{names[s.name]}` as sent in a request (no read-only fields).")
        if s.kind == "object":
            fields = []
            for f in s.fields:
                if view == "in" and f.read_only:
                    continue
                optional = not f.required or (view == "out" and f.write_only)
                fields.append((f, mapper.node(f.type, view), optional))  # type: ignore[arg-type]
            code = _interface(name, fields)
        elif s.kind == "union" and s.discriminator is not None:
            code = layout(f"export type {name} = ", mapper.tagged_union(s, view), ";", 0) + "\n"  # type: ignore[arg-type]
        else:
            code = layout(f"export type {name} = ", mapper.node(s.type, view), ";", 0) + "\n"  # type: ignore[arg-type]
        out.append({"name": name, "code": _comment(_doc_lines(*doc), 0) + code})
    if s.name in mapper.unknown:
        unknown = mapper.unknown[s.name]
        out.append({"name": unknown, "code": _unknown_variant(s, mapper, unknown, unknown_tag)})
    return out


def _unknown_variant(s: Schema, mapper: Mapper, name: str, tag: str) -> str:
    """The interface of a discriminated union's variants this client does not know: the tag typed
    so that it matches no known tag (checking one narrows the union), the fields every known
    variant has with one type (required where all require them), and whatever else was sent."""
    assert s.discriminator is not None
    prop = s.discriminator.property
    variants = [
        mapper.schemas.get(v.ref or "") if v.kind == "ref" else None for v in s.type.variants
    ]
    lines = [f"  {naming.property_key(prop)}: {tag};\n"]
    objects = [v for v in variants if v is not None and v.kind == "object"]
    if objects and len(objects) == len(variants):
        for f in objects[0].fields:
            if f.name == prop:
                continue
            node = mapper.node(f.type, "out")
            others = [next((g for g in v.fields if g.name == f.name), None) for v in objects[1:]]
            if all(g is not None and mapper.node(g.type, "out") == node for g in others):
                # required where every known variant requires it (responses are not validated,
                # so the known variants promise no more)
                required = f.required and all(g is not None and g.required for g in others)
                key = naming.property_key(f.name) + ("" if required else "?")
                lines.append(layout(f"  {key}: ", node, ";", 2) + "\n")
    lines.append("  [key: string]: unknown;\n")
    doc = _doc_lines(
        f"A `{mapper.names[s.name]}` variant this client does not know (added to the API after it "
        f"was generated). Its `{prop}` names no known variant (read it with `String(...)`); the "
        "fields every known variant has are typed as they are there, and every other field it came "
        "with is kept. Never sent: requests take the known variants."
    )
    return _comment(doc, 0) + f"export interface {name} {{\n" + "".join(lines) + "}\n"


def _unknown_tag(name: str) -> str:
    doc = _doc_lines(
        "The discriminator value of a variant this client does not know. It is a string at run "
        "time (read it with `String(tag)`); its type matches no known tag, so that checking a "
        "known tag narrows a union to that variant."
    )
    return (
        _comment(doc, 0)
        + f"export interface {name} {{\n"
        + "  readonly __unknownVariant: never;\n  toString(): string;\n}\n"
    )


def _error_bodies(name: str, resources: list[dict[str, Any]]) -> str:
    """The interface mapping each method (`resource.method`) to the JSON bodies of the error
    responses it declares, by status: what `isOperationError` narrows a status error to."""
    doc = _comment(
        _doc_lines(
            'The error bodies each method declares, by status (`"404"`, `"4XX"` or '
            '`"default"`): what `isOperationError(error, "resource.method")` narrows a '
            "status error's `body` to."
        ),
        0,
    )
    entries = []
    for r in resources:
        for op in r["operations"]:
            if not op["error_bodies"]:
                continue
            body = "".join(
                layout(f"    {naming.property_key(status)}: ", node, ";", 4) + "\n"
                for status, node in op["error_bodies"]
            )
            entries.append(f"  {naming.property_key(op['qualified'])}: {{\n{body}  }};\n")
    if not entries:
        return doc + f"export interface {name} {{}}\n"
    return doc + f"export interface {name} {{\n" + "".join(entries) + "}\n"


def _deprecations(op: Operation, qualified: str) -> list[str]:
    """The statements that warn, at call time, about what the API deprecates: the operation, and
    each deprecated parameter the caller passes."""

    def warn(message: str, indent: int) -> str:
        pad = " " * indent
        one = f"{pad}this.#http.deprecated({tsstr(message)});"
        if len(one) <= WIDTH:
            return one
        return f"{pad}this.#http.deprecated(\n{pad}  {tsstr(message)},\n{pad});"

    lines = []
    if op.deprecated:
        lines.append(warn(f"{qualified}() is deprecated by the API", 4))
    for p, key in zip(op.parameters, _keys(op.parameters), strict=True):
        if not p.deprecated:
            continue
        message = f"{qualified}(): the {p.name} parameter is deprecated by the API"
        if p.location == "path":
            lines.append(warn(message, 4))
        else:
            access = naming.member_access("params", key)
            lines.append(f"    if ({access} !== undefined) {{\n{warn(message, 6)}\n    }}")
    return lines


# -- auth --------------------------------------------------------------------------------------


def _servers(api: Api, used: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The absolute servers, selectable by name (snake case, as in the Python client), and their
    variables as client options (one per variable name; the first server's default and values).
    Relative servers cannot be reached without knowing where the spec is served: left out."""
    taken = {"baseUrl", "timeout", "maxRetries", "fetch", "headers", "server", *used}
    options: dict[str, dict[str, Any]] = {}
    servers = []
    names: set[str] = set()
    for server in api.servers:
        if server.relative:
            continue
        words = server.words or ("server",)
        name = naming.unique("_".join(w.lower() for w in words if w), names)
        for v in server.variables:
            if v.name not in options:
                options[v.name] = {
                    "name": v.name,
                    "option": naming.unique_member(
                        naming.camel(v.words or ("variable",)), taken, set()
                    ),
                    "default": v.default,
                    "enum": list(v.enum),
                    "type": " | ".join(tsstr(e) for e in v.enum) if v.enum else "string",
                    "description": v.description,
                }
        servers.append(
            {
                "name": name,
                "key": naming.property_key(name),
                "template": server.template or server.url,
                "url": server.url,
                "description": server.description,
                "variables": [
                    {
                        "key": naming.property_key(v.name),
                        "default": v.default,
                        "enum": "[" + ", ".join(tsstr(e) for e in v.enum) + "]" if v.enum else None,
                    }
                    for v in server.variables
                ],
            }
        )
    return servers, list(options.values())


def _auth(schemes: tuple[Auth, ...], env_var: str) -> list[dict[str, Any]]:
    """One client option per credential of each security scheme, as the Python client names its
    arguments: the first scheme of each kind gets the short names (``token``, ``username`` and
    ``password``, ``apiKey``, ``clientId`` and ``clientSecret`` for OAuth2 client credentials),
    later ones a name from the scheme. The first scheme's first option falls back to the
    environment variable (in Node)."""
    out: list[dict[str, Any]] = []
    used: set[str] = {"baseUrl", "timeout", "maxRetries", "fetch", "headers", "server"}

    def option(short: str, suffix: tuple[str, ...], scheme: Auth) -> str:
        if short not in used:
            used.add(short)
            return short
        words = tuple(w.lower() for w in split_words(scheme.name)) or ("auth",)
        if words[-len(suffix) :] != suffix and suffix[-1] not in words:
            words = (*words, *suffix)
        return naming.member_name(words, used, set())

    for scheme in schemes:
        flows = getattr(scheme, "flows", ())
        client_credentials = next(
            (f for f in flows if f.flow == "clientCredentials" and f.token_url), None
        )
        entry: dict[str, Any] = {
            "scheme": scheme.name,
            "scheme_key": naming.property_key(scheme.name),
            "location": scheme.location,
            "wire_name": scheme.parameter,
            "description": scheme.description,
            "env_var": env_var if not out else None,
            "password": None,
            "client_id": None,
            "client_secret": None,
            "token_url": client_credentials.token_url if client_credentials else None,
        }
        if scheme.kind == "basic":
            entry["kind"] = "basic"
            entry["option"] = option("username", ("username",), scheme)
            entry["password"] = option("password", ("password",), scheme)
        elif scheme.kind == "api_key":
            entry["kind"] = "api_key"
            entry["option"] = option("apiKey", ("key",), scheme)
        elif client_credentials is not None:
            entry["kind"] = "oauth2"
            entry["option"] = option("token", ("token",), scheme)
            entry["client_id"] = option("clientId", ("client", "id"), scheme)
            entry["client_secret"] = option("clientSecret", ("client", "secret"), scheme)
        else:
            entry["kind"] = "bearer"
            entry["option"] = option("token", ("token",), scheme)
        out.append(entry)
    return out


def _method_table(resources: list[dict[str, Any]]) -> dict[str, str]:
    """Per resource, its README table of methods, padded as prettier pads Markdown tables."""
    from generator.render import markdown

    tables = {}
    for r in resources:
        rows = [("method", "HTTP")] + [
            (f"`{op['name']}`", f"`{op['method']} {markdown(op['http_path']).replace('`', '')}`")
            for op in r["operations"]
        ]
        w0 = max(len(a) for a, _ in rows)
        w1 = max(len(b) for _, b in rows)
        lines = [f"| {a.ljust(w0)} | {b.ljust(w1)} |" for a, b in rows]
        lines.insert(1, f"| {'-' * w0} | {'-' * w1} |")
        tables[r["attr"]] = "\n".join(lines)
    return tables


def _import_line(names: list[str], module: str, type_only: bool = False) -> str:
    kw = "import type" if type_only else "import"
    one = f"{kw} {{ {', '.join(names)} }} from {tsstr(module)};"
    if len(one) <= WIDTH:
        return one
    return f"{kw} {{\n" + "".join(f"  {n},\n" for n in names) + f"}} from {tsstr(module)};"


# -- resources and operations ------------------------------------------------------------------


def _resources(
    api: Api, declared: Declared, mapper: Mapper, taken: set[str]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    files: set[str] = set()
    for res, (attr, methods) in zip(api.resources, declared.resources, strict=True):
        words = res.words or ("default",)
        cls = naming.unique(naming.shorten(naming.pascal(words)), taken | CLIENT_IMPORTS)
        taken.add(cls)
        out.append(
            {
                "name": res.name,
                "attr": attr,
                "file": naming.unique(naming.shorten(attr), files),
                "class": cls,
                "description": res.description or f"Operations tagged {tsstr(res.name)}.",
                "operations": _operations(res, methods, mapper, taken),
            }
        )
    for r, res in zip(out, api.resources, strict=True):
        by_id = {op.operation_id: op for op in res.operations}
        for op in r["operations"]:
            op["qualified"] = f"{r['attr']}.{op['name']}"
            ir_op = by_id[op["operation_id"].removesuffix(":stream")]
            op["deprecations"] = _deprecations(ir_op, op["qualified"])
        r["imports"] = sorted(
            {t for op in r["operations"] for t in op["type_refs"]}
            | {op["params_type"]["name"] for op in r["operations"] if op["params_type"]}
        )
        r["uses_styled"] = any(op["uses_styled"] for op in r["operations"])
        r["uses_stream"] = any(op["uses_stream"] for op in r["operations"])
        r["uses_page"] = any(op.get("page") for op in r["operations"])
        r["import_line"] = _import_line(r["imports"], "../types.js", type_only=True)
        r["doc"] = _comment(_doc_lines(r["description"]), 0)
    return out


def _operations(
    res: Resource,
    methods: list[tuple[str, dict[tuple[str, str], str]]],
    mapper: Mapper,
    taken: set[str],
) -> list[dict[str, Any]]:
    names: set[str] = {name for name, _ in methods}
    out = []
    for op, (name, args) in zip(res.operations, methods, strict=True):
        out.append(_operation(op, name, args, mapper, taken))
    # JSON or an event stream: a twin `<name>Stream` asks for the stream. Twins are named after
    # every plain method, so adding one never renames a method.
    for op, plain in zip(res.operations, list(out), strict=True):
        if op.stream is not None and op.stream is not op.success:
            twin = naming.unique_member(plain["name"] + "Stream", names, {"constructor"})
            out.append(_stream_twin(plain, op, twin, mapper))
    return out


def _stream_twin(plain: dict[str, Any], op: Operation, name: str, mapper: Mapper) -> dict[str, Any]:
    assert op.stream is not None
    refs = _Refs(mapper)
    returns = (
        f"Stream<{flat(refs.node(op.stream.type, 'out'))}>" if op.stream.type else "Stream<string>"
    )
    body_expr = "body"
    if op.body is not None and op.body.type.kind == "ref" and op.body.type.ref in mapper.schemas:
        fields = mapper.schemas[op.body.type.ref].fields
        if any(f.name == "stream" and f.type.primitive == "boolean" for f in fields):
            body_expr = "{ ...body, stream: true }"
    doc = _doc_lines(
        (op.summary or op.operation_id) + ", as a stream of server-sent events",
        f"`{op.method} {op.path}` with `Accept: text/event-stream`"
        + ("; the body is sent with `stream: true`" if body_expr != "body" else "")
        + ". Iterate the result with `for await`; stopping early closes the connection.",
        "@deprecated The API marks this operation as deprecated." if op.deprecated else None,
        "\n".join([f"@param {a['name']} - {' '.join(a['doc'].split())}" for a in plain["args"]]),
    )
    return {
        **plain,
        "name": name,
        "operation_id": op.operation_id + ":stream",  # the plain method answers for the id
        "doc": _comment(doc, 2),
        "signature": _signature(name, plain["args"], Atom(returns)),
        "response": tsstr("event-stream"),
        "events": _events(op.stream),
        "accept": tsstr("text/event-stream"),
        "body_expr": body_expr,
        "type_refs": sorted(set(plain["type_refs"]) | refs.used),
        "uses_stream": True,
    }


def _events(r: Response) -> str:
    """Whether an event's data is JSON or text (a plain string type)."""
    t = r.type
    text = t is None or (t.kind == "primitive" and t.primitive == "string")
    return tsstr("text" if text else "json")


def _kind(r: Response) -> str:
    return r.encoding if r.type is not None or r.encoding == "none" else "none"


def _accept(op: Operation, stream: bool) -> str | None:
    """Every media type the responses declare (successes first), as the Accept header value: the
    types the client decodes first, the others with a lower quality (so a server offering JSON and
    XML answers with the JSON the client reads), as the Python client does. 'null' (no header) when
    they declare none; None when it is the default (JSON)."""

    def wanted(media: str) -> bool:
        return stream or media.split(";")[0].strip().lower() != "text/event-stream"

    ordered = sorted(op.responses, key=lambda r: not r.status.startswith("2"))
    chosen = [r.content_type for r in ordered if r.content_type and wanted(r.content_type)]
    seen: list[str] = []
    for media in chosen + [m for r in ordered for m in r.media_types]:
        if media not in seen and wanted(media):
            seen.append(media)
    if not seen:
        return "null"
    if seen == ["application/json"]:
        return None
    return tsstr(", ".join(m if m in chosen else f"{m};q=0.5" for m in seen))


#: Each location's default style and explode (OpenAPI 3.1, 4.8.12.4): values that differ are
#: wrapped in styled() so the runtime serialises them as declared.
_DEFAULT_STYLE = {
    "query": ("form", True),
    "path": ("simple", False),
    "header": ("simple", False),
    "cookie": ("form", True),
}
_OPTIONS_DOC = "Per-request signal, timeout, retries and headers."


def _value_expr(p: Parameter, access: str, indent: int = 0, key: str = "") -> tuple[str, bool]:
    """The expression a parameter's value is sent as, and whether it uses styled(). When the
    entry ``key: expr,`` at ``indent`` is too long, the call's arguments go one per line."""
    extras = []
    if getattr(p, "allow_reserved", False):
        extras.append("allowReserved: true")
    if getattr(p, "content_type", None):
        extras.append(f"contentType: {tsstr(p.content_type)}")  # type: ignore[attr-defined]
    if (p.style, p.explode) == _DEFAULT_STYLE[p.location] and not extras:
        return access, False
    args = [access, tsstr(p.style), "true" if p.explode else "false"]
    if extras:
        args.append("{ " + ", ".join(extras) + " }")
    one = f"styled({', '.join(args)})"
    if not indent or indent + len(key) + 2 + len(one) + 1 <= WIDTH:
        return one, True
    pad = " " * (indent + 2)
    return "styled(\n" + "".join(f"{pad}{a},\n" for a in args) + " " * indent + ")", True


def _path_expr(op: Operation, args: dict[str, str]) -> tuple[str, bool]:
    """The path as a template literal (literal text escaped, each parameter through pathParam),
    or a plain string when it has no parameters; and whether it uses styled()."""
    from generator.render import tstemplate

    if not args:
        return tsstr(op.path), False
    params = {p.name: p for p in op.parameters if p.location == "path"}
    parts = []
    uses_styled = False
    for piece in re.split(r"(\{[^{}]*\})", op.path):
        name = piece[1:-1]
        if piece.startswith("{") and piece.endswith("}") and name in args:
            expr, st = _value_expr(params[name], args[name])
            uses_styled |= st
            parts.append("${pathParam(" + tsstr(name) + ", " + expr + ")}")
        else:
            parts.append(tstemplate(piece))
    return "`" + "".join(parts) + "`", uses_styled


class _Refs:
    """Collects the schema type names an operation's signature uses (for its module's import)."""

    def __init__(self, mapper: Mapper) -> None:
        self.mapper = mapper
        self.known = set(mapper.names.values()) | set(mapper.input_names.values())
        self.used: set[str] = set()

    def node(self, t: TypeRef, view: View, param: bool = False) -> Node:
        node = self.mapper.node(t, view, param)
        self.used.update(n for n in re.findall(r"[A-Za-z_$][\w$]*", flat(node)) if n in self.known)
        return node


def _params_type(op: Operation, keyed: list[dict[str, Any]], taken: set[str]) -> dict[str, str]:
    """The interface of an operation's query, header and cookie parameters (keyed by wire name)."""
    name = naming.unique(
        naming.shorten(naming.pascal(split_words(op.operation_id)) + "Params"), taken
    )
    body = []
    for k in keyed:
        p: Parameter = k["param"]
        notes: list[str | None] = [p.description]
        if p.has_default and isinstance(p.default, (str, int, float, bool)):
            notes.append(f"Server default: `{_default_text(p.default)}`.")
        if p.location != "query":
            notes.append(f"Sent as {'a header' if p.location == 'header' else 'a cookie'}.")
        if p.deprecated:
            notes.append("@deprecated")
        prefix = f"  {k['prop']}{'' if p.required else '?'}: "
        body.append(_comment(_doc_lines(*notes), 2) + layout(prefix, k["node"], ";", 2) + "\n")
    locations = [
        loc for loc in ("query", "header", "cookie") if any(k["location"] == loc for k in keyed)
    ]
    doc = _comment(
        _doc_lines(f"{_join_words(locations).capitalize()} parameters of `{op.operation_id}`."), 0
    )
    return {"name": name, "code": doc + f"export interface {name} {{\n" + "".join(body) + "}\n"}


def _property_encoding(body: Any) -> str:
    """Form and multipart bodies: the ``encoding`` object for the properties whose serialisation
    the spec declares (style, explode, allowReserved, part media type); "" when none does."""
    if body.encoding not in ("form", "multipart"):
        return ""
    entries = []
    for prop in getattr(body, "properties", ()):
        fields = []
        if prop.style:
            fields.append(f"style: {tsstr(prop.style)}")
            fields.append(f"explode: {'true' if prop.explode else 'false'}")
        if prop.allow_reserved:
            fields.append("allowReserved: true")
        if prop.content_type and body.encoding == "multipart":
            fields.append(f"contentType: {tsstr(prop.content_type)}")
        if fields:
            entries.append(f"{naming.property_key(prop.name)}: {{ {', '.join(fields)} }}")
    return "{\n" + "".join(f"        {e},\n" for e in entries) + "      }" if entries else ""


_ERROR_CLASSES = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}


def _throws(op: Operation, refs: _Refs) -> list[str]:
    """`@throws` lines for the declared error responses, naming the type of their body."""
    out = []
    for r in op.responses:
        if r.status.startswith("2"):
            continue
        status = r.status.upper()
        cls = _ERROR_CLASSES.get(status) or (
            "InternalServerError" if status.startswith("5") else "ApiStatusError"
        )
        body = ""
        if r.type is not None and r.encoding == "json":
            body = f" (body: `{flat(refs.mapper.node(r.type, 'out'))}`)"
        what = " ".join((r.description or "").split()).rstrip(".")
        out.append(f"@throws {{{cls}}} {r.status}{': ' + what if what else ''}{body}.")
    return out


def _security(op: Operation) -> str:
    """The operation's security as alternatives of {scheme: scopes}: from its requirements when
    the IR carries them, else each applicable scheme on its own (any one suffices)."""
    requirements = getattr(op, "security", None)
    alternatives: list[list[tuple[str, tuple[str, ...]]]]
    if requirements is None:
        alternatives = [[(name, ())] for name in op.auth]
    else:
        alternatives = [[(use.scheme, tuple(use.scopes)) for use in alt] for alt in requirements]
    parts = []
    for alt in alternatives:
        items = [
            f"{naming.property_key(name)}: [{', '.join(tsstr(x) for x in scopes)}]"
            for name, scopes in alt
        ]
        parts.append("{ " + ", ".join(items) + " }" if items else "{}")
    return "[" + ", ".join(parts) + "]"


def _keys(parameters: tuple[Parameter, ...]) -> list[str]:
    """Each non-path parameter's key in the params object: its wire name, prefixed with its
    location when another location already uses that name ("" for path parameters)."""
    keys: list[str] = []
    taken: set[str] = set()
    for p in parameters:
        if p.location == "path":
            keys.append("")
            continue
        key = p.name if p.name not in taken else f"{p.location}:{p.name}"
        taken.add(key)
        keys.append(key)
    return keys


def _join_words(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _signature(name: str, args: list[dict[str, Any]], returns: Node) -> str:
    """The method's first line(s), broken one parameter per line when too long (as prettier)."""
    params = []
    for a in args:
        if a.get("default"):
            params.append(f"{a['name']}: {a['type']} = {a['default']}")
        else:
            params.append(f"{a['name']}{'?' if a['optional'] else ''}: {a['type']}")
    result = Generic("ApiPromise", (returns,))
    head, tail = f"  {name}(", f"): {flat(result)} {{"
    one = head + ", ".join(params) + tail
    if len(one) <= WIDTH:
        return one
    broken_tail = layout("  ): ", result, " {", 2)
    return head + "\n" + "".join(f"    {p},\n" for p in params) + broken_tail


def _page(op: Operation, result: Node, refs: _Refs) -> dict[str, Any] | None:
    """A paginated operation's page (return type and paging), or None."""
    p = op.pagination
    if p is None or op.success is None or op.success.type is None:
        return None
    ref = op.success.type.ref
    schema = refs.mapper.schemas.get(ref) if ref is not None else None
    keys = [f.name for f in schema.fields] if schema is not None else None
    page = page_of(op, result, refs.mapper.node(p.item_type, "out"), keys)
    if page is not None:
        refs.node(p.item_type, "out")  # the item type is imported
    return page


def _operation(
    op: Operation,
    name: str,
    names: dict[tuple[str, str], str],
    mapper: Mapper,
    taken: set[str],
) -> dict[str, Any]:
    refs = _Refs(mapper)
    args: list[dict[str, Any]] = []
    path_args: dict[str, str] = {}
    for p in op.parameters:
        if p.location == "path":
            arg = names[(p.location, p.name)]
            path_args[p.name] = arg
            doc = p.description or f"The `{p.name}` path parameter."
            typ = flat(refs.node(p.type, "in", True))
            args.append({"name": arg, "type": typ, "optional": False, "doc": doc})
    path_expr, uses_styled = _path_expr(op, path_args)

    body: dict[str, str | None] | None = None
    if op.body is not None:
        b = op.body
        if b.encoding == "binary":
            btype = "Blob | ArrayBuffer | Uint8Array | string"
        elif b.encoding == "text":
            btype = "string"
        else:
            btype = flat(refs.node(b.type, "in"))
        shape = mapper.shapes.body(b.type) if b.encoding in ("json", "form", "multipart") else None
        body = {
            "encoding": b.encoding,
            "content_type": b.content_type,
            "property_encoding": _property_encoding(b),
            # what the runtime needs to know of the body: read-only properties, oneOf variants
            "shape": None if shape is None else shape_layout("      shape: ", shape, ",", 6),
        }
        doc = b.description or "The request body."
        args.append({"name": "body", "type": btype, "optional": not b.required, "doc": doc})

    # every other parameter: one object keyed by wire name
    keyed: list[dict[str, Any]] = []
    for p in op.parameters:
        if p.location == "path":
            continue
        key = names[(p.location, p.name)]
        expr, st = _value_expr(
            p, naming.member_access("params", key), 8, naming.property_key(p.name)
        )
        uses_styled |= st
        keyed.append(
            {
                "prop": naming.property_key(key),
                "wire": naming.property_key(p.name),
                "location": p.location,
                "expr": expr,
                "node": refs.node(p.type, "in", True),
                "param": p,
            }
        )
    params_type = _params_type(op, keyed, taken) if keyed else None
    if params_type is not None:
        required = any(k["param"].required for k in keyed)
        locations = sorted({k["location"] for k in keyed}, key=("query", "header", "cookie").index)
        args.append(
            {
                "name": "params",
                "type": params_type["name"],
                "optional": not required,
                "default": None if required else "{}",
                "doc": f"{_join_words(locations).capitalize()} parameters.",
            }
        )

    # an argument may be optional only when every argument after it is
    later_required = False
    for a in reversed(args):
        if not a["optional"]:
            later_required = True
        elif later_required:
            a.update(optional=False, default=None, type=a["type"] + " | undefined")
    args.append(
        {"name": "options", "type": "RequestOptions", "optional": True, "doc": _OPTIONS_DOC}
    )

    success = op.success
    successes = [r for r in op.responses if r.status.startswith("2")] or (
        [success] if success is not None else []
    )
    streams_only = op.stream is not None and op.stream is op.success
    members: list[Node] = []
    for r in successes:
        kind = _kind(r)
        if streams_only and r is op.stream:
            members.append(
                Atom(f"Stream<{flat(refs.node(r.type, 'out'))}>" if r.type else "Stream<string>")
            )
        elif kind == "none":
            members.append(Atom("undefined"))
        elif kind in ("binary", "text"):
            members.append(Atom({"binary": "Blob", "text": "string"}[kind]))
        elif r.type is not None:
            members.append(refs.node(r.type, "out"))
    result = union(members) if members else Atom("void")
    if result == Atom("undefined"):
        result = Atom("void")
    page = _page(op, result, refs)
    if page is not None:
        result = page["result"]
    returns = flat(result)
    kinds = {r.status: _kind(r) for r in successes}
    if len(set(kinds.values())) <= 1:
        response = tsstr(next(iter(kinds.values()), "none"))
    else:
        response = (
            "{ "
            + ", ".join(f"{naming.property_key(k)}: {tsstr(v)}" for k, v in kinds.items())
            + " }"
        )
    accept = _accept(op, streams_only)

    groups = []
    for loc, attr in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        entries = [k for k in keyed if k["location"] == loc]
        if entries:
            groups.append({"attr": attr, "entries": entries})

    tags = [f"@param {a['name']} - {' '.join(a['doc'].split())}" for a in args]
    if success is not None and success.description and returns != "void":
        tags.append(f"@returns {' '.join(success.description.split())}")
    tags.extend(_throws(op, refs))
    doc_lines = _doc_lines(
        op.summary or op.operation_id,
        op.description if op.description != op.summary else None,
        f"`{op.method} {op.path}`",
        "@deprecated The API marks this operation as deprecated." if op.deprecated else None,
        "\n".join(tags),
    )
    error_bodies = [
        (
            "default" if r.status.lower() == "default" else r.status.upper(),
            mapper.node(r.type, "out"),
        )
        for r in op.responses
        if not r.status.startswith("2") and r.encoding == "json" and r.type is not None
    ]
    positions = {p: i for i, p in enumerate(path_args)}
    conformance_params = [
        {"wire": p.name, "name": str(positions[p.name]) if p.location == "path" else k}
        for p, k in zip(op.parameters, _keys(op.parameters), strict=True)
    ]
    return {
        "name": name,
        "operation_id": op.operation_id,
        "conformance_params": conformance_params,
        "conformance_signature": [
            a["name"] if a["name"] in PARAM_RESERVED else "path" for a in args
        ],
        "method": op.method,
        "http_path": op.path,
        "path_expr": path_expr,
        "doc": _comment(doc_lines, 2),
        "signature": _signature(name, args, result),
        "response": response,
        "events": _events(op.stream) if streams_only and op.stream is not None else None,
        "accept": accept,
        "body": body,
        "body_expr": "body",
        "args": args,
        "uses_stream": streams_only,
        "groups": groups,
        "auth": _security(op),
        "params_type": params_type,
        "type_refs": sorted(refs.used),
        "uses_styled": uses_styled,
        "uses_path": bool(path_args),
        "page": page,
        "idempotent": op.idempotent,
        "errors": "[" + ", ".join(tsstr(status) for status, _ in error_bodies) + "]"
        if error_bodies
        else None,
        "error_bodies": error_bodies,
    }
