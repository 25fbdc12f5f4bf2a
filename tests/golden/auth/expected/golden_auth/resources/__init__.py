"""The API's resources, one module per tag."""

from .ops import AsyncOps, Ops

__all__ = [
    "AsyncOps",
    "Ops",
]
