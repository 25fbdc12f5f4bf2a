"""Server-sent event streams (`text/event-stream` responses), read as the caller iterates.

Each item is one event's data: parsed into the type the API declares for an event when that is a
model (JSON data), else the data as text. A `data: [DONE]` event ends the stream. The connection
is closed when the stream ends, when the caller closes it (`close()`, or leaving a `with` block),
or when it is garbage collected; stopping early (`break`) and closing frees the connection at once.
"""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
import pydantic
from typing_extensions import Self

from ._unions import RESPONSE_CONTEXT
from .errors import ApiConnectionError, ApiTimeoutError, ResponseValidationError

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

T = TypeVar("T")

#: the data of the event that ends a stream (OpenAI and others send it)
DONE = "[DONE]"


@dataclass(frozen=True)
class ServerSentEvent:
    """One event as sent: its `event` name, `data` (lines joined with "\\n"), `id` and `retry`."""

    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class _Decoder:
    """The event-stream format (WHATWG HTML, "Server-sent events"), one line at a time."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def line(self, line: str) -> ServerSentEvent | None:
        """Feed one line (without its end); return the event a blank line completes."""
        if not line:
            if not self._data:  # no data: nothing to dispatch
                self._event = None
                return None
            event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
            self._data, self._event, self._retry = [], None, None
            return event
        if line.startswith(":"):  # a comment (keep-alive)
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value or None
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def events(self, lines: Iterable[str]) -> Iterator[ServerSentEvent]:
        for line in lines:
            event = self.line(line)
            if event is not None:
                yield event


@functools.cache
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _decode(event: ServerSentEvent, event_type: Any, response: httpx.Response) -> Any:
    if event_type is str:
        return event.data
    if event_type is Any:  # undeclared: JSON when it is JSON, else the text
        try:
            return json.loads(event.data)
        except ValueError:
            return event.data
    try:
        return _adapter(event_type).validate_json(event.data, context={RESPONSE_CONTEXT: True})
    except pydantic.ValidationError as exc:
        raise ResponseValidationError(
            f"an event does not match the spec: {exc}", response=response, body=event.data
        ) from exc


def _read_error(exc: httpx.HTTPError, response: httpx.Response) -> Exception:
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"reading the event stream timed out: {type(exc).__name__}")
    return ApiConnectionError(
        f"the event stream broke off: {type(exc).__name__}: {exc}", request=response.request
    )


class Stream(Generic[T]):
    """The events of a streamed response, as they arrive (iterate it once)."""

    def __init__(self, response: httpx.Response, event_type: Any) -> None:
        self.response = response
        """The HTTP response (status code, headers); its body is read as you iterate."""
        self._event_type = event_type
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[T, None, None]:
        decoder = _Decoder()
        try:
            for event in decoder.events(self.response.iter_lines()):
                if event.data == DONE:
                    break
                yield _decode(event, self._event_type, self.response)
        except httpx.HTTPError as exc:
            raise _read_error(exc, self.response) from None
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and close the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The events of a streamed response, as they arrive (iterate it once with `async for`)."""

    def __init__(self, response: httpx.Response, event_type: Any) -> None:
        self.response = response
        """The HTTP response (status code, headers); its body is read as you iterate."""
        self._event_type = event_type
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        decoder = _Decoder()
        try:
            async for line in self.response.aiter_lines():
                event = decoder.line(line)
                if event is None:
                    continue
                if event.data == DONE:
                    break
                yield _decode(event, self._event_type, self.response)
        except httpx.HTTPError as exc:
            raise _read_error(exc, self.response) from None
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and close the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
