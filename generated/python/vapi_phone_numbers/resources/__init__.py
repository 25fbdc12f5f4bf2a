"""The API's resources, one module per tag."""

from .phone_numbers import AsyncPhoneNumbers, PhoneNumbers

__all__ = [
    "AsyncPhoneNumbers",
    "PhoneNumbers",
]
