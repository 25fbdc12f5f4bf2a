"""Operations tagged 'jobs'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
)

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

    def submit(
        self,
        body: models.JobRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Result | models.Job | None]:
        """submitJob

        `POST /jobs`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: 200: Done at once.
            202: Accepted; poll the job.
            204: Nothing to do.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/jobs",
            response_type=models.Result,
            response_encoding="json",
            response_types={
                "200": (models.Result, "json"),
                "202": (models.Job, "json"),
                "204": (None, "none"),
            },
            error_types={
                "404": models.NotFound,
                "4XX": models.SubmitJob4xxResponse,
                "default": models.Error,
            },
            accept="application/json, application/problem+json",
            json_body=encode_body(body, models.JobRequest),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Result | models.Job | None]", result)

    def get_report(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[bytes]:
        """getReport

        `GET /jobs/{id}/report`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The report as a PDF.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/report",
                {
                    "id": id,
                },
            ),
            response_type=bytes,
            response_encoding="binary",
            error_types={"404": models.NotFound},
            accept="application/pdf, application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[bytes]", result)

    def get_log(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[str]:
        """getLog

        `GET /jobs/{id}/log`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The log.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/log",
                {
                    "id": id,
                },
            ),
            response_type=str,
            response_encoding="text",
            accept="text/plain",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[str]", result)


class Jobs:
    """Operations tagged 'jobs'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = JobsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def submit(
        self,
        body: models.JobRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Result | models.Job | None:
        """submitJob

        `POST /jobs`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            200: Done at once.
            202: Accepted; poll the job.
            204: Nothing to do.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/jobs",
            response_type=models.Result,
            response_encoding="json",
            response_types={
                "200": (models.Result, "json"),
                "202": (models.Job, "json"),
                "204": (None, "none"),
            },
            error_types={
                "404": models.NotFound,
                "4XX": models.SubmitJob4xxResponse,
                "default": models.Error,
            },
            accept="application/json, application/problem+json",
            json_body=encode_body(body, models.JobRequest),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Result | models.Job | None", result)

    def get_report(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """getReport

        `GET /jobs/{id}/report`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The report as a PDF.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/report",
                {
                    "id": id,
                },
            ),
            response_type=bytes,
            response_encoding="binary",
            error_types={"404": models.NotFound},
            accept="application/pdf, application/json",
            options=request_options,
        )
        return cast("bytes", result)

    def get_log(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """getLog

        `GET /jobs/{id}/log`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The log.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/log",
                {
                    "id": id,
                },
            ),
            response_type=str,
            response_encoding="text",
            accept="text/plain",
            options=request_options,
        )
        return cast("str", result)


class AsyncJobsWithRawResponse:
    """Operations tagged 'jobs'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def submit(
        self,
        body: models.JobRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Result | models.Job | None]:
        """submitJob

        `POST /jobs`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: 200: Done at once.
            202: Accepted; poll the job.
            204: Nothing to do.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/jobs",
            response_type=models.Result,
            response_encoding="json",
            response_types={
                "200": (models.Result, "json"),
                "202": (models.Job, "json"),
                "204": (None, "none"),
            },
            error_types={
                "404": models.NotFound,
                "4XX": models.SubmitJob4xxResponse,
                "default": models.Error,
            },
            accept="application/json, application/problem+json",
            json_body=encode_body(body, models.JobRequest),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Result | models.Job | None]", result)

    async def get_report(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[bytes]:
        """getReport

        `GET /jobs/{id}/report`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The report as a PDF.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/report",
                {
                    "id": id,
                },
            ),
            response_type=bytes,
            response_encoding="binary",
            error_types={"404": models.NotFound},
            accept="application/pdf, application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[bytes]", result)

    async def get_log(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[str]:
        """getLog

        `GET /jobs/{id}/log`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The log.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/log",
                {
                    "id": id,
                },
            ),
            response_type=str,
            response_encoding="text",
            accept="text/plain",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[str]", result)


class AsyncJobs:
    """Operations tagged 'jobs'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncJobsWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def submit(
        self,
        body: models.JobRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Result | models.Job | None:
        """submitJob

        `POST /jobs`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            200: Done at once.
            202: Accepted; poll the job.
            204: Nothing to do.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/jobs",
            response_type=models.Result,
            response_encoding="json",
            response_types={
                "200": (models.Result, "json"),
                "202": (models.Job, "json"),
                "204": (None, "none"),
            },
            error_types={
                "404": models.NotFound,
                "4XX": models.SubmitJob4xxResponse,
                "default": models.Error,
            },
            accept="application/json, application/problem+json",
            json_body=encode_body(body, models.JobRequest),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.Result | models.Job | None", result)

    async def get_report(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """getReport

        `GET /jobs/{id}/report`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The report as a PDF.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/report",
                {
                    "id": id,
                },
            ),
            response_type=bytes,
            response_encoding="binary",
            error_types={"404": models.NotFound},
            accept="application/pdf, application/json",
            options=request_options,
        )
        return cast("bytes", result)

    async def get_log(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """getLog

        `GET /jobs/{id}/log`

        Args:
            id:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The log.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/jobs/{id}/log",
                {
                    "id": id,
                },
            ),
            response_type=str,
            response_encoding="text",
            accept="text/plain",
            options=request_options,
        )
        return cast("str", result)
