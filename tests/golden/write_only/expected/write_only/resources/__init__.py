"""The API's resources, one module per tag."""

from .users import AsyncUsers, Users

__all__ = [
    "AsyncUsers",
    "Users",
]
