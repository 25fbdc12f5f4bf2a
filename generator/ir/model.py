"""The language-neutral intermediate representation: the contract between core and targets.

Plain, frozen dataclasses, serialisable to JSON (``clientgen ir``). Names here are the spec's own
names plus neutral word lists; no target's casing or reserved-word handling leaks in.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

#: The IR's semantic version, MAJOR.MINOR.PATCH: a new field (with a default) or a new value of an
#: open set bumps MINOR; renaming, removing or changing the meaning of anything bumps MAJOR.
#: Every change gets an entry in CHANGELOG.md (beside this file) and a fresh ir.schema.json
#: (``python -m generator.ir.schema --write``).
IR_VERSION = "1.6.0"


def ir_major(version: str = IR_VERSION) -> int:
    """The major part of an IR version (what a template set's manifest names in ``ir:``)."""
    return int(version.split(".", 1)[0])


#: JSON Schema keywords that describe a value without constraining it.
ANNOTATION_KEYWORDS = (
    "title",
    "description",
    "default",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
)

TypeKind = Literal["primitive", "ref", "array", "map", "enum", "union", "object", "any"]


@dataclass(frozen=True)
class TypeRef:
    """A type expression. ``ref`` names a schema in ``Api.schemas``."""

    kind: TypeKind  # what the type is; the other fields say more for some kinds
    primitive: str | None = None  # string | integer | number | boolean | null
    format: str | None = None  # the spec's format (date-time, uuid, binary, int64, ...), if any
    ref: str | None = None  # kind ref: the name of a schema in Api.schemas
    items: TypeRef | None = None  # array items, map values
    variants: tuple[TypeRef, ...] = ()  # kind union: the alternatives (oneOf/anyOf)
    values: tuple[Any, ...] = ()  # enum values
    nullable: bool = False  # null is allowed too (3.0 nullable, or null in a 3.1 type list)
    discriminator: str | None = None  # kind union: the property whose value names the variant
    #: kind union: written as oneOf, so exactly one variant may match (a value matching several
    #: is ambiguous); false for anyOf and type lists, where any number may
    one_of: bool = False


@dataclass(frozen=True)
class Field:
    name: str  # wire name, exactly as in the spec
    words: tuple[str, ...]  # the name split into neutral lower-case words (targets join them)
    type: TypeRef  # the property's type
    required: bool  # listed in the object's required
    description: str | None = None  # the spec's description
    default: Any = None  # the spec's default value (meaningful when has_default)
    has_default: bool = False  # whether the spec gives a default (a default can be null)
    deprecated: bool = False  # the spec marks the property deprecated
    read_only: bool = False  # readOnly: sent by the server only
    write_only: bool = False  # writeOnly: sent by the client only


@dataclass(frozen=True)
class Discriminator:
    property: str  # the wire name of the property that names the variant
    mapping: tuple[tuple[str, str], ...]  # (wire value, schema name)


@dataclass(frozen=True)
class Schema:
    """A named schema. ``json_schema`` is the source schema with refs pointing at named schemas
    (``#/components/schemas/<name>``), for targets that drive a JSON Schema tool. It is always in
    OpenAPI 3.1 (JSON Schema 2020-12) form: a 3.0 spec's schemas are upgraded first (see upgrade.py)."""

    name: str  # the spec's name (components/schemas key, or a synthetic name)
    words: tuple[str, ...]  # the name split into neutral lower-case words
    #: object (has fields), union (variants), enum (values) or alias (any other type)
    kind: Literal["object", "union", "enum", "alias"]
    type: TypeRef  # the schema as a type expression
    description: str | None  # the spec's description
    fields: tuple[Field, ...]  # kind object: the properties, in spec order
    discriminator: Discriminator | None  # kind union: how a payload names its variant
    json_schema: Any  # the source JSON Schema (2020-12 form, refs to #/components/schemas/<name>)
    origin: str  # JSON pointer in the source document
    synthetic: bool = False  # hoisted from an inline schema in an operation
    #: kind object: takes no property that it or its allOf parts do not name: additionalProperties
    #: or unevaluatedProperties false at its top level, or allOf parts that are all closed
    closed: bool = False


@dataclass(frozen=True)
class Parameter:
    name: str  # wire name, exactly as in the spec
    words: tuple[str, ...]  # the name split into neutral lower-case words
    location: Literal["path", "query", "header", "cookie"]  # OpenAPI `in`
    type: TypeRef  # the parameter's type
    required: bool  # the caller must give it
    description: str | None = None  # the spec's description
    default: Any = None  # the server's default (meaningful when has_default)
    has_default: bool = False  # whether the spec gives a default
    deprecated: bool = False  # the spec marks the parameter deprecated
    explode: bool = True  # OpenAPI explode (defaults by style: true for form)
    style: str = "form"  # OpenAPI serialisation style (form, simple, deepObject, ...)
    allow_reserved: bool = False  # query only: reserved characters go out unencoded
    content_type: str | None = None  # a parameter given by `content`: its value is this media type


@dataclass(frozen=True)
class PropertyEncoding:
    """How one top-level property of a form or multipart body goes on the wire (the media type's
    ``encoding`` entry, with the spec's defaults filled in)."""

    name: str  # wire name of the property
    #: form bodies: form | deepObject | spaceDelimited | pipeDelimited; None = not declared (the
    #: Python target then sends objects in brackets, name[key]=value, and repeats arrays' names)
    style: str | None = None
    explode: bool = True  # the encoding's explode (default: true unless a non-form style)
    allow_reserved: bool = False  # reserved characters go out unencoded
    #: multipart: the part's Content-Type (encoding.contentType, else the schema's
    #: contentMediaType); None = the default for the value's type
    content_type: str | None = None
    binary: bool = False  # the value is file content (format binary, contentMediaType/Encoding)
    array: bool = False  # an array: one part (multipart) or one pair (form) per item


@dataclass(frozen=True)
class Body:
    content_type: str  # the media type sent (Content-Type)
    encoding: Literal["json", "form", "multipart", "binary", "text"]  # how the body is encoded
    type: TypeRef  # the body's type
    required: bool  # the caller must give a body
    description: str | None = None  # the spec's description
    properties: tuple[PropertyEncoding, ...] = ()  # form and multipart bodies: per property


@dataclass(frozen=True)
class Response:
    """One declared response. ``content_type``/``encoding``/``type`` describe the media type a
    client reads by default (JSON first, then form, text, binary; an event stream only when it is
    the only one). For ``encoding == "event-stream"``, ``type`` is the type of one event's data."""

    status: str  # "200", "2XX", "default"
    description: str | None  # the spec's description
    content_type: str | None  # the media type returned, or null for no body
    encoding: Literal["json", "binary", "text", "none", "event-stream"]  # how it is decoded
    type: TypeRef | None  # the body's type (one event's data for a stream), or null for no body
    #: every media type the response declares, in spec order (what a client may Accept)
    media_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pagination:
    """How an operation's results go on over further pages: detected from the spec's shape (page
    and limit with an envelope, offset and limit, a cursor or next-page URL in the body, a Link
    header) or declared by the operation's ``x-pagination`` extension. Paths are wire names from
    the success response's body; the next request repeats the call with ``parameter`` changed
    (page, offset, cursor) or goes to the URL found (next_url, link_header)."""

    #: page: parameter = this page's number + 1; offset: parameter = offset + items on this page;
    #: cursor: parameter = the value at ``next``; next_url: GET the URL at ``next``;
    #: link_header: GET the URL of the response's ``Link: <...>; rel="next"``
    kind: Literal["page", "offset", "cursor", "next_url", "link_header"]
    items: tuple[str, ...]  # path to the array of items; () = the body is the array
    item_type: TypeRef  # one item's type
    parameter: str | None = None  # page, offset, cursor: the query parameter the next value feeds
    next: tuple[str, ...] = ()  # cursor: path to the next cursor; next_url: to the next URL
    #: cursor: ``next`` is read from the page's last item (Stripe: starting_after = the last id)
    next_from_item: bool = False
    #: cursor, next_url: the response header that holds the next cursor or URL, read in place of
    #: ``next`` (x-pagination ``next: "header:X-Next-Cursor"``, or a declared X-Next-Cursor header)
    next_header: str | None = None
    has_more: tuple[str, ...] = ()  # path to a boolean: whether another page follows
    total_pages: tuple[str, ...] = ()  # path to the number of pages
    total_items: tuple[str, ...] = ()  # path to the number of items across all pages
    current_page: tuple[str, ...] = ()  # page: path to this page's number
    page_size: tuple[str, ...] = ()  # path to the page size the server used
    limit: str | None = None  # the page-size query parameter, if any
    declared: bool = False  # from the x-pagination extension (else detected)


@dataclass(frozen=True)
class Operation:
    operation_id: str  # the spec's operationId
    words: tuple[str, ...]  # the method name, with the resource's noun removed when possible
    method: str  # HTTP method, upper case
    path: str  # the path template, as in the spec (/pets/{petId})
    summary: str | None  # the spec's summary
    description: str | None  # the spec's description
    deprecated: bool  # the spec marks the operation deprecated
    parameters: tuple[Parameter, ...]  # path, query, header and cookie parameters, in spec order
    body: Body | None  # the request body, if any
    responses: tuple[Response, ...]  # every declared response, in spec order
    success: Response | None  # the response a successful call returns (the first 2xx)
    auth: tuple[str, ...]  # every auth scheme named by `security`
    origin: str  # JSON pointer of the operation in the source document
    #: the success response as a server-sent event stream (``text/event-stream``), when a 2xx
    #: response declares one: ``encoding == "event-stream"``, ``type`` is one event's data. When
    #: it is ``success`` itself the operation only streams; otherwise it is a second way to call it.
    stream: Response | None = None
    idempotent: bool = False  # x-idempotent: true: safe to retry whatever the method
    #: the operation's security requirements (its own, else the document's): alternatives (OR),
    #: each a set of schemes that must all be sent (AND). () = no auth; an empty alternative = the
    #: operation may also be called anonymously
    security: tuple[tuple[SecurityUse, ...], ...] = ()
    #: how the results continue on further pages, when the operation is paginated
    pagination: Pagination | None = None


@dataclass(frozen=True)
class Resource:
    name: str  # the tag, as written
    words: tuple[str, ...]  # the tag split into neutral lower-case words
    description: str | None  # the tag's description
    operations: tuple[Operation, ...]  # the operations tagged so, in spec order


@dataclass(frozen=True)
class SecurityUse:
    """One scheme of a security requirement, with the scopes it asks for (OAuth2/OpenID)."""

    scheme: str  # name of an Auth in Api.auth
    scopes: tuple[str, ...] = ()  # the scopes the requirement lists (OAuth2/OpenID; else empty)


@dataclass(frozen=True)
class OAuthFlow:
    """One declared OAuth2 flow. A client can fetch tokens itself only with clientCredentials."""

    flow: Literal["clientCredentials", "authorizationCode", "implicit", "password"]  # the flow
    token_url: str | None = None  # tokenUrl (may be relative to the server)
    authorization_url: str | None = None  # authorizationUrl
    refresh_url: str | None = None  # refreshUrl
    scopes: tuple[str, ...] = ()  # the scope names the flow declares


@dataclass(frozen=True)
class Auth:
    name: str  # the securitySchemes key
    kind: Literal["bearer", "basic", "api_key"]  # how the credential goes on the wire
    location: str | None = None  # api_key: header | query | cookie
    parameter: str | None = None  # api_key: the header/query/cookie name
    description: str | None = None  # the spec's description
    scheme_type: str = ""  # the spec's type: http | apiKey | oauth2 | openIdConnect
    flows: tuple[OAuthFlow, ...] = ()  # oauth2: the declared flows


@dataclass(frozen=True)
class ServerVariable:
    name: str  # as in the spec (``{region}`` in the URL template)
    words: tuple[str, ...]  # the name split into neutral lower-case words
    default: str  # the spec's default (a server variable always has one)
    enum: tuple[str, ...] = ()  # the allowed values, when the spec lists them
    description: str | None = None  # the spec's description


@dataclass(frozen=True)
class Server:
    url: str  # the URL with every variable at its default
    description: str | None  # the spec's description
    template: str = ""  # the URL as written, with ``{variable}`` placeholders
    variables: tuple[ServerVariable, ...] = ()  # the URL template's variables
    #: a name to select it by: the spec's ``name`` (3.2) or ``x-name``, else from the description,
    #: else ``server N``; unique within the API
    words: tuple[str, ...] = ()
    #: the URL has no scheme and host (``/api/v3``): relative to wherever the spec is served
    relative: bool = False


@dataclass(frozen=True)
class Skipped:
    """Something in the spec the IR could not represent, and why (never dropped silently)."""

    pointer: str  # JSON pointer of what was skipped
    reason: str  # why the IR cannot represent it


@dataclass(frozen=True)
class Api:
    title: str  # info.title
    version: str  # info.version (the API's version, not the IR's)
    description: str | None  # info.description
    openapi: str  # the spec's openapi version (3.0.x or 3.1.x)
    servers: tuple[Server, ...]  # servers, in spec order
    auth: tuple[Auth, ...]  # the security schemes the IR can represent
    resources: tuple[Resource, ...]  # one per tag (untagged operations share one), in spec order
    schemas: tuple[Schema, ...]  # named schemas: components/schemas plus hoisted inline ones
    options: dict[str, str] = field(default_factory=dict)  # from info.x-clientgen
    skipped: tuple[Skipped, ...] = ()  # what the IR could not represent, with reasons
    security: tuple[tuple[SecurityUse, ...], ...] = ()  # the document's default requirements
    ir_version: str = IR_VERSION  # MAJOR.MINOR.PATCH of this IR (see CHANGELOG.md)

    def to_dict(self) -> dict[str, Any]:
        """The serialised IR: plain JSON data (what ``clientgen ir`` prints and templates get)."""
        # the same data as json.loads(self.to_json()); without indent json uses its C encoder,
        # which walks the tree itself and asks _fields_of only for the dataclasses
        data: dict[str, Any] = json.loads(json.dumps(self, ensure_ascii=False, default=_fields_of))
        return data

    def to_json(self) -> str:
        return json.dumps(_plain(self), indent=2, ensure_ascii=False, default=str) + "\n"


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives to ``json.dumps``, without its deep copies (the JSON
    text is a copy already): dataclasses as dicts of their fields, tuples as lists."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _fields_of(value: Any) -> Any:
    """What ``_plain`` makes of a value json cannot encode, one level deep (json encodes the
    fields' values): a dataclass's fields as a dict; anything else as ``str`` (``default=str``)."""
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(cls) or isinstance(value, type):
            return str(value)
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return {name: getattr(value, name) for name in names}


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}
