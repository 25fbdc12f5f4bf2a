"""The API's resources, one module per tag."""

from .addresses import Addresses, AsyncAddresses
from .customers import AsyncCustomers, Customers
from .orders import AsyncOrders, Orders

__all__ = [
    "Addresses",
    "AsyncAddresses",
    "AsyncCustomers",
    "AsyncOrders",
    "Customers",
    "Orders",
]
