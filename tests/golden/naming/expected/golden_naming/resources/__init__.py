"""The API's resources, one module per tag, each imported on first use."""

from __future__ import annotations

import builtins as _builtins
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .class_ import AsyncClass, Class
    from .import_ import AsyncImport, Import
    from .models_ import AsyncModels, Models
    from .n_2fa import AsyncM2fa, M2fa
    from .self import AsyncSelfResource, SelfResource
    from .users import AsyncUsers, Users
    from .users_2 import AsyncUsers2, Users2

__all__ = [
    "AsyncClass",
    "AsyncImport",
    "AsyncM2fa",
    "AsyncModels",
    "AsyncSelfResource",
    "AsyncUsers",
    "AsyncUsers2",
    "Class",
    "Import",
    "M2fa",
    "Models",
    "SelfResource",
    "Users",
    "Users2",
]

_MODULES = {
    "Class": "class_",
    "AsyncClass": "class_",
    "Import": "import_",
    "AsyncImport": "import_",
    "M2fa": "n_2fa",
    "AsyncM2fa": "n_2fa",
    "Models": "models_",
    "AsyncModels": "models_",
    "Users": "users",
    "AsyncUsers": "users",
    "Users2": "users_2",
    "AsyncUsers2": "users_2",
    "SelfResource": "self",
    "AsyncSelfResource": "self",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _builtins.getattr(_import_module(f".{module}", __name__), name)
        _builtins.globals()[name] = value
        return value
