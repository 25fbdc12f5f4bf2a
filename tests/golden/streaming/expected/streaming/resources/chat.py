"""Operations tagged 'chat'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .. import models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
    encode_body,
)
from .._streaming import AsyncStream, Stream

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "Chat",
    "ChatWithRawResponse",
]


class ChatWithRawResponse:
    """Operations tagged 'chat'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create_completion(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ChatCompletion]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/chat/completions",
            response_type=models.ChatCompletion,
            response_encoding="json",
            error_types={"429": models.Error},
            json_body=encode_body(body, models.ChatRequest),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ChatCompletion]", result)

    def create_completion_stream(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Stream[models.ChatChunk]]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An iterator of events, each item one event's data, as it arrives: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            "/chat/completions",
            response_encoding="none",
            error_types={"429": models.Error},
            events=models.ChatChunk,
            accept="text/event-stream, application/json",
            json_body={**encode_body(body, models.ChatRequest), "stream": True},
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[Stream[models.ChatChunk]]", result)


class Chat:
    """Operations tagged 'chat'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ChatWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def create_completion(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChatCompletion:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "POST",
            "/chat/completions",
            response_type=models.ChatCompletion,
            response_encoding="json",
            error_types={"429": models.Error},
            json_body=encode_body(body, models.ChatRequest),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.ChatCompletion", result)

    def create_completion_stream(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> Stream[models.ChatChunk]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An iterator of events, each item one event's data, as it arrives: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = self._http.request(
            "POST",
            "/chat/completions",
            response_encoding="none",
            error_types={"429": models.Error},
            events=models.ChatChunk,
            accept="text/event-stream, application/json",
            json_body={**encode_body(body, models.ChatRequest), "stream": True},
            content_type="application/json",
            options=request_options,
        )
        return cast("Stream[models.ChatChunk]", result)


class AsyncChatWithRawResponse:
    """Operations tagged 'chat'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create_completion(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.ChatCompletion]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/chat/completions",
            response_type=models.ChatCompletion,
            response_encoding="json",
            error_types={"429": models.Error},
            json_body=encode_body(body, models.ChatRequest),
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.ChatCompletion]", result)

    async def create_completion_stream(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AsyncStream[models.ChatChunk]]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: An iterator of events, each item one event's data, as it arrives: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            "/chat/completions",
            response_encoding="none",
            error_types={"429": models.Error},
            events=models.ChatChunk,
            accept="text/event-stream, application/json",
            json_body={**encode_body(body, models.ChatRequest), "stream": True},
            content_type="application/json",
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[AsyncStream[models.ChatChunk]]", result)


class AsyncChat:
    """Operations tagged 'chat'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncChatWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def create_completion(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChatCompletion:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "POST",
            "/chat/completions",
            response_type=models.ChatCompletion,
            response_encoding="json",
            error_types={"429": models.Error},
            json_body=encode_body(body, models.ChatRequest),
            content_type="application/json",
            options=request_options,
        )
        return cast("models.ChatCompletion", result)

    async def create_completion_stream(
        self,
        body: models.ChatRequest | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[models.ChatChunk]:
        """createChatCompletion

        A completion, or a stream of chunks when `stream` is true.

        `POST /chat/completions`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            An iterator of events, each item one event's data, as it arrives: The completion.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
        """
        result = await self._http.request(
            "POST",
            "/chat/completions",
            response_encoding="none",
            error_types={"429": models.Error},
            events=models.ChatChunk,
            accept="text/event-stream, application/json",
            json_body={**encode_body(body, models.ChatRequest), "stream": True},
            content_type="application/json",
            options=request_options,
        )
        return cast("AsyncStream[models.ChatChunk]", result)
