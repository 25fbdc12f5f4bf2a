"""Forward-compatible discriminated unions: a variant the client does not know yet still parses.

In a response, an object whose discriminator names no known variant (a provider added after this
client was generated) becomes an instance of the union's `Unknown...` class, which keeps every field
it came with (`model_extra`, and the discriminator itself). Requests stay strict: a body naming an
unknown variant is refused before it is sent, and an unknown-variant object cannot be sent back.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any

import pydantic

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
