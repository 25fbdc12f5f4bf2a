"""The Nullable API clients: `NullableClient` (sync) and `AsyncNullableClient` (async)."""

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
    from .resources.records import AsyncRecords, Records

__all__ = [
    "AsyncNullableClient",
    "NullableClient",
]


class _NullableClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def records(self) -> Records:
        """Operations tagged 'records'."""
        from .resources.records import Records

        return Records(self._http)


class NullableClient(_NullableClientResources):
    """Nullable API

    Args:
        base_url: The server to talk to. Defaults to `https://nullable.example.com`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.Client to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._http = SyncHttp(
            schemes=security_schemes(),
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


class _AsyncNullableClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def records(self) -> AsyncRecords:
        """Operations tagged 'records'."""
        from .resources.records import AsyncRecords

        return AsyncRecords(self._http)


class AsyncNullableClient(_AsyncNullableClientResources):
    """Nullable API (async client)

    Args:
        base_url: The server to talk to. Defaults to `https://nullable.example.com`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.AsyncClient to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._http = AsyncHttp(
            schemes=security_schemes(),
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
