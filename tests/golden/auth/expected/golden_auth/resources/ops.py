"""Operations tagged 'ops'."""

from __future__ import annotations

from typing import cast

from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncOps",
    "AsyncOpsWithRawResponse",
    "Ops",
    "OpsWithRawResponse",
]


class OpsWithRawResponse:
    """Operations tagged 'ops'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def uses_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """usesDefault

        `GET /default`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/default",
            response_encoding="none",
            accept=None,
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def public(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """public

        `GET /public`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/public",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def header_key_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """headerKeyOnly

        `GET /header-key`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/header-key",
            response_encoding="none",
            accept=None,
            security=({"headerKey": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def header_and_query_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """headerAndQueryKey

        `GET /both-keys`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/both-keys",
            response_encoding="none",
            accept=None,
            security=({"headerKey": (), "queryKey": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def basic_or_cookie(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """basicOrCookie

        `GET /either`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/either",
            response_encoding="none",
            accept=None,
            security=(
                {"basic": ()},
                {"cookieKey": ()},
            ),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def with_oauth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """withOauth

        `GET /oauth`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/oauth",
            response_encoding="none",
            accept=None,
            security=({"oauth": ("read",)},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def optional_auth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """optionalAuth

        `GET /optional`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/optional",
            response_encoding="none",
            accept=None,
            security=(
                {"bearer": ()},
                {},
            ),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def digest_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """digestOnly

        `GET /digest`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/digest",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Ops:
    """Operations tagged 'ops'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = OpsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def uses_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """usesDefault

        `GET /default`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/default",
            response_encoding="none",
            accept=None,
            security=({"bearer": ()},),
            options=request_options,
        )

    def public(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """public

        `GET /public`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/public",
            response_encoding="none",
            accept=None,
            options=request_options,
        )

    def header_key_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """headerKeyOnly

        `GET /header-key`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/header-key",
            response_encoding="none",
            accept=None,
            security=({"headerKey": ()},),
            options=request_options,
        )

    def header_and_query_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """headerAndQueryKey

        `GET /both-keys`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/both-keys",
            response_encoding="none",
            accept=None,
            security=({"headerKey": (), "queryKey": ()},),
            options=request_options,
        )

    def basic_or_cookie(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """basicOrCookie

        `GET /either`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/either",
            response_encoding="none",
            accept=None,
            security=(
                {"basic": ()},
                {"cookieKey": ()},
            ),
            options=request_options,
        )

    def with_oauth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """withOauth

        `GET /oauth`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/oauth",
            response_encoding="none",
            accept=None,
            security=({"oauth": ("read",)},),
            options=request_options,
        )

    def optional_auth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """optionalAuth

        `GET /optional`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/optional",
            response_encoding="none",
            accept=None,
            security=(
                {"bearer": ()},
                {},
            ),
            options=request_options,
        )

    def digest_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """digestOnly

        `GET /digest`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            "/digest",
            response_encoding="none",
            accept=None,
            options=request_options,
        )


class AsyncOpsWithRawResponse:
    """Operations tagged 'ops'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def uses_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """usesDefault

        `GET /default`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/default",
            response_encoding="none",
            accept=None,
            security=({"bearer": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def public(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """public

        `GET /public`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/public",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def header_key_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """headerKeyOnly

        `GET /header-key`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/header-key",
            response_encoding="none",
            accept=None,
            security=({"headerKey": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def header_and_query_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """headerAndQueryKey

        `GET /both-keys`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/both-keys",
            response_encoding="none",
            accept=None,
            security=({"headerKey": (), "queryKey": ()},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def basic_or_cookie(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """basicOrCookie

        `GET /either`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/either",
            response_encoding="none",
            accept=None,
            security=(
                {"basic": ()},
                {"cookieKey": ()},
            ),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def with_oauth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """withOauth

        `GET /oauth`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/oauth",
            response_encoding="none",
            accept=None,
            security=({"oauth": ("read",)},),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def optional_auth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """optionalAuth

        `GET /optional`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/optional",
            response_encoding="none",
            accept=None,
            security=(
                {"bearer": ()},
                {},
            ),
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def digest_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """digestOnly

        `GET /digest`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/digest",
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncOps:
    """Operations tagged 'ops'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncOpsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def uses_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """usesDefault

        `GET /default`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/default",
            response_encoding="none",
            accept=None,
            security=({"bearer": ()},),
            options=request_options,
        )

    async def public(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """public

        `GET /public`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/public",
            response_encoding="none",
            accept=None,
            options=request_options,
        )

    async def header_key_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """headerKeyOnly

        `GET /header-key`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/header-key",
            response_encoding="none",
            accept=None,
            security=({"headerKey": ()},),
            options=request_options,
        )

    async def header_and_query_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """headerAndQueryKey

        `GET /both-keys`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/both-keys",
            response_encoding="none",
            accept=None,
            security=({"headerKey": (), "queryKey": ()},),
            options=request_options,
        )

    async def basic_or_cookie(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """basicOrCookie

        `GET /either`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/either",
            response_encoding="none",
            accept=None,
            security=(
                {"basic": ()},
                {"cookieKey": ()},
            ),
            options=request_options,
        )

    async def with_oauth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """withOauth

        `GET /oauth`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/oauth",
            response_encoding="none",
            accept=None,
            security=({"oauth": ("read",)},),
            options=request_options,
        )

    async def optional_auth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """optionalAuth

        `GET /optional`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/optional",
            response_encoding="none",
            accept=None,
            security=(
                {"bearer": ()},
                {},
            ),
            options=request_options,
        )

    async def digest_only(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """digestOnly

        `GET /digest`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            "/digest",
            response_encoding="none",
            accept=None,
            options=request_options,
        )
