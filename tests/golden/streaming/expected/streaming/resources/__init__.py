"""The API's resources, one module per tag."""

from .chat import AsyncChat, Chat
from .jobs import AsyncJobs, Jobs

__all__ = [
    "AsyncChat",
    "AsyncJobs",
    "Chat",
    "Jobs",
]
