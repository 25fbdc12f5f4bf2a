"""Operations tagged 'jobs'."""

from __future__ import annotations

from typing import cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)
from .._streaming import AsyncStream, Stream

__all__ = [
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "Jobs",
    "JobsWithRawResponse",
]


class JobsWithRawResponse:
    """Operations tagged 'jobs'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def watch_progress(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Stream[models.Progress]]:
        """watchProgress

        `GET /jobs/{id}/progress`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Progress events until the job ends.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/progress",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            events=models.Progress,
            accept="text/event-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[Stream[models.Progress]]", result)

    def tail_logs(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Stream[str]]:
        """tailLogs

        `GET /logs/tail`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/logs/tail",
            response_encoding="none",
            events=str,
            accept="text/event-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[Stream[str]]", result)


class Jobs:
    """Operations tagged 'jobs'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = JobsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def watch_progress(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Stream[models.Progress]:
        """watchProgress

        `GET /jobs/{id}/progress`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Progress events until the job ends.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/progress",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            events=models.Progress,
            accept="text/event-stream",
            options=request_options,
        )
        return cast("Stream[models.Progress]", result)

    def tail_logs(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Stream[str]:
        """tailLogs

        `GET /logs/tail`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "GET",
            "/logs/tail",
            response_encoding="none",
            events=str,
            accept="text/event-stream",
            options=request_options,
        )
        return cast("Stream[str]", result)


class AsyncJobsWithRawResponse:
    """Operations tagged 'jobs'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def watch_progress(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AsyncStream[models.Progress]]:
        """watchProgress

        `GET /jobs/{id}/progress`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Progress events until the job ends.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/progress",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            events=models.Progress,
            accept="text/event-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[AsyncStream[models.Progress]]", result)

    async def tail_logs(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AsyncStream[str]]:
        """tailLogs

        `GET /logs/tail`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/logs/tail",
            response_encoding="none",
            events=str,
            accept="text/event-stream",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[AsyncStream[str]]", result)


class AsyncJobs:
    """Operations tagged 'jobs'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncJobsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def watch_progress(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[models.Progress]:
        """watchProgress

        `GET /jobs/{id}/progress`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Progress events until the job ends.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/progress",
                {
                    "id": id,
                },
            ),
            response_encoding="none",
            events=models.Progress,
            accept="text/event-stream",
            options=request_options,
        )
        return cast("AsyncStream[models.Progress]", result)

    async def tail_logs(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[str]:
        """tailLogs

        `GET /logs/tail`
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Log lines.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "GET",
            "/logs/tail",
            response_encoding="none",
            events=str,
            accept="text/event-stream",
            options=request_options,
        )
        return cast("AsyncStream[str]", result)
