"""Forward-compatible discriminated unions: a variant the client does not know yet still parses.
And oneOf unions without a discriminator: an ambiguous request value is refused (see OneOf).

In a response, an object whose discriminator names no known variant (a provider added after this
client was generated) becomes an instance of the union's `Unknown...` class, which keeps every field
it came with (`model_extra`, and the discriminator itself). Requests stay strict: a body naming an
unknown variant is refused before it is sent, and an unknown-variant object cannot be sent back.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import Any

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
    return str(getattr(tp, "__name__", None) or tp).replace("typing.", "")


def _wire_json(value: Any) -> bytes | None:
    """The JSON a value goes on the wire as (None when it cannot be serialised, a file, say)."""
    try:
        if isinstance(value, pydantic.BaseModel):
            return value.model_dump_json(by_alias=True, exclude_unset=True).encode()
        return pydantic_core.to_json(value, by_alias=True)
    except (pydantic_core.PydanticSerializationError, TypeError, ValueError):
        return None


def _closed_ok(value: Any, depth: int = 0) -> bool:
    """Whether no model in a value (at any depth) is of a class in CLOSED and holds a property
    its schema does not name."""
    if not CLOSED or depth > 64:
        return True
    if isinstance(value, pydantic.BaseModel):
        if value.model_extra and type(value).__name__ in CLOSED:
            return False
        return all(_closed_ok(getattr(value, name), depth + 1) for name in type(value).model_fields)
    if isinstance(value, (list, tuple)):
        return all(_closed_ok(item, depth + 1) for item in value)
    if isinstance(value, dict):
        return all(_closed_ok(item, depth + 1) for item in value.values())
    return True


class OneOf:
    """Wrap validator of a `oneOf` union without a discriminator.

    Requests: a value that matches more than one variant is refused before it is sent (the server
    could read it as either: it is ambiguous). A value matches a variant when its JSON validates
    against it without conversions (a string is no boolean, 3 is both an integer and a number, a
    class whose schema has additionalProperties false takes no other property); read-only
    properties of a request view are accepted and never sent. A value exactly one variant
    matches becomes that variant; a value none matches is left to pydantic's conversions (or its
    error naming every variant).

    Responses: the data becomes the first variant, left to right in the spec's order, that it
    matches without conversions (JSON types as they are); when none does, the first that accepts
    it with conversions (a number in a string, say).
    """

    def __init__(self, name: str, variants: Callable[[], tuple[Any, ...]]) -> None:
        self.name = name
        self._variants = variants
        self._adapters: list[tuple[str, pydantic.TypeAdapter[Any]]] | None = None

    def adapters(self) -> list[tuple[str, pydantic.TypeAdapter[Any]]]:
        if self._adapters is None:
            self._adapters = [(_type_name(v), pydantic.TypeAdapter(v)) for v in self._variants()]
        return self._adapters

    def _matching(self, text: bytes, context: Mapping[str, Any]) -> list[tuple[int, Any]]:
        """(index, value) of each variant the JSON text validates against without conversions."""
        found = []
        checking = {**context, _CHECKING: True}
        for index, (_, ta) in enumerate(self.adapters()):
            try:
                result = ta.validate_json(text, strict=True, context=checking)
            except (pydantic.ValidationError, ValueError):
                continue
            if _closed_ok(result):
                found.append((index, result))
        return found

    def matches(self, text: bytes, context: Mapping[str, Any]) -> list[str]:
        """The variants the JSON text validates against without conversions."""
        adapters = self.adapters()
        return [adapters[index][0] for index, _ in self._matching(text, context)]

    def choose(self, value: Any, context: Mapping[str, Any] | None = None) -> int | None:
        """The index of the one variant a request value matches as JSON (None when none does, or
        when it cannot be read as JSON); a value that more than one matches is refused."""
        text = _wire_json(value)
        if text is None:
            return None
        found = self._matching(text, context or {})
        if len(found) > 1:
            names = ", ".join(self.adapters()[index][0] for index, _ in found)
            raise ValueError(
                f"ambiguous {self.name}: the value matches {names}, and oneOf needs exactly one "
                f"to match; pass a value that only one variant accepts"
            )
        return found[0][0] if found else None

    def check(self, value: Any, context: Mapping[str, Any] | None = None) -> None:
        """Refuse a request value that matches more than one variant."""
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
        if context.get(_CHECKING):
            # inside a variant being matched: the first variant this part matches as JSON
            text = _wire_json(value)
            found = self._matching(text, context) if text is not None else []
            return found[0][1] if found else handler(value)
        if context.get(RESPONSE_CONTEXT):
            text = _wire_json(value)
            if text is not None:
                for _, ta in self.adapters():
                    try:
                        return ta.validate_json(text, strict=True, context=context)
                    except (pydantic.ValidationError, ValueError):
                        continue
            for _, ta in self.adapters():
                try:
                    return ta.validate_python(value, context=context)
                except (pydantic.ValidationError, ValueError):
                    continue
            return handler(value)  # none fits: pydantic's error names every variant
        index = self.choose(value, context)
        if index is None:
            return handler(value)  # no variant as JSON: pydantic converts it, or says why not
        _, ta = self.adapters()[index]
        try:
            return ta.validate_python(value, context=context)
        except pydantic.ValidationError:
            if not isinstance(value, pydantic.BaseModel):
                raise
            # a model of another class (its JSON is what this variant matched)
            return ta.validate_json(_wire_json(value) or b"null", context=context)
