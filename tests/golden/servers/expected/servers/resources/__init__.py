"""The API's resources, one module per tag."""

from .health import AsyncHealth, Health

__all__ = [
    "AsyncHealth",
    "Health",
]
