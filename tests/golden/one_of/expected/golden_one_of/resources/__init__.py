"""The API's resources, one module per tag, each imported on first use."""

from __future__ import annotations

import builtins as _builtins
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .coupons import AsyncCoupons, Coupons
    from .events import AsyncEvents, Events
    from .holders import AsyncHolders, Holders
    from .lamps import AsyncLamps, Lamps
    from .members import AsyncMembers, Members
    from .owners import AsyncOwners, Owners
    from .pets import AsyncPets, Pets
    from .things import AsyncThings, Things

__all__ = [
    "AsyncCoupons",
    "AsyncEvents",
    "AsyncHolders",
    "AsyncLamps",
    "AsyncMembers",
    "AsyncOwners",
    "AsyncPets",
    "AsyncThings",
    "Coupons",
    "Events",
    "Holders",
    "Lamps",
    "Members",
    "Owners",
    "Pets",
    "Things",
]

_MODULES = {
    "Pets": "pets",
    "AsyncPets": "pets",
    "Owners": "owners",
    "AsyncOwners": "owners",
    "Coupons": "coupons",
    "AsyncCoupons": "coupons",
    "Events": "events",
    "AsyncEvents": "events",
    "Holders": "holders",
    "AsyncHolders": "holders",
    "Members": "members",
    "AsyncMembers": "members",
    "Lamps": "lamps",
    "AsyncLamps": "lamps",
    "Things": "things",
    "AsyncThings": "things",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _builtins.getattr(_import_module(f".{module}", __name__), name)
        _builtins.globals()[name] = value
        return value
