"""The names a target gives to what a spec declares: the per-target naming interface.

Tools that talk about emitted clients without rendering them (``clientgen diff``) ask each target
for its names through this small interface. A target provides it in
``generator/targets/<lang>/names.py`` as ``client_names(api: Api) -> ClientNames``; every method
returns the name as a user of that client writes it, or ``None`` when the client has no such thing.

A target without that module gets :class:`ConventionalNames`, a guess from the target's usual
casing (so a report can still speak about it), marked ``exact = False``.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from typing import Protocol

from generator.ir.model import Api
from generator.ir.words import split_words


class ClientNames(Protocol):
    #: the target's language, as given to ``--lang``
    language: str
    #: True when the names are the ones the target really emits (not a casing guess)
    exact: bool

    def package(self) -> str:
        """What users import (python: the import name; typescript: the module)."""
        ...

    def client(self) -> str:
        """The client class users construct."""
        ...

    def operation(self, operation_id: str) -> str | None:
        """The method, reached from the client: ``phone_numbers.create``."""
        ...

    def parameter(self, operation_id: str, location: str, name: str) -> str | None:
        """The argument the method takes for the parameter ``name`` in ``location``."""
        ...

    def type(self, schema: str) -> str | None:
        """The type emitted for the named schema ``schema`` (components and hoisted ones)."""
        ...

    def field(self, name: str) -> str:
        """The attribute a property with wire name ``name`` becomes."""
        ...


def _camel(words: tuple[str, ...]) -> str:
    text = "".join((w if i == 0 else w[:1].upper() + w[1:]) for i, w in enumerate(words) if w)
    text = re.sub(r"[^0-9A-Za-z_$]", "", text) or "value"
    return "_" + text if text[0].isdigit() else text


def _pascal(words: tuple[str, ...]) -> str:
    text = re.sub(r"[^0-9A-Za-z_$]", "", "".join(w[:1].upper() + w[1:] for w in words)) or "Model"
    return "M" + text if text[0].isdigit() else text


class ConventionalNames:
    """camelCase members, PascalCase types, wire names for fields: the common TypeScript style."""

    exact = False

    def __init__(self, api: Api, language: str) -> None:
        self.language = language
        self.api = api
        self._ops: dict[str, str] = {}
        self._params: dict[tuple[str, str, str], str] = {}
        for res in api.resources:
            attr = _camel(res.words or ("default",))
            for op in res.operations:
                self._ops[op.operation_id] = f"{attr}.{_camel(op.words)}"
                for p in op.parameters:
                    self._params[(op.operation_id, p.location, p.name)] = _camel(p.words)
        self._types = {s.name: _pascal(s.words or ("model",)) for s in api.schemas}

    def package(self) -> str:
        return "-".join(split_words(self.api.title)) or "api"

    def client(self) -> str:
        return _pascal(split_words(self.api.title)) + "Client"

    def operation(self, operation_id: str) -> str | None:
        return self._ops.get(operation_id)

    def parameter(self, operation_id: str, location: str, name: str) -> str | None:
        return self._params.get((operation_id, location, name))

    def type(self, schema: str) -> str | None:
        return self._types.get(schema)

    def field(self, name: str) -> str:
        return name


#: targets known to exist or to be on their way, and whether a casing guess is fair for them
_CONVENTIONAL = {"typescript"}


def languages() -> list[str]:
    """Every target that has a back end here (a package under generator/targets/)."""
    from generator import targets

    found = list(targets.available())
    for lang in sorted(_CONVENTIONAL):
        if lang not in found and importlib.util.find_spec(f"generator.targets.{lang}") is not None:
            found.append(lang)
    return found


def client_names(api: Api, language: str) -> ClientNames:
    """The names ``language`` gives to ``api``: the target's own module, else the casing guess."""
    module_name = f"generator.targets.{language}.names"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name not in (module_name, f"generator.targets.{language}"):
            raise  # the module exists and is broken: say so
        module = None
    factory = getattr(module, "client_names", None)
    if callable(factory):
        names: ClientNames = factory(api)
        return names
    return ConventionalNames(api, language)
