"""The Naming: the edge cases clients: `NamingTheEdgeCasesClient` (sync) and `AsyncNamingTheEdgeCasesClient` (async)."""

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
    from .resources.class_ import AsyncClass, Class
    from .resources.import_ import AsyncImport, Import
    from .resources.models_ import AsyncModels, Models
    from .resources.n_2fa import AsyncM2fa, M2fa
    from .resources.self import AsyncSelfResource, SelfResource
    from .resources.users import AsyncUsers, Users
    from .resources.users_2 import AsyncUsers2, Users2

__all__ = [
    "AsyncNamingTheEdgeCasesClient",
    "NamingTheEdgeCasesClient",
]


class _NamingTheEdgeCasesClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def class_(self) -> Class:
        """Operations tagged 'class'."""
        from .resources.class_ import Class

        return Class(self._http)

    @_functools.cached_property
    def import_(self) -> Import:
        """Operations tagged 'import'."""
        from .resources.import_ import Import

        return Import(self._http)

    @_functools.cached_property
    def n_2fa(self) -> M2fa:
        """Operations tagged '2fa'."""
        from .resources.n_2fa import M2fa

        return M2fa(self._http)

    @_functools.cached_property
    def models_(self) -> Models:
        """Operations tagged 'models'."""
        from .resources.models_ import Models

        return Models(self._http)

    @_functools.cached_property
    def users(self) -> Users:
        """Operations tagged 'Users'."""
        from .resources.users import Users

        return Users(self._http)

    @_functools.cached_property
    def users_2(self) -> Users2:
        """Operations tagged 'users'."""
        from .resources.users_2 import Users2

        return Users2(self._http)

    @_functools.cached_property
    def self(self) -> SelfResource:
        """Operations tagged 'self'."""
        from .resources.self import SelfResource

        return SelfResource(self._http)


class NamingTheEdgeCasesClient(_NamingTheEdgeCasesClientResources):
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


class _AsyncNamingTheEdgeCasesClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def class_(self) -> AsyncClass:
        """Operations tagged 'class'."""
        from .resources.class_ import AsyncClass

        return AsyncClass(self._http)

    @_functools.cached_property
    def import_(self) -> AsyncImport:
        """Operations tagged 'import'."""
        from .resources.import_ import AsyncImport

        return AsyncImport(self._http)

    @_functools.cached_property
    def n_2fa(self) -> AsyncM2fa:
        """Operations tagged '2fa'."""
        from .resources.n_2fa import AsyncM2fa

        return AsyncM2fa(self._http)

    @_functools.cached_property
    def models_(self) -> AsyncModels:
        """Operations tagged 'models'."""
        from .resources.models_ import AsyncModels

        return AsyncModels(self._http)

    @_functools.cached_property
    def users(self) -> AsyncUsers:
        """Operations tagged 'Users'."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self._http)

    @_functools.cached_property
    def users_2(self) -> AsyncUsers2:
        """Operations tagged 'users'."""
        from .resources.users_2 import AsyncUsers2

        return AsyncUsers2(self._http)

    @_functools.cached_property
    def self(self) -> AsyncSelfResource:
        """Operations tagged 'self'."""
        from .resources.self import AsyncSelfResource

        return AsyncSelfResource(self._http)


class AsyncNamingTheEdgeCasesClient(_AsyncNamingTheEdgeCasesClientResources):
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
