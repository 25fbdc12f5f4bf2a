"""The API's resources, one module per tag."""

from .pets import AsyncPets, Pets

__all__ = [
    "AsyncPets",
    "Pets",
]
