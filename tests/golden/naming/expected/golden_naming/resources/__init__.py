"""The API's resources, one module per tag."""

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
