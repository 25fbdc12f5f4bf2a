"""Operations tagged 'tasks'."""

from __future__ import annotations

from typing import Literal, cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
]


class TasksWithRawResponse:
    """Operations tagged 'tasks'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | None = None,
        status: list[models.Status] | None = None,
        priority: models.Priority | None = None,
        level: Literal[0, 10, 20] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Task]]:
        """listTasks

        `GET /tasks`

        Args:
            order: Sort order. Server default: 'asc'.
            status:
            priority:
            level:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Matching tasks.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/tasks",
            response_type=list[models.Task],
            response_encoding="json",
            query={
                "order": order,
                "status": status,
                "priority": priority,
                "level": level,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Task]]", result)

    def set_status(
        self,
        task_id: int,
        status: models.Status,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setTaskStatus

        `PUT /tasks/{taskId}/status/{status}`

        Args:
            task_id:
            status: Where a task is.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Done.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "PUT",
            _serialize.encode_path(
                "/tasks/{taskId}/status/{status}",
                {
                    "taskId": task_id,
                    "status": status,
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class Tasks:
    """Operations tagged 'tasks'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = TasksWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | None = None,
        status: list[models.Status] | None = None,
        priority: models.Priority | None = None,
        level: Literal[0, 10, 20] | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Task]:
        """listTasks

        `GET /tasks`

        Args:
            order: Sort order. Server default: 'asc'.
            status:
            priority:
            level:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Matching tasks.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/tasks",
            response_type=list[models.Task],
            response_encoding="json",
            query={
                "order": order,
                "status": status,
                "priority": priority,
                "level": level,
            },
            options=request_options,
        )
        return cast("list[models.Task]", result)

    def set_status(
        self,
        task_id: int,
        status: models.Status,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setTaskStatus

        `PUT /tasks/{taskId}/status/{status}`

        Args:
            task_id:
            status: Where a task is.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Done.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        self._http.request(
            "PUT",
            _serialize.encode_path(
                "/tasks/{taskId}/status/{status}",
                {
                    "taskId": task_id,
                    "status": status,
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
        )


class AsyncTasksWithRawResponse:
    """Operations tagged 'tasks'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        *,
        order: Literal["asc", "desc"] | None = None,
        status: list[models.Status] | None = None,
        priority: models.Priority | None = None,
        level: Literal[0, 10, 20] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Task]]:
        """listTasks

        `GET /tasks`

        Args:
            order: Sort order. Server default: 'asc'.
            status:
            priority:
            level:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Matching tasks.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/tasks",
            response_type=list[models.Task],
            response_encoding="json",
            query={
                "order": order,
                "status": status,
                "priority": priority,
                "level": level,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Task]]", result)

    async def set_status(
        self,
        task_id: int,
        status: models.Status,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[None]:
        """setTaskStatus

        `PUT /tasks/{taskId}/status/{status}`

        Args:
            task_id:
            status: Where a task is.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: Done.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/tasks/{taskId}/status/{status}",
                {
                    "taskId": task_id,
                    "status": status,
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[None]", result)


class AsyncTasks:
    """Operations tagged 'tasks'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncTasksWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def list(
        self,
        *,
        order: Literal["asc", "desc"] | None = None,
        status: list[models.Status] | None = None,
        priority: models.Priority | None = None,
        level: Literal[0, 10, 20] | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Task]:
        """listTasks

        `GET /tasks`

        Args:
            order: Sort order. Server default: 'asc'.
            status:
            priority:
            level:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Matching tasks.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/tasks",
            response_type=list[models.Task],
            response_encoding="json",
            query={
                "order": order,
                "status": status,
                "priority": priority,
                "level": level,
            },
            options=request_options,
        )
        return cast("list[models.Task]", result)

    async def set_status(
        self,
        task_id: int,
        status: models.Status,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """setTaskStatus

        `PUT /tasks/{taskId}/status/{status}`

        Args:
            task_id:
            status: Where a task is.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Done.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        await self._http.request(
            "PUT",
            _serialize.encode_path(
                "/tasks/{taskId}/status/{status}",
                {
                    "taskId": task_id,
                    "status": status,
                },
            ),
            response_encoding="none",
            accept=None,
            options=request_options,
        )
