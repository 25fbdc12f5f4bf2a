"""The Python target: names, types and template context for an httpx + pydantic v2 client."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.ir.model import (
    Api,
    Auth,
    Body,
    Operation,
    Parameter,
    Resource,
    Response,
    SecurityUse,
    TypeRef,
)
from generator.ir.words import split_words
from generator.render import pystr
from generator.targets import Prepared
from generator.targets.python import naming, types
from generator.targets.python.models import render_models, start_worker, stop_worker
from generator.targets.python.pagination import paginate
from generator.targets.python.split import split_formatted, split_models

LANGUAGE = "python"
_NOISE = {"api", "apis", "openapi", "swagger", "rest", "http", "service", "v1", "v2", "v3"}


def _title_words(api: Api) -> tuple[str, ...]:
    words = split_words(api.title)
    # "OpenAPI" splits into open + api
    words = tuple(
        w for i, w in enumerate(words) if not (w == "open" and words[i + 1 : i + 2] == ("api",))
    )
    words = tuple(w for w in words if w not in _NOISE and not w.isdigit())
    return words or ("api",)


def package_name(api: Api, override: str | None = None) -> str:
    name = override or api.options.get("package-name") or naming.snake(_title_words(api))
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        name = naming.snake(split_words(name))
    return naming.safe_identifier(naming.shorten(name), {"models", "test", "tests"})


def client_prefix(api: Api, override: str | None = None) -> str:
    base = override or api.options.get("client-name") or naming.pascal(_title_words(api))
    return (
        naming.pascal(split_words(base)) if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", base) else base
    )


@dataclass
class Declared:
    """The names the client gives what the spec declares (see declared_names)."""

    package: str
    prefix: str
    #: schema name -> model class name
    types: dict[str, str]
    #: per resource (in the IR's order): its client attribute and, per operation (in order), the
    #: method's name and its arguments' names by (location, wire name)
    resources: list[tuple[str, list[tuple[str, dict[tuple[str, str], str]]]]]


def declared_names(api: Api, options: dict[str, str] | None = None) -> Declared:
    """Every name the emitted client gives to something the spec declares: package, client
    prefix, model classes, resource attributes, methods and their arguments. prepare() renders
    with these, and names.py (``clientgen diff``) reports them: one source for both."""
    options = options or {}
    taken = naming.Names()
    types_ = {s.name: naming.class_name(s.name, s.words, taken) for s in api.schemas}
    resources: list[tuple[str, list[tuple[str, dict[tuple[str, str], str]]]]] = []
    attrs: set[str] = set()
    for res in api.resources:
        attr = naming.attribute_name(
            (naming.shorten(naming.snake(res.words)),) if res.words else ("default",),
            attrs,
            naming.CLIENT_RESERVED | {"models"},
        )
        methods: list[tuple[str, dict[tuple[str, str], str]]] = []
        method_names: set[str] = set()
        for op in res.operations:
            method = naming.attribute_name(op.words, method_names, {"with_raw_response"})
            taken_args: set[str] = set(naming.PARAM_RESERVED)
            args: dict[tuple[str, str], str] = {
                (p.location, p.name): naming.attribute_name(
                    p.words, taken_args, naming.PARAM_RESERVED
                )
                for p in op.parameters
            }
            methods.append((method, args))
        resources.append((attr, methods))
    return Declared(
        package=package_name(api, options.get("package-name")),
        prefix=client_prefix(api, options.get("client-name")),
        types=types_,
        resources=resources,
    )


def start() -> Callable[[], None] | None:
    """Begin the models stage's slow part early (see models.Worker); returns how to stop it."""
    return stop_worker if start_worker() is not None else None


def render(api: Api, options: dict[str, str] | None = None) -> dict[str, str]:
    """Return {relative path: text} for the whole Python package project (unformatted)."""
    from generator import targets

    return targets.render(targets.load_set(LANGUAGE), api, options)


def prepare(api: Api, ir: dict[str, Any], options: dict[str, str], helpers: Any) -> Prepared:
    """The python set's context (names, annotations), its resources and models.py (manifest
    ``module``); the templates also get ``ir``, the serialised IR."""
    declared = declared_names(api, options)
    package = declared.package
    prefix = declared.prefix
    env_var = options.get("env-var") or api.options.get("env-var") or ""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,99}", env_var):
        # not a plain variable name (or none given): derive one, never pass the spec's text on
        env_var = naming.snake(split_words(prefix)).upper()[:60] + "_API_KEY"

    views: dict[str, str] = {}
    models_source, classes = render_models(api, declared.types, views)
    # resource classes share client.py's namespace with the client and error classes
    resources = _resources(
        api,
        declared,
        classes,
        {prefix + "Client", "Async" + prefix + "Client", prefix + "Error"},
        views,
    )
    auth = _auth(api.auth, env_var)
    context: dict[str, Any] = {
        "api": api,
        "package": package,
        "dist_name": package.replace("_", "-"),
        "version": _pep440(api.version),
        "client_class": prefix + "Client",
        "async_client_class": "Async" + prefix + "Client",
        "error_base": prefix + "Error",
        "servers": api.servers,
        **_servers(api, auth),
        "auth": auth,
        "env_var": env_var if auth else None,
        "resources": resources,
        "paths": {"package": package},
        "model_names": sorted(classes.values()),
        "request_views": sorted((classes[k], v) for k, v in views.items()),
        "one_of_unions": "WrapValidator(OneOf(" in models_source
        or any(
            "one_of=True" in (op["body"] or {}).get("encode_kwargs", "")
            for r in resources
            for op in r["operations"]
        )
        or any(r["one_of"] for r in resources),
    }
    context["closed_models"] = (
        _closed_models(api, classes, views) if context["one_of_unions"] else []
    )
    return Prepared(
        context=context,
        each={"resource": resources},
        later=_models_files(models_source, package, helpers),
    )


def _models_files(source: str, package: str, helpers: Any) -> Callable[[], dict[str, str]]:
    """models.py split into lazily loaded modules (a call that returns them, by path in the tree).
    With the built-in ruff formatter the module is formatted whole first (one ruff run over
    standard input) and the modules cut from it, most of them final as they are: the format stage
    then skips thousands of files on big specs. That ruff run begins here and goes on while the
    templates render; the call waits for it."""
    formatter = getattr(helpers.manifest, "formatter", None)
    if formatter is None or formatter.builtin != "ruff":
        return lambda: {f"{package}/{path}": text for path, text in split_models(source).items()}
    from generator import format as fmt

    formatted = fmt.background(lambda: fmt.format_source(source, f"{package}/models.py"))
    index: list[Callable[[], dict[str, str]]] = []

    def format_index(files: dict[str, str]) -> None:
        # the index files are formatted (another ruff run) while the modules' texts are made
        tree = {f"{package}/{path}": text for path, text in files.items()}
        index.append(fmt.background(lambda: fmt.format_tree(tree)))

    def finish() -> dict[str, str]:
        files, clean = split_formatted(formatted(), format_index)
        out = {
            f"{package}/{path}": fmt.Formatted(text) if path in clean else text
            for path, text in files.items()
        }
        for wait in index:
            out.update((path, fmt.Formatted(text)) for path, text in wait().items())
        return out

    return finish


def _servers(api: Api, auth: list[dict[str, Any]]) -> dict[str, Any]:
    """The default base URL, and, when there is a choice, the table of servers by name and the
    server variables as client keyword arguments (named after the spec's variables)."""
    absolute = [s for s in api.servers if not s.relative]
    default = absolute[0].url if absolute else ""
    relative = next((s.url for s in api.servers if s.relative), None)
    if relative is not None and not absolute:
        no_server = (
            f"base_url is required: the API description names only a relative server "
            f"({relative!r}), so pass the full URL, such as 'https://api.example.com{relative}'"
        )
    else:
        no_server = "base_url is required: the API description names no server"
    table: list[dict[str, Any]] = []
    variables: dict[str, dict[str, Any]] = {}
    keys: set[str] = set()
    taken = {p for a in auth for p in a["args"]} | {
        "password",
        "base_url",
        "timeout",
        "max_retries",
        "headers",
        "http_client",
        "server",
        "self",
    }
    for server in api.servers:
        key = naming.attribute_name(server.words or ("server",), keys, set())
        table.append({"key": key, "template": server.template or server.url, "server": server})
        for var in server.variables:
            if var.name not in variables:
                py = naming.attribute_name(var.words, taken, naming.PARAM_RESERVED)
                variables[var.name] = {
                    "py": py,
                    "wire": var.name,
                    "description": var.description or f"The server's {var.name!r} variable.",
                    "default": var.default,
                    "enum": list(var.enum),
                }
    choice = len(api.servers) > 1 or bool(variables)
    return {
        "default_base_url": default,
        "no_server_message": no_server,
        "server_table": table if choice else [],
        "server_vars": list(variables.values()) if choice else [],
        "default_server": next((t["key"] for t in table if not t["server"].relative), None),
    }


def _pep440(version: str) -> str:
    m = re.match(r"\d+(\.\d+)*", version.strip())
    return m.group(0) if m else "0.0.0"


#: constructor arguments a credential argument must not take
_CLIENT_ARGS = {"self", "base_url", "timeout", "max_retries", "headers", "http_client", "schemes"}


def _auth(schemes: tuple[Auth, ...], env_var: str) -> list[dict[str, Any]]:
    """One entry per scheme, each with its own constructor arguments.

    The first scheme of each kind keeps the argument names clients had before (`token`,
    `username`/`password`, `api_key`, and `client_id`/`client_secret` for OAuth2 client
    credentials); later ones are named after the scheme. The first scheme's first argument falls
    back to the environment variable.
    """
    out: list[dict[str, Any]] = []
    taken: set[str] = set(_CLIENT_ARGS)

    def arg(first: str, suffix: str, scheme: Auth) -> str:
        if first not in taken:
            taken.add(first)
            return first
        base = naming.snake(split_words(scheme.name) or ("auth",))
        if suffix not in base.split("_") and not base.endswith(suffix):
            base = f"{base}_{suffix}"
        return naming.attribute_name(tuple(base.split("_")), taken, naming.PARAM_RESERVED)

    for scheme in schemes:
        client_credentials = next(
            (f for f in scheme.flows if f.flow == "clientCredentials" and f.token_url), None
        )
        if scheme.kind == "basic":
            kind = "basic"
            args = [arg("username", "username", scheme), arg("password", "password", scheme)]
        elif scheme.kind == "api_key":
            kind = "api_key"
            args = [arg("api_key", "key", scheme)]
        elif client_credentials is not None:
            kind = "oauth2"
            args = [
                arg("token", "token", scheme),
                arg("client_id", "client_id", scheme),
                arg("client_secret", "client_secret", scheme),
            ]
        else:
            kind = "bearer"
            args = [arg("token", "token", scheme)]
        out.append(
            {
                "scheme": scheme.name,
                "kind": kind,
                "args": args,
                "param": args[0],
                "location": scheme.location,
                "wire_name": scheme.parameter,
                "token_url": client_credentials.token_url if client_credentials else None,
                "description": scheme.description,
                "env_var": env_var if not out else None,
            }
        )
    return out


def _resources(
    api: Api,
    declared: Declared,
    classes: dict[str, str],
    reserved: set[str],
    views: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    out = []
    class_names = naming.Names(reserved)
    schema_map = {s.name: s for s in api.schemas}
    for res, (attr, methods) in zip(api.resources, declared.resources, strict=True):
        cls = naming.resource_class_name(res.words or ("default",), class_names)
        operations = _operations(res, methods, classes, api, views or {})
        taken = {cls, "Async" + cls, cls + "WithRawResponse", "Async" + cls + "WithRawResponse"}
        pages = paginate(res, operations, classes, taken, schema_map)
        out.append(
            {
                "name": res.name,
                "attr": attr,
                "file": attr,
                "class": cls,
                "async_class": "Async" + cls,
                "description": res.description or f"Operations tagged {res.name!r}.",
                "operations": operations,
                "streams": any(op["events"] for op in operations),
                "pages": pages,
                "paged": any(op["page"] for op in operations),
                # a response type that is an unnamed oneOf, read with the oneOf rule
                "one_of": any(
                    "_one_of(" in (op[k] or "")
                    for op in operations
                    for k in ("response_expr", "response_types", "error_types")
                ),
            }
        )
    return out


def _operations(
    res: Resource,
    methods: list[tuple[str, dict[tuple[str, str], str]]],
    classes: dict[str, str],
    api: Api,
    views: dict[str, str],
) -> list[dict[str, Any]]:
    out = []
    names: set[str] = {name for name, _ in methods}
    for op, (name, args) in zip(res.operations, methods, strict=True):
        out.append(_operation(op, name, args, classes, views))
    # the streaming twins of operations that offer JSON and an event stream, named after their
    # plain method (chosen first, so adding a twin never renames a method)
    for op, plain in zip(res.operations, list(out), strict=True):
        if op.stream is not None and op.stream is not op.success and op.stream != op.success:
            name = naming.attribute_name(
                tuple(plain["name"].split("_")) + ("stream",), names, {"with_raw_response"}
            )
            out.append(_stream_twin(op, name, plain, classes, api))
    return out


def _accept(responses: list[Response]) -> str | None:
    """The Accept header: every media type the given responses declare, successes first.

    The types the client decodes (each response's chosen content type) come first; the others are
    listed with a lower quality, so a server offering JSON and XML picks the JSON the client reads.
    """
    ordered = sorted(responses, key=lambda r: not r.status.startswith("2"))
    chosen = [r.content_type for r in ordered if r.content_type]
    seen: list[str] = []
    for media in chosen + [m for r in ordered for m in r.media_types]:
        if media not in seen:
            seen.append(media)
    return ", ".join(m if m in chosen else f"{m};q=0.5" for m in seen) or None


def _is_stream(media: str) -> bool:
    return media.split(";")[0].strip().lower() == "text/event-stream"


def _response_types(
    successes: list[Response], classes: dict[str, str]
) -> tuple[str, str | None, str]:
    """(return annotation, per-status mapping or None, default encoding) for the 2xx responses."""
    pairs: list[tuple[str, str, str]] = []  # (status, annotation, encoding)
    exprs: dict[str, str] = {}  # status: the type to parse with, when not the annotation
    for r in successes:
        if r.type is None or r.encoding in ("none", "event-stream"):
            pairs.append((r.status, "None", "none"))
        else:
            pairs.append((r.status, types.annotation(r.type, classes), r.encoding))
            if _one_of(r.type):
                exprs[r.status] = _response_type(r.type, classes)
    parts: list[str] = []
    for _, ann, _ in pairs:
        for piece in ann.split(" | "):
            if piece not in parts:
                parts.append(piece)
    if "None" in parts:  # keep `X | None` spelled as before
        parts = [p for p in parts if p != "None"] + ["None"]
    returns = "Any" if "Any" in parts else " | ".join(parts) or "None"
    first = pairs[0] if pairs else ("", "None", "none")
    mapping = None
    if any((ann, enc) != (first[1], first[2]) for _, ann, enc in pairs[1:]):
        mapping = (
            "{"
            + ", ".join(
                f"{status!r}: ({exprs.get(status, ann)}, {enc!r})" for status, ann, enc in pairs
            )
            + "}"
        )
    return returns, mapping, first[2]


def _response_type(t: TypeRef, classes: dict[str, str]) -> str:
    """The type a response body is parsed with: its annotation; an unnamed oneOf union without a
    discriminator wrapped so that it follows the oneOf rule (first strict match, left to right),
    as a named one does."""
    ann = types.annotation(t, classes)
    return f"_one_of({ann})" if _one_of(t) else ann


def _error_types(responses: tuple[Response, ...], classes: dict[str, str]) -> str | None:
    """The types of error bodies, by status ("404", "4XX", "default"), for responses with JSON."""
    items = [
        f"{r.status!r}: {_response_type(r.type, classes)}"
        for r in responses
        if not r.status.startswith("2") and r.encoding == "json" and r.type is not None
    ]
    return "{" + ", ".join(items) + "}" if items else None


def _success_doc(op: Operation) -> str:
    """What the method returns: the success description, per status when there are several."""
    successes = [r for r in op.responses if r.status.startswith("2")]
    if len(successes) > 1:
        return "\n".join(f"{r.status}: {r.description or 'No description.'}" for r in successes)
    return (op.success.description if op.success else None) or ""


def _stream_twin(
    op: Operation, name: str, plain: dict[str, Any], classes: dict[str, str], api: Api
) -> dict[str, Any]:
    """The `<method>_stream` twin: the same request, answered with an event stream."""
    assert op.stream is not None and op.stream.type is not None
    event = types.annotation(op.stream.type, classes)
    twin = dict(plain)
    twin.update(
        {
            "name": name,
            "operation_id": op.operation_id + ":stream",  # the plain method answers for the id
            "returns": f"Stream[{event}]",
            "async_returns": f"AsyncStream[{event}]",
            "response_expr": None,
            "response_types": None,
            "events": event,
            "accept": _accept(
                [op.stream] + [r for r in op.responses if not r.status.startswith("2")]
            ),
            "stream_flag": _stream_flag(op, api),
            "success_description": "An iterator of events, each item one event's data, as it "
            "arrives: " + (op.stream.description or ""),
        }
    )
    return twin


def _stream_flag(op: Operation, api: Api) -> str | None:
    """A JSON body's boolean property named `stream`: the streaming twin sets it to true."""
    body = op.body
    if body is None or body.encoding != "json" or not body.required or body.type.kind != "ref":
        return None
    by_name = {s.name: s.json_schema for s in api.schemas}
    found = _boolean_property(by_name.get(body.type.ref or ""), "stream", by_name, 0)
    return "stream" if found else None


def _boolean_property(schema: Any, name: str, by_name: dict[str, Any], depth: int) -> bool:
    """Whether an object schema (its own properties, or an allOf part's) has a boolean ``name``."""
    if not isinstance(schema, dict) or depth > 20:
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        target = ref[len("#/components/schemas/") :].replace("~1", "/").replace("~0", "~")
        return _boolean_property(by_name.get(target), name, by_name, depth + 1)
    props = schema.get("properties")
    prop = props.get(name) if isinstance(props, dict) else None
    if isinstance(prop, dict):
        typ = prop.get("type")
        return typ == "boolean" or (isinstance(typ, list) and "boolean" in typ)
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(
        _boolean_property(p, name, by_name, depth + 1) for p in parts
    )


def _operation(
    op: Operation,
    name: str,
    args: dict[tuple[str, str], str],
    classes: dict[str, str],
    views: dict[str, str] | None = None,
) -> dict[str, Any]:
    params = [_parameter(p, args[(p.location, p.name)], classes) for p in op.parameters]
    body = None
    if op.body is not None:
        ann = types.annotation(op.body.type, classes)
        accepts = ann
        # a class with read-only properties is sent as its request view (read-only properties
        # optional and never sent), wherever it is in the body's type: the body itself, nullable
        # or not, the items of an array, the values of a map, a union's variants; the class
        # itself is still accepted, as before
        view = None
        typ = op.body.type
        viewed = (
            [r for r in _refs(typ) if r in (views or {})]
            if op.body.encoding in ("json", "form", "multipart")
            else []
        )
        if viewed:
            view = types.annotation(typ, {**classes, **{r: (views or {})[r] for r in viewed}})
        expr = ann
        if view is not None:
            expr = view
            # the view, the class, or (in a list or map) a mix of both
            mixed = {r: f"{(views or {})[r]} | models.{classes[r]}" for r in viewed}
            accepts = _union(expr, ann, types.annotation(typ, {**classes, **mixed}))
        if op.body.encoding in ("json", "form", "multipart") and op.body.type.kind in (
            "ref",
            "object",
            "map",
        ):
            accepts = f"{accepts} | Mapping[str, Any]"
        body = {
            "annotation": accepts,
            "type_expr": expr,
            # the class a request view is of (its instances are sent as the view); a oneOf body
            # checked for ambiguity
            "encode_kwargs": (", output=" + _output(viewed, classes) if view is not None else "")
            + (
                ", one_of=True"
                if _one_of(typ) and op.body.encoding in ("json", "form", "multipart")
                else ""
            ),
            "encoding": op.body.encoding,
            "content_type": op.body.content_type,
            "required": op.body.required,
            "nullable": op.body.type.nullable and op.body.encoding == "json",  # None sends null
            "description": op.body.description or "The request body.",
            **_body_encodings(op.body),
        }
    success = op.success
    returns = "None"
    response_expr = None
    response_encoding = "none"
    response_types = None
    events = None
    accept = _accept([r for r in op.responses])
    if success is not None and success.encoding == "event-stream" and success.type is not None:
        events = types.annotation(success.type, classes)
        returns = f"Stream[{events}]"
    elif success is not None:
        successes = [r for r in op.responses if r.status.startswith("2")]
        returns, response_types, response_encoding = _response_types(successes, classes)
        if returns != "None":
            response_expr = types.annotation(success.type, classes) if success.type else "None"
            if response_types is None:
                response_expr = returns
            if success.type is not None and _one_of(success.type):
                response_expr = f"_one_of({response_expr})"
        if op.stream is not None:  # the event stream is the twin's
            accept = ", ".join(m for m in (accept or "").split(", ") if not _is_stream(m)) or None
    errors = [
        {"status": r.status, "description": r.description or ""}
        for r in op.responses
        if not r.status.startswith("2")
    ]
    return {
        "name": name,
        "method": op.method,
        "path": op.path,
        "operation_id": op.operation_id,
        "summary": op.summary or op.operation_id,
        "description": op.description if op.description != op.summary else None,
        "deprecated": op.deprecated,
        "params": params,
        "positional": [p for p in params if p["location"] == "path"],
        "keyword": [p for p in params if p["location"] != "path"],
        "body": body,
        "returns": returns,
        "async_returns": returns.replace("Stream[", "AsyncStream[", 1)
        if returns.startswith("Stream[")
        else returns,
        "response_expr": response_expr,
        "response_types": response_types,
        "error_types": _error_types(op.responses, classes),
        "events": events,
        "accept": accept,
        "stream_flag": None,
        "response_encoding": response_encoding,
        "success_status": success.status if success else None,
        "success_description": _success_doc(op),
        "errors": errors,
        "auth": bool(op.auth),
        "idempotent": op.idempotent,
        "security": _security(op.security),
        "deprecation": pystr(f"{name}() is deprecated by the API"),
        "deprecated_params": [
            {"py": p["py"], "message": pystr(f"{name}(): {p['py']} is deprecated by the API")}
            for p in params
            if p["deprecated"]
        ],
    }


def _refs(t: TypeRef) -> list[str]:
    """The schemas a body type names directly, through arrays, maps and unions, in order."""
    if t.kind == "ref" and t.ref is not None:
        return [t.ref]
    out: list[str] = []
    for part in (t.items, *t.variants):
        if part is not None:
            out.extend(r for r in _refs(part) if r not in out)
    return out


def _output(refs: list[str], classes: dict[str, str]) -> str:
    """The class (or tuple of classes) whose instances a request view takes as data."""
    names = [f"models.{classes[r]}" for r in refs]
    return names[0] if len(names) == 1 else "(" + ", ".join(names) + ")"


def _union(*annotations: str) -> str:
    """`A | B` of annotations, each top-level member once (None last)."""
    members: list[str] = []
    for text in annotations:
        depth, start, i = 0, 0, 0
        while i < len(text):
            if text[i] in "[(":
                depth += 1
            elif text[i] in "])":
                depth -= 1
            elif depth == 0 and text.startswith(" | ", i):
                members.append(text[start:i])
                i += 3
                start = i
                continue
            i += 1
        members.append(text[start:])
    unique = list(dict.fromkeys(m for m in members if m != "None"))
    return " | ".join(unique + (["None"] if "None" in members else []))


def _one_of(t: TypeRef) -> bool:
    """A oneOf union without a discriminator of two or more variants."""
    return t.kind == "union" and t.one_of and not t.discriminator and len(t.variants) >= 2


def _security(alternatives: tuple[tuple[SecurityUse, ...], ...]) -> str | None:
    """The operation's security as a Python literal: ({scheme: (scopes...)}, ...)."""
    if not alternatives:
        return None
    alts = []
    for alt in alternatives:
        items = ", ".join(
            f"{pystr(u.scheme)}: ({''.join(pystr(s) + ', ' for s in u.scopes)})" for u in alt
        )
        alts.append("{" + items + "}")
    return "(" + ", ".join(alts) + ",)"


def _body_encodings(body: Body) -> dict[str, Any]:
    """Literals for how a form or multipart body's properties go on the wire."""
    form = (
        "{"
        + ", ".join(
            f"{pystr(e.name)}: ({pystr(e.style or '')}, {e.explode}, {e.allow_reserved})"
            for e in body.properties
            if e.style is not None or not e.explode or e.allow_reserved
        )
        + "}"
    )
    files = (
        "{" + ", ".join(f"{pystr(e.name)}: {e.array}" for e in body.properties if e.binary) + "}"
    )
    parts = (
        "{"
        + ", ".join(
            f"{pystr(e.name)}: {pystr(e.content_type)}"
            for e in body.properties
            if e.content_type is not None
        )
        + "}"
    )
    return {"form_encodings": form, "file_fields": files, "part_types": parts}


def _parameter(p: Parameter, py: str, classes: dict[str, str]) -> dict[str, Any]:
    ann = types.annotation(p.type, classes)
    required = p.required
    return {
        "py": py,
        "wire": p.name,
        "location": p.location,
        "annotation": ann if required else _optional(ann),
        "required": required,
        "default": "None",
        "description": p.description or "",
        "server_default": repr(p.default)
        if p.has_default and not isinstance(p.default, (dict, list))
        else None,
        "deprecated": p.deprecated,
        "explode": p.explode,
        "value": _styled(p, py),
    }


#: each location's default serialisation (OpenAPI 3.1 section 4.8.12.4)
_DEFAULT_STYLE = {
    "path": ("simple", False),
    "header": ("simple", False),
    "query": ("form", True),
    "cookie": ("form", True),
}


def _styled(p: Parameter, py: str) -> str:
    """The argument as passed to the request: wrapped with its style when not the default."""
    if (p.style, p.explode) == _DEFAULT_STYLE[p.location] and not (
        p.allow_reserved or p.content_type
    ):
        return py
    extra = ", allow_reserved=True" if p.allow_reserved else ""
    if p.content_type:
        extra += f", content_type={pystr(p.content_type)}"
    return f"_serialize.Styled({py}, {pystr(p.style)}, {p.explode}{extra})"


def _optional(ann: str) -> str:
    return ann if ann.endswith("| None") or ann in ("Any", "None") else ann + " | None"


def _closed_models(api: Api, classes: dict[str, str], views: dict[str, str]) -> list[str]:
    """The model classes (request views included) whose schema has additionalProperties false:
    when a request value is matched against a oneOf union's variants, they take no property they
    do not name (_unions.CLOSED; the classes themselves still keep a response's unknown fields)."""
    closed: set[str] = set()
    for schema in api.schemas:
        if schema.kind == "object" and schema.closed:  # allOf of closed parts too (IR 1.6)
            closed.update(c for c in (classes.get(schema.name), views.get(schema.name)) if c)
    return sorted(closed)
