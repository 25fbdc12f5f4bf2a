"""The API's resources, one module per tag."""

from .tasks import AsyncTasks, Tasks

__all__ = [
    "AsyncTasks",
    "Tasks",
]
