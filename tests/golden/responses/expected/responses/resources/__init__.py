"""The API's resources, one module per tag."""

from .jobs import AsyncJobs, Jobs

__all__ = [
    "AsyncJobs",
    "Jobs",
]
