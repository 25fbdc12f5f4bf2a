"""Operations tagged '2fa'."""

from __future__ import annotations

from typing import cast

from .. import models
from .._http import (
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncM2fa",
    "M2fa",
]


class M2fa:
    """Operations tagged '2fa'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.M2faSettings:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.M2faSettings", result)


class AsyncM2fa:
    """Operations tagged '2fa'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.M2faSettings:
        """2fa-check

        `GET /2fa`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Leading digits.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/2fa",
            response_type=models.M2faSettings,
            response_encoding="json",
            auth=False,
            options=request_options,
        )
        return cast("models.M2faSettings", result)
