"""The API's resources, one module per tag, each imported on first use."""

from __future__ import annotations

import builtins as _builtins
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .customers import AsyncCustomers, Customers
    from .uploads import AsyncUploads, Uploads

__all__ = [
    "AsyncCustomers",
    "AsyncUploads",
    "Customers",
    "Uploads",
]

_MODULES = {
    "Customers": "customers",
    "AsyncCustomers": "customers",
    "Uploads": "uploads",
    "AsyncUploads": "uploads",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _builtins.getattr(_import_module(f".{module}", __name__), name)
        _builtins.globals()[name] = value
        return value
