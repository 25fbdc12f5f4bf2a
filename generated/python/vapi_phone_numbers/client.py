"""The Vapi Phone Numbers API clients: `VapiClient` (sync) and `AsyncVapiClient` (async)."""

from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING

import httpx
from typing_extensions import Self

from ._auth import security_schemes
from ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHttp, SyncHttp

if TYPE_CHECKING:
    from .resources.phone_numbers import AsyncPhoneNumbers, PhoneNumbers

__all__ = [
    "AsyncVapiClient",
    "VapiClient",
]


class _VapiClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """Phone numbers that Vapi calls are made from and received on."""
        from .resources.phone_numbers import PhoneNumbers

        return PhoneNumbers(self._http)


class VapiClient(_VapiClientResources):
    """The phone-number resource of Vapi's API: create, list, read, change and delete the phone numbers through which Vapi assistants, squads and workflows make and take calls.

    Written by hand from Vapi's public documentation and API definition. No operation declares an error response: errors come back as JSON whose shape Vapi does not document, so clients should accept any error body. Vapi adds fields, enum values and providers over time; clients should not fail on ones they do not know.

    Args:
        token: The bearer token (scheme `bearer`). Defaults to the `VAPI_API_KEY` environment variable.
        base_url: The server to talk to. Defaults to `https://api.vapi.ai`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.Client to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._http = SyncHttp(
            schemes=security_schemes(
                token=token,
            ),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return self._http.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the underlying httpx client, unless you passed your own."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _AsyncVapiClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """Phone numbers that Vapi calls are made from and received on."""
        from .resources.phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self._http)


class AsyncVapiClient(_AsyncVapiClientResources):
    """The phone-number resource of Vapi's API: create, list, read, change and delete the phone numbers through which Vapi assistants, squads and workflows make and take calls.

    Written by hand from Vapi's public documentation and API definition. No operation declares an error response: errors come back as JSON whose shape Vapi does not document, so clients should accept any error body. Vapi adds fields, enum values and providers over time; clients should not fail on ones they do not know. (async client)

    Args:
        token: The bearer token (scheme `bearer`). Defaults to the `VAPI_API_KEY` environment variable.
        base_url: The server to talk to. Defaults to `https://api.vapi.ai`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.AsyncClient to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._http = AsyncHttp(
            schemes=security_schemes(
                token=token,
            ),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return self._http.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    async def close(self) -> None:
        """Close the underlying httpx client, unless you passed your own."""
        await self._http.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
