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
IR_VERSION = "1.0.0"


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

    kind: TypeKind
    primitive: str | None = None  # string | integer | number | boolean | null
    format: str | None = None
    ref: str | None = None
    items: TypeRef | None = None  # array items, map values
    variants: tuple[TypeRef, ...] = ()
    values: tuple[Any, ...] = ()  # enum values
    nullable: bool = False
    discriminator: str | None = None


@dataclass(frozen=True)
class Field:
    name: str  # wire name, exactly as in the spec
    words: tuple[str, ...]
    type: TypeRef
    required: bool
    description: str | None = None
    default: Any = None
    has_default: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, schema name)


@dataclass(frozen=True)
class Schema:
    """A named schema. ``json_schema`` is the source schema with refs pointing at named schemas
    (``#/components/schemas/<name>``), for targets that drive a JSON Schema tool. It is always in
    OpenAPI 3.1 (JSON Schema 2020-12) form: a 3.0 spec's schemas are upgraded first (see upgrade.py)."""

    name: str
    words: tuple[str, ...]
    kind: Literal["object", "union", "enum", "alias"]
    type: TypeRef
    description: str | None
    fields: tuple[Field, ...]
    discriminator: Discriminator | None
    json_schema: Any
    origin: str  # JSON pointer in the source document
    synthetic: bool = False  # hoisted from an inline schema in an operation


@dataclass(frozen=True)
class Parameter:
    name: str
    words: tuple[str, ...]
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    description: str | None = None
    default: Any = None
    has_default: bool = False
    deprecated: bool = False
    explode: bool = True
    style: str = "form"


@dataclass(frozen=True)
class Body:
    content_type: str
    encoding: Literal["json", "form", "multipart", "binary", "text"]
    type: TypeRef
    required: bool
    description: str | None = None


@dataclass(frozen=True)
class Response:
    """One declared response. ``content_type``/``encoding``/``type`` describe the media type a
    client reads by default (JSON first, then form, text, binary; an event stream only when it is
    the only one). For ``encoding == "event-stream"``, ``type`` is the type of one event's data."""

    status: str  # "200", "2XX", "default"
    description: str | None
    content_type: str | None
    encoding: Literal["json", "binary", "text", "none", "event-stream"]
    type: TypeRef | None
    #: every media type the response declares, in spec order (what a client may Accept)
    media_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    words: tuple[str, ...]  # the method name, with the resource's noun removed when possible
    method: str  # upper case
    path: str
    summary: str | None
    description: str | None
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    success: Response | None
    auth: tuple[str, ...]  # names of the auth schemes that apply (any one suffices)
    origin: str
    #: the success response as a server-sent event stream (``text/event-stream``), when a 2xx
    #: response declares one: ``encoding == "event-stream"``, ``type`` is one event's data. When
    #: it is ``success`` itself the operation only streams; otherwise it is a second way to call it.
    stream: Response | None = None


@dataclass(frozen=True)
class Resource:
    name: str  # the tag, as written
    words: tuple[str, ...]
    description: str | None
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Auth:
    name: str
    kind: Literal["bearer", "basic", "api_key"]
    location: str | None = None  # api_key: header | query | cookie
    parameter: str | None = None  # api_key: the header/query/cookie name
    description: str | None = None


@dataclass(frozen=True)
class ServerVariable:
    name: str  # as in the spec (``{region}`` in the URL template)
    words: tuple[str, ...]
    default: str
    enum: tuple[str, ...] = ()  # the allowed values, when the spec lists them
    description: str | None = None


@dataclass(frozen=True)
class Server:
    url: str  # the URL with every variable at its default
    description: str | None
    template: str = ""  # the URL as written, with ``{variable}`` placeholders
    variables: tuple[ServerVariable, ...] = ()
    #: a name to select it by: the spec's ``name`` (3.2) or ``x-name``, else from the description,
    #: else ``server N``; unique within the API
    words: tuple[str, ...] = ()
    #: the URL has no scheme and host (``/api/v3``): relative to wherever the spec is served
    relative: bool = False


@dataclass(frozen=True)
class Skipped:
    """Something in the spec the IR could not represent, and why (never dropped silently)."""

    pointer: str
    reason: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    openapi: str
    servers: tuple[Server, ...]
    auth: tuple[Auth, ...]
    resources: tuple[Resource, ...]
    schemas: tuple[Schema, ...]
    options: dict[str, str] = field(default_factory=dict)  # from info.x-clientgen
    skipped: tuple[Skipped, ...] = ()
    ir_version: str = IR_VERSION  # MAJOR.MINOR.PATCH of this IR (see CHANGELOG.md)

    def to_dict(self) -> dict[str, Any]:
        """The serialised IR: plain JSON data (what ``clientgen ir`` prints and templates get)."""
        data: dict[str, Any] = json.loads(self.to_json())
        return data

    def to_json(self) -> str:
        return (
            json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False, default=str) + "\n"
        )
