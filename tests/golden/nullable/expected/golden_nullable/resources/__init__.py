"""The API's resources, one module per tag."""

from .records import AsyncRecords, Records

__all__ = [
    "AsyncRecords",
    "Records",
]
