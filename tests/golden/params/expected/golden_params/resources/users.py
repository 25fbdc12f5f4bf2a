"""Operations tagged 'users'."""

from __future__ import annotations

from typing import cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


class UsersWithRawResponse:
    """Operations tagged 'users'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        ids: list[int],
        *,
        x_flags: list[str] | None = None,
        x_point: models.GetUsersXPoint | None = None,
        session_id: str | None = None,
        tracking: list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """getUsers

        `GET /users/{ids}`

        Args:
            ids:
            x_flags:
            x_point:
            session_id:
            tracking:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/users/{ids}",
                {
                    "ids": ids,
                },
            ),
            response_encoding="none",
            accept=None,
            headers={
                "X-Flags": x_flags,
                "X-Point": _serialize.Styled(x_point, "simple", True),
            },
            cookies={
                "session_id": session_id,
                "tracking": _serialize.Styled(tracking, "form", False),
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    def get_styled(
        self,
        label: list[str],
        matrix: list[str],
        exploded: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """getStyled

        `GET /labels/{label}/matrix/{matrix}/exploded/{exploded}`

        Args:
            label:
            matrix:
            exploded:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/labels/{label}/matrix/{matrix}/exploded/{exploded}",
                {
                    "label": _serialize.Styled(label, "label", False),
                    "matrix": _serialize.Styled(matrix, "matrix", False),
                    "exploded": _serialize.Styled(exploded, "matrix", True),
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Users:
    """Operations tagged 'users'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = UsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def get(
        self,
        ids: list[int],
        *,
        x_flags: list[str] | None = None,
        x_point: models.GetUsersXPoint | None = None,
        session_id: str | None = None,
        tracking: list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """getUsers

        `GET /users/{ids}`

        Args:
            ids:
            x_flags:
            x_point:
            session_id:
            tracking:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            _serialize.encode_path(
                "/users/{ids}",
                {
                    "ids": ids,
                },
            ),
            response_encoding="none",
            accept=None,
            headers={
                "X-Flags": x_flags,
                "X-Point": _serialize.Styled(x_point, "simple", True),
            },
            cookies={
                "session_id": session_id,
                "tracking": _serialize.Styled(tracking, "form", False),
            },
            options=request_options,
        )

    def get_styled(
        self,
        label: list[str],
        matrix: list[str],
        exploded: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """getStyled

        `GET /labels/{label}/matrix/{matrix}/exploded/{exploded}`

        Args:
            label:
            matrix:
            exploded:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "GET",
            _serialize.encode_path(
                "/labels/{label}/matrix/{matrix}/exploded/{exploded}",
                {
                    "label": _serialize.Styled(label, "label", False),
                    "matrix": _serialize.Styled(matrix, "matrix", False),
                    "exploded": _serialize.Styled(exploded, "matrix", True),
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
        )


class AsyncUsersWithRawResponse:
    """Operations tagged 'users'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        ids: list[int],
        *,
        x_flags: list[str] | None = None,
        x_point: models.GetUsersXPoint | None = None,
        session_id: str | None = None,
        tracking: list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """getUsers

        `GET /users/{ids}`

        Args:
            ids:
            x_flags:
            x_point:
            session_id:
            tracking:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/users/{ids}",
                {
                    "ids": ids,
                },
            ),
            response_encoding="none",
            accept=None,
            headers={
                "X-Flags": x_flags,
                "X-Point": _serialize.Styled(x_point, "simple", True),
            },
            cookies={
                "session_id": session_id,
                "tracking": _serialize.Styled(tracking, "form", False),
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)

    async def get_styled(
        self,
        label: list[str],
        matrix: list[str],
        exploded: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """getStyled

        `GET /labels/{label}/matrix/{matrix}/exploded/{exploded}`

        Args:
            label:
            matrix:
            exploded:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/labels/{label}/matrix/{matrix}/exploded/{exploded}",
                {
                    "label": _serialize.Styled(label, "label", False),
                    "matrix": _serialize.Styled(matrix, "matrix", False),
                    "exploded": _serialize.Styled(exploded, "matrix", True),
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncUsers:
    """Operations tagged 'users'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncUsersWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def get(
        self,
        ids: list[int],
        *,
        x_flags: list[str] | None = None,
        x_point: models.GetUsersXPoint | None = None,
        session_id: str | None = None,
        tracking: list[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """getUsers

        `GET /users/{ids}`

        Args:
            ids:
            x_flags:
            x_point:
            session_id:
            tracking:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            _serialize.encode_path(
                "/users/{ids}",
                {
                    "ids": ids,
                },
            ),
            response_encoding="none",
            accept=None,
            headers={
                "X-Flags": x_flags,
                "X-Point": _serialize.Styled(x_point, "simple", True),
            },
            cookies={
                "session_id": session_id,
                "tracking": _serialize.Styled(tracking, "form", False),
            },
            options=request_options,
        )

    async def get_styled(
        self,
        label: list[str],
        matrix: list[str],
        exploded: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """getStyled

        `GET /labels/{label}/matrix/{matrix}/exploded/{exploded}`

        Args:
            label:
            matrix:
            exploded:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            ok

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "GET",
            _serialize.encode_path(
                "/labels/{label}/matrix/{matrix}/exploded/{exploded}",
                {
                    "label": _serialize.Styled(label, "label", False),
                    "matrix": _serialize.Styled(matrix, "matrix", False),
                    "exploded": _serialize.Styled(exploded, "matrix", True),
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
        )
