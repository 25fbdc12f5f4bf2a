"""The API's resources, one module per tag."""

from .batch import AsyncBatch, Batch
from .users import AsyncUsers, Users

__all__ = [
    "AsyncBatch",
    "AsyncUsers",
    "Batch",
    "Users",
]
