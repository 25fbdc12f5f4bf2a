"""The API's resources, one module per tag, each imported on first use."""

from __future__ import annotations

import builtins as _builtins
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .owners import AsyncOwners, Owners
    from .pets import AsyncPets, Pets

__all__ = [
    "AsyncOwners",
    "AsyncPets",
    "Owners",
    "Pets",
]

_MODULES = {
    "Pets": "pets",
    "AsyncPets": "pets",
    "Owners": "owners",
    "AsyncOwners": "owners",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _builtins.getattr(_import_module(f".{module}", __name__), name)
        _builtins.globals()[name] = value
        return value
