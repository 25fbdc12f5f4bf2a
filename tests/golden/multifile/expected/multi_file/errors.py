"""Errors raised by the Multi File client.

Every error derives from `MultiFileError`. Status errors carry the status code, the response
headers and the body (parsed JSON when the body is JSON, else text). Credentials never appear in
an error message or repr.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidHeaderError",
    "MultiFileError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]


_SAME: Any = object()  # raw_body not given: the body is the raw body


class MultiFileError(Exception):
    """Base class of every error this client raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # the subclasses' constructors take other arguments than the message, so pickling
        # (multiprocessing, concurrent.futures) rebuilds the error without calling __init__
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(
    cls: type[MultiFileError], args: tuple[Any, ...], state: dict[str, Any]
) -> MultiFileError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ApiConnectionError(MultiFileError):
    """The request did not get a usable response.

    The server could not be reached (DNS, refused connection, TLS, dropped connection), or the
    response could not be read (too many redirects, a body that cannot be decoded).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class InvalidHeaderError(MultiFileError, ValueError):
    """A header the client refuses to send, raised before any request goes out.

    Header values must be ASCII without control characters: no CR, LF, NUL or tab, nothing beyond
    U+007E (so a value can never add a header or end the request head). This holds for header
    parameters, header API keys and tokens, `headers=` given to the client and
    `request_options["extra_headers"]`. The message names the parameter (or header) and the first
    character that cannot be sent, never the value. Send other text percent-encoded or
    base64-encoded, as the API documents.
    """


class ApiStatusError(MultiFileError):
    """The server answered with a non-success status code.

    `body` is the error body parsed into the model the API declares for this status (for example
    `models.NotFound`) when it matches; otherwise the raw JSON, or the text when it is not JSON.
    `raw_body` is always the raw JSON (or text).
    """

    def __init__(self, response: httpx.Response, body: Any, raw_body: Any = _SAME) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_body = body if raw_body is _SAME else raw_body
        super().__init__(self._message())

    def _message(self) -> str:
        reason = self.response.reason_phrase or ""
        detail = ""
        raw = self.raw_body
        if isinstance(raw, dict):
            for key in ("message", "error", "detail"):
                value = raw.get(key)
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    value = "; ".join(value)  # e.g. a list of validation messages
                if value:
                    detail = str(value)
                    break
        elif isinstance(raw, str):
            detail = raw
        if len(detail) > 500:
            detail = detail[:500] + "..."
        text = f"{self.status_code} {reason}".strip()
        return f"{text}: {detail}" if detail else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, body={self.body!r})"


class BadRequestError(ApiStatusError):
    """400 Bad Request."""


class AuthenticationError(ApiStatusError):
    """401 Unauthorized: the credentials are missing or wrong."""


class PermissionDeniedError(ApiStatusError):
    """403 Forbidden."""


class NotFoundError(ApiStatusError):
    """404 Not Found."""


class ConflictError(ApiStatusError):
    """409 Conflict."""


class UnprocessableEntityError(ApiStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(ApiStatusError):
    """429 Too Many Requests."""


class InternalServerError(ApiStatusError):
    """A 5xx status: the server failed."""


class ResponseValidationError(MultiFileError):
    """A success response whose body does not match the spec; `body` holds the raw data."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: Any, raw_body: Any = _SAME) -> ApiStatusError:
    """The error class for a response's status code."""
    if response.status_code >= 500:
        return InternalServerError(response, body, raw_body)
    return _BY_STATUS.get(response.status_code, ApiStatusError)(response, body, raw_body)
