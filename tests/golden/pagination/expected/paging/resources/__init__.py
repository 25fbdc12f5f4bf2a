"""The API's resources, one module per tag."""

from .paging import AsyncPaging, Paging

__all__ = [
    "AsyncPaging",
    "Paging",
]
