"""Forward-compatible discriminated unions: a variant the client does not know yet still parses.
And oneOf unions without a discriminator: an ambiguous request value is refused (see OneOf).

In a response, an object whose discriminator names no known variant (a provider added after this
client was generated) becomes an instance of the union's `Unknown...` class, which keeps every field
it came with (`model_extra`, and the discriminator itself). Requests stay strict: a body naming an
unknown variant is refused before it is sent, and an unknown-variant object cannot be sent back.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Literal

import pydantic
import pydantic_core

#: Validation context key the client sets when it parses a response body.
RESPONSE_CONTEXT = "clientgen.response"
_UNKNOWN_OK = "clientgen.unknown-variant"


class UnknownVariant(pydantic.BaseModel):
    """A variant of a discriminated union this client does not know; all its data is kept."""

    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)

    @pydantic.model_validator(mode="before")
    @classmethod
    def _only_from_responses(cls, value: Any, info: pydantic.ValidationInfo) -> Any:
        if info.context and info.context.get(_UNKNOWN_OK):
            return value
        raise ValueError("the discriminator names no variant this client knows")


class OpenUnion:
    """Wrap validator of a discriminated union's unknown-variant branch, which is tried only when
    the strict union of the known variants refused the value (so a known variant costs no Python
    call): in a response, an unknown discriminator value becomes the unknown-variant class;
    anything else is refused here too."""

    def __init__(
        self, prop: str, unknown: type[UnknownVariant], *members: type[pydantic.BaseModel]
    ) -> None:
        self.prop = prop
        self.unknown = unknown
        self.members = members
        self._tags: frozenset[str] | None = None
        self.__name__ = unknown.__name__  # how pydantic names the branch in its errors

    def tags(self) -> frozenset[str]:
        """The discriminator values of the known variants (read from their models, once)."""
        if self._tags is None:
            tags: set[str] = set()
            for cls in self.members:
                for name, field in cls.model_fields.items():
                    if (field.alias or name) == self.prop:
                        args = typing.get_args(field.annotation)
                        tags.update(a for a in args if isinstance(a, str))
            self._tags = frozenset(tags)
        return self._tags

    def __call__(
        self,
        value: Any,
        handler: pydantic.ValidatorFunctionWrapHandler,
        info: pydantic.ValidationInfo,
    ) -> Any:
        response = bool(info.context and info.context.get(RESPONSE_CONTEXT))
        if isinstance(value, UnknownVariant):
            if response and isinstance(value, self.unknown):
                return value
            raise ValueError(
                f"{type(value).__name__} is an unknown variant read from a response; it cannot be sent"
            )
        if response and isinstance(value, Mapping):
            tag = value.get(self.prop)
            if isinstance(tag, str) and tag not in self.tags():
                # the fields every variant shares are still checked (and parsed: dates, models)
                context = {**(info.context or {}), _UNKNOWN_OK: True}
                return self.unknown.model_validate(value, context=context)
        return handler(value)


_CHECKING = "clientgen.one-of-check"

#: The model classes whose schema forbids properties it does not name (additionalProperties:
#: false). They still keep unknown fields of a response (`model_extra`), but when a request value
#: is matched against a oneOf union's variants such a class accepts no property it does not name.
CLOSED: frozenset[str] = frozenset()


def _type_name(tp: Any) -> str:
    if typing.get_origin(tp) is Literal:  # an enum: its values
        return str(tp).replace("typing.", "")
    return str(getattr(tp, "__name__", None) or tp).replace("typing.", "")


def _string_enum(tp: Any) -> bool:
    """Whether a type is the known values of an open string enum (two or more strings)."""
    if typing.get_origin(tp) is not Literal:
        return False
    args = typing.get_args(tp)
    return len(args) >= 2 and all(isinstance(a, str) for a in args)


def _regrouped(members: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """(name, type) of a oneOf union's variants. An open string enum is written
    `Literal['a', 'b'] | str`, and a union of such enums flattens to `Literal[...] | str |
    Literal[...]`: each string enum becomes `Literal[...] | str` again, and the lone `str` goes."""
    if str not in members or not any(_string_enum(m) for m in members):
        return [(_type_name(m), m) for m in members]
    return [
        (_type_name(m), typing.Union[m, str] if _string_enum(m) else m)  # noqa: UP007
        for m in members
        if m is not str
    ]


def _unwrapped(tp: Any) -> Any:
    """A type without its alias (TypeAliasType) and Annotated layers."""
    for _ in range(32):
        if typing.get_origin(tp) is Annotated:
            tp = typing.get_args(tp)[0]
        elif hasattr(tp, "__value__") and not isinstance(tp, type):
            tp = tp.__value__
        else:
            break
    return tp


def _known_values(members: tuple[Any, ...]) -> frozenset[str] | None:
    """The known values of an open string enum among a union's members (`Literal[...] | str`)."""
    if str not in members:
        return None
    values = [a for m in members if typing.get_origin(m) is Literal for a in typing.get_args(m)]
    return frozenset(v for v in values if isinstance(v, str)) or None


_CONTAINERS = (list, tuple, Sequence, dict, Mapping)


def _known_ok(value: Any, tp: Any, depth: int = 0) -> bool:
    """Whether every string a value holds where the type is an open string enum
    (`Literal['a', 'b'] | str`) is one of the enum's known values, at any depth (models, lists,
    maps). Strict validation lets any string through an open enum (the API may add values)."""
    if depth > 64 or value is None:
        return True
    if isinstance(value, pydantic.BaseModel):
        fields = type(value).model_fields
        return all(
            _known_ok(getattr(value, name), f.annotation, depth + 1) for name, f in fields.items()
        )
    tp = _unwrapped(tp)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        members = typing.get_args(tp)
        if isinstance(value, str):
            known = _known_values(members)
            return known is None or value in known
        if isinstance(value, (list, tuple, dict)):
            fits = [m for m in members if typing.get_origin(_unwrapped(m)) in _CONTAINERS]
            return not fits or any(_known_ok(value, m, depth + 1) for m in fits)
        return True
    args = typing.get_args(tp)
    if isinstance(value, (list, tuple)) and origin in (list, tuple, Sequence) and args:
        return all(_known_ok(item, args[0], depth + 1) for item in value)
    if isinstance(value, dict) and origin in (dict, Mapping) and len(args) == 2:
        return all(_known_ok(item, args[1], depth + 1) for item in value.values())
    return True


def _wire_json(value: Any) -> bytes | None:
    """The JSON a value goes on the wire as (None when it cannot be serialised, a file, say)."""
    try:
        if isinstance(value, pydantic.BaseModel):
            return value.model_dump_json(by_alias=True, exclude_unset=True).encode()
        return pydantic_core.to_json(value, by_alias=True)
    except (pydantic_core.PydanticSerializationError, TypeError, ValueError):
        return None


def _closed_extra(value: Any, depth: int = 0) -> str | None:
    """The first property a model in a value (at any depth) holds although its class is in CLOSED
    and its schema does not name it (None when there is none)."""
    if not CLOSED or depth > 64:
        return None
    if isinstance(value, pydantic.BaseModel):
        if value.model_extra and type(value).__name__ in CLOSED:
            return next(iter(value.model_extra))
        items: Any = (getattr(value, name) for name in type(value).model_fields)
    elif isinstance(value, (list, tuple)):
        items = value
    elif isinstance(value, dict):
        items = value.values()
    else:
        return None
    return next((x for x in (_closed_extra(i, depth + 1) for i in items) if x is not None), None)


def _reason(exc: Exception) -> str:
    """Why a value does not match a variant, in a few words: the first error and where."""
    if isinstance(exc, pydantic.ValidationError) and exc.errors():
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        return f"{where}: {error['msg']}" if where else str(error["msg"])
    return str(exc)


class OneOf:
    """Wrap validator of a `oneOf` union without a discriminator.

    Requests: a value must match exactly one variant. A value matches a variant when its JSON
    validates against it without conversions (a string is no boolean, 3 is both an integer and a
    number, a class whose schema has additionalProperties false takes no other property);
    read-only properties of a request view are accepted and never sent. An open string enum
    (`Literal['a', 'b'] | str`) takes its known values first: only when no variant takes the value
    that way does an enum take any string (a value the API may have added since). A value that
    more than one variant matches is refused before it is sent (the server could read it as
    either: it is ambiguous); so is a value that no variant matches, with each variant's reason.
    A value exactly one variant matches becomes that variant, unconverted.

    Responses: the data becomes the first variant, left to right in the spec's order, that it
    matches without conversions (JSON types as they are; known enum values first); when none
    does, the first that accepts it with conversions (a number in a string, say).
    """

    def __init__(self, name: str, variants: Callable[[], tuple[Any, ...]]) -> None:
        self.name = name
        self._variants = variants
        self._adapters: list[tuple[str, pydantic.TypeAdapter[Any], Any]] | None = None

    def adapters(self) -> list[tuple[str, pydantic.TypeAdapter[Any], Any]]:
        """(name, adapter, type) of each variant, left to right."""
        if self._adapters is None:
            self._adapters = [
                (name, pydantic.TypeAdapter(tp), tp) for name, tp in _regrouped(self._variants())
            ]
        return self._adapters

    def _matching(
        self, text: bytes, context: Mapping[str, Any], known: bool, reasons: list[str] | None = None
    ) -> list[tuple[int, Any]]:
        """(index, value) of each variant the JSON text validates against without conversions;
        with `known`, open enums take only their known values. `reasons` collects why each other
        variant does not match."""
        found = []
        checking = {**context, _CHECKING: "known" if known else "any"}
        for index, (name, ta, tp) in enumerate(self.adapters()):
            try:
                result = ta.validate_json(text, strict=True, context=checking)
            except (pydantic.ValidationError, ValueError) as exc:
                if reasons is not None:
                    reasons.append(f"{name} ({_reason(exc)})")
                continue
            extra = _closed_extra(result)
            if extra is not None:
                if reasons is not None:
                    reasons.append(f"{name} (takes no property {extra!r})")
                continue
            if not known or _known_ok(result, tp):
                found.append((index, result))
        return found

    def _found(self, text: bytes, context: Mapping[str, Any]) -> list[tuple[int, Any]]:
        """The variants a request value's JSON matches: with known enum values, else with any."""
        return self._matching(text, context, True) or self._matching(text, context, False)

    def matches(self, text: bytes, context: Mapping[str, Any]) -> list[str]:
        """The variants the JSON text validates against without conversions."""
        adapters = self.adapters()
        return [adapters[index][0] for index, _ in self._found(text, context)]

    def choose(self, value: Any, context: Mapping[str, Any] | None = None) -> int | None:
        """The index of the one variant a request value matches as JSON (None when it cannot be
        read as JSON: a file, say); a value that more than one variant matches, or none, is
        refused."""
        text = _wire_json(value)
        if text is None:
            return None
        context = context or {}
        found = self._matching(text, context, True)
        if not found:
            reasons: list[str] = []
            found = self._matching(text, context, False, reasons)
            if not found:
                raise ValueError(
                    f"no variant of {self.name} accepts the value: {'; '.join(reasons)}; oneOf "
                    f"needs exactly one to match"
                )
        if len(found) > 1:
            names = ", ".join(self.adapters()[index][0] for index, _ in found)
            raise ValueError(
                f"ambiguous {self.name}: the value matches {names}, and oneOf needs exactly one "
                f"to match; pass a value that only one variant accepts"
            )
        return found[0][0]

    def check(self, value: Any, context: Mapping[str, Any] | None = None) -> None:
        """Refuse a request value that matches more than one variant, or none."""
        self.choose(value, context)

    def __call__(
        self,
        value: Any,
        handler: pydantic.ValidatorFunctionWrapHandler,
        info: pydantic.ValidationInfo,
    ) -> Any:
        context = info.context or {}
        if value is None:
            return handler(value)
        checking = context.get(_CHECKING)
        if checking:
            # inside a variant being matched: the first variant this part matches as JSON
            text = _wire_json(value)
            found = self._matching(text, context, checking == "known") if text is not None else []
            return found[0][1] if found else handler(value)
        if context.get(RESPONSE_CONTEXT):
            text = _wire_json(value)
            if text is not None:
                first: list[Any] = []  # the first strict match, when none takes known values
                for _, ta, tp in self.adapters():
                    try:
                        result = ta.validate_json(text, strict=True, context=context)
                    except (pydantic.ValidationError, ValueError):
                        continue
                    if _known_ok(result, tp):
                        return result
                    first = first or [result]
                if first:
                    return first[0]
            for _, ta, _ in self.adapters():
                try:
                    return ta.validate_python(value, context=context)
                except (pydantic.ValidationError, ValueError):
                    continue
            return handler(value)  # none fits: pydantic's error names every variant
        index = self.choose(value, context)
        if index is None:
            return handler(value)  # not JSON (a file): pydantic checks it
        _, ta, _ = self.adapters()[index]
        try:
            return ta.validate_python(value, context=context)
        except pydantic.ValidationError:
            if not isinstance(value, pydantic.BaseModel):
                raise
            # a model of another class (its JSON is what this variant matched)
            return ta.validate_json(_wire_json(value) or b"null", context=context)
