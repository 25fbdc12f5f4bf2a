"""The Servers clients: `ServersClient` (sync) and `AsyncServersClient` (async)."""

from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Literal

import httpx
from typing_extensions import Self

from ._auth import security_schemes
from ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHttp, SyncHttp, server_url

if TYPE_CHECKING:
    from .resources.health import AsyncHealth, Health

__all__ = [
    "AsyncServersClient",
    "ServersClient",
]


class _ServersClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def health(self) -> Health:
        """Operations tagged 'health'."""
        from .resources.health import Health

        return Health(self._http)


class ServersClient(_ServersClientResources):
    """Server variables and several servers to choose from.

    Args:
        base_url: The server to talk to; wins over `server` and the server variables. Defaults to `https://us.api.example.com/v2`.
        server: Which listed server to use: `production` (`https://{region}.api.example.com/{version}`, Production), `staging` (`https://staging.example.com/v2`, Staging), `same_host_as_the_page` (`/local`, Same host as the page).
        region: Where your data lives. Default `us`; one of `us`, `eu`, `ap`.
        version: The server's 'version' variable. Default `v2`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.Client to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        server: Literal["production", "staging", "same_host_as_the_page"] | None = None,
        region: str | None = None,
        version: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._http = SyncHttp(
            schemes=security_schemes(),
            base_url=base_url
            if base_url is not None
            else server_url(
                server,
                {
                    "region": region,
                    "version": version,
                },
            ),
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


class _AsyncServersClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def health(self) -> AsyncHealth:
        """Operations tagged 'health'."""
        from .resources.health import AsyncHealth

        return AsyncHealth(self._http)


class AsyncServersClient(_AsyncServersClientResources):
    """Server variables and several servers to choose from. (async client)

    Args:
        base_url: The server to talk to; wins over `server` and the server variables. Defaults to `https://us.api.example.com/v2`.
        server: Which listed server to use: `production` (`https://{region}.api.example.com/{version}`, Production), `staging` (`https://staging.example.com/v2`, Staging), `same_host_as_the_page` (`/local`, Same host as the page).
        region: Where your data lives. Default `us`; one of `us`, `eu`, `ap`.
        version: The server's 'version' variable. Default `v2`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.AsyncClient to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        server: Literal["production", "staging", "same_host_as_the_page"] | None = None,
        region: str | None = None,
        version: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._http = AsyncHttp(
            schemes=security_schemes(),
            base_url=base_url
            if base_url is not None
            else server_url(
                server,
                {
                    "region": region,
                    "version": version,
                },
            ),
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
