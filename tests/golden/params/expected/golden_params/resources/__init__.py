"""The API's resources, one module per tag."""

from .search import AsyncSearch, Search
from .users import AsyncUsers, Users

__all__ = [
    "AsyncSearch",
    "AsyncUsers",
    "Search",
    "Users",
]
