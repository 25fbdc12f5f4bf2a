"""How values go on the wire: parameter styles (OpenAPI 3.1 section 4.8.12), form and multipart
bodies.

Every location renders scalars the same way: booleans as `true`/`false`, whole numbers without a
fraction, dates and times in ISO 8601, enums by their value. Values are percent-encoded so that a
value can never add a path segment, a query parameter or a cookie. Header values are sent as they
are, so they are checked instead: header values must be ASCII without control characters (no
CR, LF, NUL or tab, nothing beyond U+007E); any other value raises InvalidHeaderError before the
request is sent. Leading and trailing spaces are dropped (they are not part of a header value).
"""

from __future__ import annotations

import datetime
import enum
import io
import json
import mimetypes
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Annotated, Any, TypeAlias
from urllib.parse import quote

import pydantic
import pydantic_core

from .errors import InvalidHeaderError

__all__ = [
    "HEADER_RULE",
    "FileInput",
    "FilePart",
    "Styled",
    "check_header",
    "check_header_name",
    "cookie_header",
    "encode_form",
    "encode_path",
    "encode_query",
    "header_value",
    "multipart_parts",
    "plain",
    "scalar",
]

#: characters a query value keeps unencoded with `allowReserved` (never `&`, `=` or `#`, which
#: would end the value)
_RESERVED_SAFE = ":/?[]@!$'()*+,;"
#: RFC 6265 cookie-octets, less `%` (so that encoded values decode unambiguously)
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


@dataclass(frozen=True)
class Styled:
    """A parameter value with its serialisation (the spec's `style` and `explode`).

    A plain value is sent with the location's default: `form`, exploded, in the query and in
    cookies; `simple`, not exploded, in the path and in headers.
    """

    value: Any
    style: str
    explode: bool
    allow_reserved: bool = False
    content_type: str | None = None  # a parameter given by `content`: sent as JSON text


@dataclass(frozen=True)
class FilePart:
    """A file for a multipart body: a name for the server, the bytes, and a media type."""

    filename: str | None
    content: bytes
    content_type: str


def scalar(value: Any) -> str:
    """The text of a single value, the same in every location."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return str(pydantic_core.to_jsonable_python(value))  # as in JSON bodies: ...T12:00:00Z
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def plain(value: Any) -> Any:
    """Models, mappings and sequences as plain JSON-ready data (wire names, set fields only)."""
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _q(text: str, safe: str = "") -> str:
    return quote(text, safe=safe)


def _styled(value: Any, style: str, explode: bool) -> Styled:
    return value if isinstance(value, Styled) else Styled(value, style, explode)


# -- query --------------------------------------------------------------------------------------


def encode_query(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Encoded (name, value) pairs for the set parameters, in order; join them with `=` and `&`."""
    pairs: list[tuple[str, str]] = []
    for name, raw in params.items():
        p = _styled(raw, "form", True)
        if p.value is None:
            continue
        key = _q(name)
        safe = _RESERVED_SAFE if p.allow_reserved else ""
        if p.content_type is not None:
            text = json.dumps(plain(p.value), separators=(",", ":"), ensure_ascii=False)
            pairs.append((key, _q(text, safe)))
            continue
        value = plain(p.value)
        if p.style == "deepObject":
            pairs.extend(_deep(key, value, safe))
        elif isinstance(value, list):
            items = [_q(scalar(v), safe) for v in value]
            if p.explode:
                pairs.extend((key, item) for item in items)
            elif items:
                pairs.append((key, _DELIMITERS.get(p.style, ",").join(items)))
        elif isinstance(value, dict):
            if p.explode:
                pairs.extend((_q(k), _q(scalar(v), safe)) for k, v in value.items())
            elif value:
                flat = [_q(x, safe) for k, v in value.items() for x in (k, scalar(v))]
                pairs.append((key, _DELIMITERS.get(p.style, ",").join(flat)))
        else:
            pairs.append((key, _q(scalar(value), safe)))
    return pairs


_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}


def _deep(prefix: str, value: Any, safe: str = "") -> list[tuple[str, str]]:
    """`name[key][sub]=v`, arrays indexed: `name[0]=a` (the bracket convention servers parse)."""
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for k, v in value.items():
            out.extend(_deep(f"{prefix}[{_q(str(k))}]", v, safe))
        return out
    if isinstance(value, list):
        out = []
        for i, v in enumerate(value):
            out.extend(_deep(f"{prefix}[{i}]", v, safe))
        return out
    return [(prefix, _q(scalar(value), safe))]


# -- path ---------------------------------------------------------------------------------------


def encode_path(template: str, params: Mapping[str, Any]) -> str:
    """Fill a path template; every value is percent-encoded (it cannot add path segments)."""
    path = template
    for name, raw in params.items():
        if type(raw) is str:  # the common case (an ID), style simple: just percent-encoded
            text = _q(raw)
        else:
            text = _path_value(name, _styled(raw, "simple", False))
        path = path.replace("{" + name + "}", text)
    return path


def _path_value(name: str, p: Styled) -> str:
    value = plain(p.value)
    if p.content_type is not None:
        return _q(json.dumps(value, separators=(",", ":"), ensure_ascii=False))
    if isinstance(value, list):
        items = [_q(scalar(v)) for v in value]
        if p.style == "label":
            return "." + ("." if p.explode else ",").join(items)
        if p.style == "matrix":
            if p.explode:
                return "".join(f";{_q(name)}={item}" for item in items)
            return f";{_q(name)}=" + ",".join(items)
        return ",".join(items)
    if isinstance(value, dict):
        if p.explode:
            flat = [f"{_q(k)}={_q(scalar(v))}" for k, v in value.items()]
        else:
            flat = [_q(x) for k, v in value.items() for x in (k, scalar(v))]
        if p.style == "label":
            return "." + ("." if p.explode else ",").join(flat)
        if p.style == "matrix":
            return "".join(";" + f for f in flat) if p.explode else f";{_q(name)}=" + ",".join(flat)
        return ",".join(flat)
    text = _q(scalar(value))
    if p.style == "label":
        return "." + text
    if p.style == "matrix":
        return f";{_q(name)}={text}"
    return text


# -- headers and cookies ------------------------------------------------------------------------

#: what every header value sent is checked against (the same words in every target)
HEADER_RULE = "header values must be ASCII without control characters"
#: RFC 9110 token characters, the only ones a header name may have
_TCHAR = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def check_header(what: str, text: str) -> str:
    """`text` as a header value (leading and trailing spaces are not part of one, RFC 9110
    section 5.5: they are dropped, as fetch does); InvalidHeaderError naming `what` and the first
    character that cannot be sent (never the value: it may be a credential)."""
    if text.isascii() and text.isprintable():  # printable ASCII: U+0020 to U+007E
        return text.strip(" ")
    index, char = next((i, c) for i, c in enumerate(text) if not (" " <= c <= "~"))
    raise InvalidHeaderError(
        f"{what}: {HEADER_RULE}; found {char!r} (U+{ord(char):04X}) at position {index}"
    )


def check_header_name(what: str, name: str) -> str:
    """`name` if it is a valid header name (a token); else InvalidHeaderError."""
    if not name or not _TCHAR.issuperset(name):
        raise InvalidHeaderError(
            f"{what}: {name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)"
        )
    return name


def header_value(name: str, raw: Any) -> str | None:
    """A header parameter's text (style simple); None when unset. A value that is not ASCII or has
    a control character raises InvalidHeaderError."""
    p = _styled(raw, "simple", False)
    if p.value is None:
        return None
    value = plain(p.value)
    if p.content_type is not None:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    elif isinstance(value, list):
        text = ",".join(scalar(v) for v in value)
    elif isinstance(value, dict):
        if p.explode:
            text = ",".join(f"{k}={scalar(v)}" for k, v in value.items())
        else:
            text = ",".join(x for k, v in value.items() for x in (k, scalar(v)))
    else:
        text = scalar(value)
    return check_header(f"header parameter {name!r}", text)


def cookie_pairs(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Encoded (name, value) cookies: `;`, `,`, spaces, quotes and controls are percent-encoded."""
    out: list[tuple[str, str]] = []
    for name, raw in params.items():
        p = _styled(raw, "form", True)
        if p.value is None:
            continue
        key = _q(name, _COOKIE_SAFE.replace("=", ""))
        value = plain(p.value)
        if p.content_type is not None:
            out.append((key, _q(json.dumps(value, separators=(",", ":")), _COOKIE_SAFE)))
        elif isinstance(value, list):
            items = [_q(scalar(v), _COOKIE_SAFE) for v in value]
            if p.explode:
                out.extend((key, item) for item in items)
            else:
                out.append((key, ",".join(items)))
        elif isinstance(value, dict):
            if p.explode:
                out.extend(
                    (_q(k, _COOKIE_SAFE.replace("=", "")), _q(scalar(v), _COOKIE_SAFE))
                    for k, v in value.items()
                )
            else:
                flat = [_q(x, _COOKIE_SAFE) for k, v in value.items() for x in (k, scalar(v))]
                out.append((key, ",".join(flat)))
        else:
            out.append((key, _q(scalar(value), _COOKIE_SAFE)))
    return out


def cookie_header(pairs: Iterable[tuple[str, str]]) -> str:
    return "; ".join(f"{k}={v}" for k, v in pairs)


# -- bodies -------------------------------------------------------------------------------------


def encode_form(data: Any, encodings: Mapping[str, tuple[str, bool, bool]]) -> bytes:
    """An application/x-www-form-urlencoded body from JSON-ready data.

    `encodings` maps a property to its (style, explode, allowReserved) from the media type's
    `encoding` (style "" when none is declared). Objects go in brackets with deepObject
    (`metadata[order_id]=6735`) and when no style is declared (the spec's default, form, would
    drop the property's name); arrays of scalars repeat the name (`tags=a&tags=b`) unless their
    style says otherwise (deepObject: `expand[0]=a&expand[1]=b`); arrays of objects or arrays
    are indexed in brackets unless a style is declared (`items[0][price]=p1`, never JSON text).
    Deeper levels nest the same way.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in (plain(data) or {}).items():
        style, explode, reserved = encodings.get(name, ("", True, False))
        safe = _RESERVED_SAFE if reserved else ""
        key = _form_q(name)
        if value is None:
            pairs.append((key, ""))
        elif style == "deepObject" or (not style and _structured(value)):
            pairs.extend((k, v.replace("%20", "+")) for k, v in _deep(key, value, safe))
        elif isinstance(value, list):
            items = [_form_q(scalar(v), safe) for v in value]
            if explode:
                pairs.extend((key, item) for item in items)
            else:
                delimiter = {"spaceDelimited": "+", "pipeDelimited": "%7C"}.get(style, ",")
                pairs.append((key, delimiter.join(items)))
        elif isinstance(value, dict) and explode:
            pairs.extend((_form_q(k), _form_q(scalar(v), safe)) for k, v in value.items())
        elif isinstance(value, dict):
            flat = [_form_q(x, safe) for k, v in value.items() for x in (k, scalar(v))]
            pairs.append((key, ",".join(flat)))
        else:
            pairs.append((key, _form_q(scalar(value), safe)))
    return "&".join(f"{k}={v}" for k, v in pairs).encode("ascii")


def _structured(value: Any) -> bool:
    """An object, or an array holding objects or arrays: what goes in brackets by default."""
    if isinstance(value, dict):
        return True
    return isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)


def _form_q(text: str, safe: str = "") -> str:
    return quote(text, safe=safe).replace("%20", "+")


def file_part(field: str, value: Any, content_type: str | None = None) -> FilePart:
    """A file from bytes, a file object, a path, or an httpx-style (filename, content[, type])."""
    filename: str | None = None
    given_type: str | None = None
    if isinstance(value, tuple) and len(value) in (2, 3):
        filename = None if value[0] is None else str(value[0])
        if len(value) == 3 and value[2] is not None:
            given_type = str(value[2])
        value = value[1]
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        filename = filename or os.path.basename(str(path))
        with open(path, "rb") as fh:
            content = fh.read()
    elif isinstance(value, (bytes, bytearray, memoryview)):
        content = bytes(value)
    elif isinstance(value, str):
        content = value.encode("utf-8")
    elif isinstance(value, (io.IOBase,)) or hasattr(value, "read"):
        name = getattr(value, "name", None)
        if filename is None and isinstance(name, str) and name:
            filename = os.path.basename(name)
        data = value.read()
        content = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    else:
        raise TypeError(
            f"{field}: expected bytes, a file object, a path or a (filename, content) tuple, "
            f"got {type(value).__name__}"
        )
    if filename is None:
        filename = field
    media = given_type or _concrete(content_type)
    if media is None:
        media = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return FilePart(filename, content, media)


def _concrete(content_type: str | None) -> str | None:
    """A declared part type usable as a Content-Type (not `image/*` or a list of choices)."""
    if content_type is None or "*" in content_type or "," in content_type:
        return None
    return content_type.strip()


def _file_input(value: Any) -> Any:
    """Validate a file given to a model field: kept as given, read when the body is sent."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):  # what a bytes field accepts too (a JSON response, say)
        return value.encode("utf-8")
    if _one_file(value):
        return value
    raise ValueError(
        "expected bytes, a file object, a path or a (filename, content[, content_type]) tuple"
    )


if TYPE_CHECKING:
    #: A file for a multipart body: bytes, a binary file object, a path, or an httpx-style
    #: `(filename, content)` / `(filename, content, content_type)` tuple. Model fields of this type
    #: keep the value as given; a file object or path is read when the request is sent.
    FileInput: TypeAlias = (
        bytes
        | IO[bytes]
        | os.PathLike[str]
        | tuple[str | None, bytes | IO[bytes]]
        | tuple[str | None, bytes | IO[bytes], str | None]
    )
else:
    FileInput = Annotated[Any, pydantic.PlainValidator(_file_input)]


def _is_file_input(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike, tuple, io.IOBase)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def _one_file(value: Any) -> bool:
    """A single file value (a (filename, content[, type]) tuple counts as one)."""
    if isinstance(value, tuple):
        return len(value) in (2, 3) and (value[0] is None or isinstance(value[0], str))
    return _is_file_input(value)


def split_files(value: Any, binary: Mapping[str, bool]) -> tuple[Any, dict[str, Any]]:
    """Take file values out of a mapping body before validation.

    Returns the body with empty bytes in their place (so the model validates) and the files by
    wire name. `binary` maps each file property to whether it is an array of files.
    """
    if not isinstance(value, Mapping):
        return value, {}
    rest = dict(value)
    files: dict[str, Any] = {}
    for name, is_array in binary.items():
        item = rest.get(name)
        if item is None:
            continue
        if is_array and not _one_file(item) and isinstance(item, (list, tuple)):
            files[name] = list(item)
            rest[name] = [b"" for _ in item]
        elif is_array:
            files[name] = [item]
            rest[name] = [b""]
        else:
            files[name] = item
            rest[name] = b""
    return rest, files


def model_files(value: Any, binary: Mapping[str, bool]) -> tuple[Any, dict[str, Any]]:
    """Take file values out of a model body (its file fields hold what the caller gave: a path,
    a file object, a tuple). Returns a copy with empty bytes in their place, and the files."""
    if not isinstance(value, pydantic.BaseModel):
        return value, {}
    files: dict[str, Any] = {}
    update: dict[str, Any] = {}
    for name, field in type(value).model_fields.items():
        wire = field.alias or name
        item = getattr(value, name) if name in value.model_fields_set else None
        if wire in binary and item is not None:
            files[wire] = item
            update[name] = [b"" for _ in item] if isinstance(item, list) else b""
    return (value.model_copy(update=update) if update else value), files


def multipart_parts(
    data: Mapping[str, Any],
    files: Mapping[str, Any],
    encodings: Mapping[str, str | None],
) -> list[tuple[str, tuple[str | None, bytes, str | None]]]:
    """httpx `files=` entries: one part per property, one per item for arrays.

    `data` is the validated body (wire names; bytes for file fields given as bytes), `files` the
    file values taken out before validation, `encodings` each property's declared part type.
    """
    parts: list[tuple[str, tuple[str | None, bytes, str | None]]] = []
    for name, value in data.items():
        declared = encodings.get(name)
        if name in files:
            value = files[name]
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if name in files or isinstance(item, (bytes, bytearray)):
                f = file_part(name, item, declared)
                parts.append((name, (f.filename, f.content, f.content_type)))
            elif isinstance(item, (dict, list, pydantic.BaseModel)):
                data_ = pydantic_core.to_jsonable_python(plain(item))
                text = json.dumps(data_, separators=(",", ":"), ensure_ascii=False)
                media = _concrete(declared) or "application/json"
                parts.append((name, (None, text.encode("utf-8"), media)))
            else:
                text = scalar(plain(item))
                parts.append((name, (None, text.encode("utf-8"), _concrete(declared))))
    return parts
