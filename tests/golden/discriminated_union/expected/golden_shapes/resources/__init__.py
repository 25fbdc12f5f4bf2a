"""The API's resources, one module per tag."""

from .drawings import AsyncDrawings, Drawings
from .shapes import AsyncShapes, Shapes

__all__ = [
    "AsyncDrawings",
    "AsyncShapes",
    "Drawings",
    "Shapes",
]
