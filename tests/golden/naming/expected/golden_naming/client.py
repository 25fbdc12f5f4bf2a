"""The Naming: the edge cases clients: `NamingTheEdgeCasesClient` (sync) and `AsyncNamingTheEdgeCasesClient` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx
from typing_extensions import Self

from ._auth import security_schemes
from ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHttp, SyncHttp
from .resources import (
    AsyncClass,
    AsyncImport,
    AsyncM2fa,
    AsyncModels,
    AsyncSelfResource,
    AsyncUsers,
    AsyncUsers2,
    Class,
    Import,
    M2fa,
    Models,
    SelfResource,
    Users,
    Users2,
)

__all__ = [
    "AsyncNamingTheEdgeCasesClient",
    "NamingTheEdgeCasesClient",
]


class NamingTheEdgeCasesClient:
    """Naming: the edge cases

    Args:
        base_url: The server to talk to. Defaults to `https://naming.example.com`.
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
        self.class_ = Class(self._http)
        """Operations tagged 'class'."""
        self.import_ = Import(self._http)
        """Operations tagged 'import'."""
        self.n_2fa = M2fa(self._http)
        """Operations tagged '2fa'."""
        self.models_ = Models(self._http)
        """Operations tagged 'models'."""
        self.users = Users(self._http)
        """Operations tagged 'Users'."""
        self.users_2 = Users2(self._http)
        """Operations tagged 'users'."""
        self.self = SelfResource(self._http)
        """Operations tagged 'self'."""

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


class AsyncNamingTheEdgeCasesClient:
    """Naming: the edge cases (async client)

    Args:
        base_url: The server to talk to. Defaults to `https://naming.example.com`.
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
        self.class_ = AsyncClass(self._http)
        """Operations tagged 'class'."""
        self.import_ = AsyncImport(self._http)
        """Operations tagged 'import'."""
        self.n_2fa = AsyncM2fa(self._http)
        """Operations tagged '2fa'."""
        self.models_ = AsyncModels(self._http)
        """Operations tagged 'models'."""
        self.users = AsyncUsers(self._http)
        """Operations tagged 'Users'."""
        self.users_2 = AsyncUsers2(self._http)
        """Operations tagged 'users'."""
        self.self = AsyncSelfResource(self._http)
        """Operations tagged 'self'."""

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
