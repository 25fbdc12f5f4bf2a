"""The API's resources, one module per tag."""

from .customers import AsyncCustomers, Customers
from .uploads import AsyncUploads, Uploads

__all__ = [
    "AsyncCustomers",
    "AsyncUploads",
    "Customers",
    "Uploads",
]
