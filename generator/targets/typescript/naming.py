"""TypeScript naming: identifiers from neutral words, reserved words, property keys, collisions."""

from __future__ import annotations

import hashlib
import re

#: ECMAScript reserved words, strict-mode reserved words and TypeScript's own type keywords: never
#: a parameter, type or variable name.
RESERVED = frozenset(
    """
    break case catch class const continue debugger default delete do else enum export extends false
    finally for function if import in instanceof new null return super switch this throw true try
    typeof var void while with implements interface let package private protected public static
    yield await async arguments eval any boolean never number object string symbol undefined
    unknown bigint type namespace module declare abstract as is keyof readonly infer satisfies
    require global of get set constructor
    """.split()
)

#: Global names a generated type must not shadow (the runtime code uses them).
GLOBALS = frozenset(
    """
    Array Object String Number Boolean Date Error Map Set Promise Record Partial Required Readonly
    Pick Omit Exclude Extract NonNullable ReturnType Parameters Awaited Symbol JSON Math RegExp
    Response Request Headers RequestInit AbortSignal AbortController Blob File FormData
    URLSearchParams URL ArrayBuffer Uint8Array TextEncoder TextDecoder ReadableStream TypeError
    DOMException Function BigInt Infinity NaN globalThis fetch setTimeout clearTimeout
    """.split()
)


def is_identifier(name: str) -> bool:
    """An identifier name (usable as an unquoted property key or after a dot); Unicode letters
    count, as in ECMAScript (prettier unquotes such keys too)."""
    return bool(name) and name.replace("$", "_").isidentifier() and name.isprintable()


def camel(words: tuple[str, ...] | list[str]) -> str:
    parts = [re.sub(r"[^0-9A-Za-z]", "", w) for w in words]
    parts = [p for p in parts if p]
    if not parts:
        return "value"
    text = parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if text[0].isdigit():
        text = "n" + text
    return text


def pascal(words: tuple[str, ...] | list[str]) -> str:
    parts = [re.sub(r"[^0-9A-Za-z]", "", w) for w in words]
    text = "".join(p[:1].upper() + p[1:] for p in parts if p) or "Model"
    if text[0].isdigit():
        text = "M" + text
    return text


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base2``, ``base3``... : the first not in ``taken`` (compared ignoring case, so
    two names never differ only in case); records the result in ``taken``."""
    lowered = {t.lower() for t in taken}
    name, n = base, 2
    while name.lower() in lowered:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def type_name(spec_name: str, words: tuple[str, ...], taken: set[str]) -> str:
    """An exported type name: the spec's name when it is a clean PascalCase identifier."""
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", spec_name):
        base = spec_name
    else:
        base = pascal(words) if words else "Model"
    if base in GLOBALS or base.lower() in RESERVED:
        base += "Model"
    return unique(shorten(base), taken)


def member_name(
    words: tuple[str, ...], taken: set[str], reserved: frozenset[str] | set[str]
) -> str:
    """A camelCase method, property or variable name, unique within ``taken``."""
    base = camel(words)
    if base in RESERVED or base in reserved:
        base += "_"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def unique_member(base: str, taken: set[str], reserved: set[str]) -> str:
    """A class member name (reserved words are fine there: ``client.numbers.delete``)."""
    if base in reserved:
        base += "_"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def property_key(name: str) -> str:
    """A property key as written in an interface or object literal: the wire name itself, quoted
    when it is not a plain identifier."""
    from generator.render import tsstr

    return name if is_identifier(name) else tsstr(name)


def member_access(obj: str, name: str) -> str:
    from generator.render import tsstr

    return f"{obj}.{name}" if is_identifier(name) else f"{obj}[{tsstr(name)}]"


def shorten(name: str, limit: int = 60) -> str:
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return name[: limit - 9] + digest
