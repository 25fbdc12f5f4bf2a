"""The One Of clients: `OneOfClient` (sync) and `AsyncOneOfClient` (async)."""

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
    from .resources.coupons import AsyncCoupons, Coupons
    from .resources.events import AsyncEvents, Events
    from .resources.holders import AsyncHolders, Holders
    from .resources.lamps import AsyncLamps, Lamps
    from .resources.members import AsyncMembers, Members
    from .resources.owners import AsyncOwners, Owners
    from .resources.pets import AsyncPets, Pets
    from .resources.things import AsyncThings, Things

__all__ = [
    "AsyncOneOfClient",
    "OneOfClient",
]


class _OneOfClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def pets(self) -> Pets:
        """Operations tagged 'pets'."""
        from .resources.pets import Pets

        return Pets(self._http)

    @_functools.cached_property
    def owners(self) -> Owners:
        """Operations tagged 'owners'."""
        from .resources.owners import Owners

        return Owners(self._http)

    @_functools.cached_property
    def coupons(self) -> Coupons:
        """Operations tagged 'coupons'."""
        from .resources.coupons import Coupons

        return Coupons(self._http)

    @_functools.cached_property
    def events(self) -> Events:
        """Operations tagged 'events'."""
        from .resources.events import Events

        return Events(self._http)

    @_functools.cached_property
    def holders(self) -> Holders:
        """Operations tagged 'holders'."""
        from .resources.holders import Holders

        return Holders(self._http)

    @_functools.cached_property
    def members(self) -> Members:
        """Operations tagged 'members'."""
        from .resources.members import Members

        return Members(self._http)

    @_functools.cached_property
    def lamps(self) -> Lamps:
        """Operations tagged 'lamps'."""
        from .resources.lamps import Lamps

        return Lamps(self._http)

    @_functools.cached_property
    def things(self) -> Things:
        """Operations tagged 'things'."""
        from .resources.things import Things

        return Things(self._http)


class OneOfClient(_OneOfClientResources):
    """oneOf unions without a discriminator: a request value matching more than one variant is ambiguous and refused before sending; a response takes the first variant, left to right, that it matches without conversions. anyOf unions are left to the best match.

    Args:
        base_url: The server to talk to. Defaults to `https://pets.example.com`.
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


class _AsyncOneOfClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def pets(self) -> AsyncPets:
        """Operations tagged 'pets'."""
        from .resources.pets import AsyncPets

        return AsyncPets(self._http)

    @_functools.cached_property
    def owners(self) -> AsyncOwners:
        """Operations tagged 'owners'."""
        from .resources.owners import AsyncOwners

        return AsyncOwners(self._http)

    @_functools.cached_property
    def coupons(self) -> AsyncCoupons:
        """Operations tagged 'coupons'."""
        from .resources.coupons import AsyncCoupons

        return AsyncCoupons(self._http)

    @_functools.cached_property
    def events(self) -> AsyncEvents:
        """Operations tagged 'events'."""
        from .resources.events import AsyncEvents

        return AsyncEvents(self._http)

    @_functools.cached_property
    def holders(self) -> AsyncHolders:
        """Operations tagged 'holders'."""
        from .resources.holders import AsyncHolders

        return AsyncHolders(self._http)

    @_functools.cached_property
    def members(self) -> AsyncMembers:
        """Operations tagged 'members'."""
        from .resources.members import AsyncMembers

        return AsyncMembers(self._http)

    @_functools.cached_property
    def lamps(self) -> AsyncLamps:
        """Operations tagged 'lamps'."""
        from .resources.lamps import AsyncLamps

        return AsyncLamps(self._http)

    @_functools.cached_property
    def things(self) -> AsyncThings:
        """Operations tagged 'things'."""
        from .resources.things import AsyncThings

        return AsyncThings(self._http)


class AsyncOneOfClient(_AsyncOneOfClientResources):
    """oneOf unions without a discriminator: a request value matching more than one variant is ambiguous and refused before sending; a response takes the first variant, left to right, that it matches without conversions. anyOf unions are left to the best match. (async client)

    Args:
        base_url: The server to talk to. Defaults to `https://pets.example.com`.
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
