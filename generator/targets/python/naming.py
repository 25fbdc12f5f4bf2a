"""Python naming: identifiers from neutral words, reserved words, collisions."""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
from collections.abc import Iterable

#: Names a generated module-level class must not take (they would shadow what models.py imports).
MODEL_RESERVED = {
    "Annotated",
    "Any",
    "AwareDatetime",
    "BaseModel",
    "ConfigDict",
    "Field",
    "Literal",
    "RootModel",
    "TypeAliasType",
    "UUID",
    "date",
    "datetime",
    "time",
    "timedelta",
    "Decimal",
    "Enum",
    "annotations",
    "Optional",
    "Union",
    "List",
    "Dict",
    "AnyUrl",
    "EmailStr",
    "SecretStr",
    "StrictStr",
    "StrictInt",
    "StrictBool",
    "StrictFloat",
    "Path",
    "IPv4Address",
    "IPv6Address",
    "NaiveDatetime",
    "constr",
    "conint",
    "confloat",
    "conlist",
    "Base64Str",
}
#: Names a resource class must not take (what resource modules and client.py import or define).
RESOURCE_RESERVED = {
    "Any",
    "AsyncHttp",
    "AsyncStream",
    "Literal",
    "Mapping",
    "RequestOptions",
    "Self",
    "Stream",
    "SyncHttp",
    "TracebackType",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "cast",
    "datetime",
    "encode_body",
    "encode_multipart",
    "encode_path",
    "httpx",
    "models",
}
#: Parameter names the generated methods use themselves, in their signature or body (a parameter
#: named ``list`` or ``models`` would shadow what ``response_type=list[models.Pet]`` means).
PARAM_RESERVED = {
    "self",
    "body",
    "request_options",
    "cls",
    "result",
    "models",
    "cast",
    "encode_path",
    "encode_body",
    "encode_multipart",
    "list",
    "dict",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "Any",
    "Literal",
    "datetime",
    "Mapping",
}
#: Attribute names of the generated client classes.
CLIENT_RESERVED = {"close", "aclose", "with_options", "base_url", "timeout", "max_retries"}


class Names(set[str]):
    """A set of taken names that also answers, in constant time, whether a name is taken when case
    is ignored (class names must differ by more than case: files and imports on case-insensitive
    filesystems). Plain sets work too, at the cost of lowering every name on each lookup."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        super().__init__(names)
        self.lowered = {n.lower() for n in self}

    def add(self, name: str) -> None:
        super().add(name)
        self.lowered.add(name.lower())

    def update(self, *others: Iterable[str]) -> None:
        for names in others:
            for name in names:
                self.add(name)


def _lowered(taken: set[str]) -> set[str]:
    return taken.lowered if isinstance(taken, Names) else {t.lower() for t in taken}


def snake(words: tuple[str, ...] | list[str]) -> str:
    text = "_".join(w for w in words if w)
    text = re.sub(r"[^0-9a-zA-Z_]", "_", text).strip("_") or "value"
    if text[0].isdigit():
        text = "n_" + text
    return text.lower()


def pascal(words: tuple[str, ...] | list[str]) -> str:
    text = "".join(w[:1].upper() + w[1:] for w in words if w)
    text = re.sub(r"[^0-9a-zA-Z_]", "", text) or "Model"
    if text[0].isdigit():
        text = "M" + text
    return text


def safe_identifier(name: str, reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """Append ``_`` to a keyword, a soft keyword or a reserved name."""
    while keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    return name


def attribute_name(words: tuple[str, ...], taken: set[str], reserved: set[str]) -> str:
    """A snake_case attribute/parameter name, unique within ``taken`` (which it updates)."""
    base = safe_identifier(snake(words), reserved)
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def resource_class_name(words: tuple[str, ...], taken: set[str]) -> str:
    """A resource class name (its async twin adds ``Async``), unique within ``taken``."""
    base = pascal(words)
    if (
        keyword.iskeyword(base)
        or base in RESOURCE_RESERVED
        or "Async" + base in RESOURCE_RESERVED
        or hasattr(builtins, base)
    ):
        base += "Resource"
    name, n = base, 2
    lowered = _lowered(taken)
    while name.lower() in lowered or ("Async" + name).lower() in lowered:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    taken.add("Async" + name)
    return name


def class_name(spec_name: str, words: tuple[str, ...], taken: set[str]) -> str:
    """A model class name: the spec's name when it is already a clean PascalCase identifier, else
    PascalCase from its words.

    Underscores are never kept: datamodel-code-generator turns ``Body_upload`` into ``BodyUpload``,
    and the class names given to it must come back unchanged.
    """
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", spec_name):
        base = spec_name
    else:
        base = pascal(words) if words else "Model"
    if keyword.iskeyword(base) or base in MODEL_RESERVED or hasattr(builtins, base):
        base += "Model"
    name, n = base, 2
    lowered = _lowered(taken)
    while name.lower() in lowered:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def shorten(name: str, limit: int = 60) -> str:
    """Keep names that become file names well inside filesystem limits (a hash keeps them apart)."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return name[: limit - 9].rstrip("_") + "_" + digest
