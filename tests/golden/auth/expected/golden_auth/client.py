"""The Auth clients: `AuthClient` (sync) and `AsyncAuthClient` (async)."""

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
    from .resources.ops import AsyncOps, Ops

__all__ = [
    "AsyncAuthClient",
    "AuthClient",
]


class _AuthClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: SyncHttp

    @_functools.cached_property
    def ops(self) -> Ops:
        """Operations tagged 'ops'."""
        from .resources.ops import Ops

        return Ops(self._http)


class AuthClient(_AuthClientResources):
    """Auth

    Args:
        token: The bearer token (scheme `bearer`). Defaults to the `AUTH_API_KEY` environment variable.
        username: User name for HTTP basic auth (scheme `basic`).
        password: Password for HTTP basic auth (scheme `basic`).
        api_key: API key, sent as the header `X-API-Key` (scheme `headerKey`).
        query_key: API key, sent as the query `api_key` (scheme `queryKey`).
        cookie_key: API key, sent as the cookie `session` (scheme `cookieKey`).
        oauth_token: A ready OAuth2 access token (scheme `oauth`).
        client_id: OAuth2 client id: with the secret, tokens are fetched (client credentials) and renewed.
        client_secret: OAuth2 client secret.
        base_url: The server to talk to. Defaults to `https://api.example.com`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.Client to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._http = SyncHttp(
            schemes=security_schemes(
                token=token,
                username=username,
                password=password,
                api_key=api_key,
                query_key=query_key,
                cookie_key=cookie_key,
                oauth_token=oauth_token,
                client_id=client_id,
                client_secret=client_secret,
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


class _AsyncAuthClientResources:
    """The resources, each created (and its module imported) on first access.

    They live in a base class so their names never shadow what the client's own signatures use.
    """

    _http: AsyncHttp

    @_functools.cached_property
    def ops(self) -> AsyncOps:
        """Operations tagged 'ops'."""
        from .resources.ops import AsyncOps

        return AsyncOps(self._http)


class AsyncAuthClient(_AsyncAuthClientResources):
    """Auth (async client)

    Args:
        token: The bearer token (scheme `bearer`). Defaults to the `AUTH_API_KEY` environment variable.
        username: User name for HTTP basic auth (scheme `basic`).
        password: Password for HTTP basic auth (scheme `basic`).
        api_key: API key, sent as the header `X-API-Key` (scheme `headerKey`).
        query_key: API key, sent as the query `api_key` (scheme `queryKey`).
        cookie_key: API key, sent as the cookie `session` (scheme `cookieKey`).
        oauth_token: A ready OAuth2 access token (scheme `oauth`).
        client_id: OAuth2 client id: with the secret, tokens are fetched (client credentials) and renewed.
        client_secret: OAuth2 client secret.
        base_url: The server to talk to. Defaults to `https://api.example.com`.
        timeout: Seconds (or an httpx.Timeout) per request; None waits forever.
        max_retries: Retries on connection errors, 408, 429 and 5xx (POST and PATCH: see README).
        headers: Headers sent with every request.
        http_client: An httpx.AsyncClient to use (proxies, transports, limits); you close it.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._http = AsyncHttp(
            schemes=security_schemes(
                token=token,
                username=username,
                password=password,
                api_key=api_key,
                query_key=query_key,
                cookie_key=cookie_key,
                oauth_token=oauth_token,
                client_id=client_id,
                client_secret=client_secret,
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
