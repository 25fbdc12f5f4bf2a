"""HTTP plumbing shared by the sync and async clients: requests, retries, errors, encoding."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import enum
import functools
import logging
import math
import os
import random
import time
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypedDict, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from ._auth import OAuth2, Scheme, Security, choose
from ._serialize import (
    check_header,
    check_header_name,
    cookie_header,
    cookie_pairs,
    encode_query,
    header_value,
    model_files,
    multipart_parts,
    split_files,
)
from ._streaming import AsyncStream, Stream
from ._unions import RESPONSE_CONTEXT, OneOf
from .errors import (
    ApiConnectionError,
    ApiTimeoutError,
    EnumError,
    ResponseValidationError,
    status_error,
)

DEFAULT_BASE_URL = "https://enums.example.com"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: statuses after which a write (POST, PATCH) is retried, and only when they carry Retry-After:
#: the server says it did not process the request and when to come back
WRITE_RETRY_STATUSES = frozenset({429, 503})

#: method, URL (credentials scrubbed), status and retry waits; silent unless you configure logging
logger = logging.getLogger("golden_enums")
logger.addHandler(logging.NullHandler())
MAX_RETRY_DELAY = 60.0
#: validation context for response bodies: unknown union variants are kept, not refused
_RESPONSE = {RESPONSE_CONTEXT: True}


T = TypeVar("T")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A parsed result with the HTTP details around it (from a `with_raw_response` call)."""

    status_code: int
    headers: httpx.Headers
    data: T
    http_response: httpx.Response


class RequestOptions(TypedDict, total=False):
    """Per-request settings; every key is optional."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    idempotency_key: str
    """Sent as the Idempotency-Key header; makes a POST or PATCH safe to retry."""
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]


@functools.cache
def adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """A cached TypeAdapter (built on first use, so importing the package stays cheap)."""
    return pydantic.TypeAdapter(tp)


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    """The URL parsed once: httpx.URL is immutable, and parsing the text is a good part of what a
    call costs (the same list or create URL comes back call after call)."""
    return httpx.URL(url)


@functools.lru_cache(maxsize=64)
def _timeout_seconds(seconds: float | None) -> dict[str, float | None]:
    return httpx.Timeout(seconds).as_dict()


def _timeout_extension(timeout: float | httpx.Timeout | None) -> dict[str, float | None]:
    """httpx's `timeout` request extension, built once per value."""
    if isinstance(timeout, httpx.Timeout):
        return timeout.as_dict()
    return dict(_timeout_seconds(timeout))


def _fold(headers: dict[str, str]) -> dict[str, str]:
    """Header names are case-insensitive: of names that differ only in case, one is sent, with
    the name and value set last, in the place of the first (as httpx.Headers would)."""
    if len({key.lower() for key in headers}) == len(headers):
        return headers
    folded: dict[str, tuple[str, str]] = {}
    for key, value in headers.items():
        folded[key.lower()] = (key, value)
    return dict(folded.values())


def _with_defaults(defaults: httpx.Headers, headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """The client's headers (User-Agent, ...) and then the request's, as httpx merges them: a
    header the request sets replaces the client's. Text is encoded as httpx encodes it (ASCII)."""
    names = {key.lower() for key in headers}
    merged = [
        (key, value) for key, value in defaults.raw if key.decode("latin-1").lower() not in names
    ]
    merged.extend((key.encode("ascii"), value.encode("ascii")) for key, value in headers.items())
    return merged


def _checked(headers: Mapping[str, str] | None, what: str) -> dict[str, str]:
    """Headers given by the caller, each name a token and each value ASCII without control
    characters (InvalidHeaderError otherwise)."""
    out: dict[str, str] = {}
    for key, value in (headers or {}).items():
        where = f"{what}[{key!r}]"
        if not isinstance(value, str):
            raise TypeError(f"{where}: a header value must be a str, got {type(value).__name__}")
        out[check_header_name(where, key)] = check_header(where, value)
    return out


def _as_view(value: Any, output: Any) -> Any:
    """An instance of a class a request view is of (`output`: `User` for `UserInput`, or a tuple
    of such classes), as data the view validates, wherever it sits in the body (the body itself,
    list items, map values, at any depth): its read-only fields are taken by the view and never
    sent."""
    if output is None:
        return value
    if isinstance(value, list):  # list[User], list[list[User]]
        return [_as_view(item, output) for item in value]
    if isinstance(value, pydantic.BaseModel):
        if isinstance(value, output) if isinstance(output, (type, tuple)) else True:
            return value.model_dump(by_alias=True, exclude_unset=True)
        return value
    if isinstance(value, Mapping):  # dict[str, User]; or a model body given as a mapping
        return {key: _as_view(item, output) for key, item in value.items()}
    return value


@functools.lru_cache(maxsize=256)
def _one_of(tp: Any) -> OneOf:
    """The ambiguity check of a request body typed as a oneOf union (`models.A | models.B`)."""
    members = tuple(a for a in typing.get_args(tp) if a is not type(None))
    return OneOf("request body", lambda: members)


@functools.lru_cache(maxsize=256)
def one_of_response(tp: Any) -> Any:
    """A response type that is a oneOf union without a discriminator, not a named schema
    (`models.A | models.B`), read by the same rule as a named one: the first variant, left to
    right, that the data matches without conversions, else the first that accepts it with
    conversions (see `OneOf`)."""
    members = tuple(a for a in typing.get_args(tp) if a is not type(None))
    return Annotated[tp, pydantic.WrapValidator(OneOf("response body", lambda: members))]


def _one_of_variant(tp: Any, value: Any) -> Any:
    """The adapter of the one variant of a oneOf union a request body matches as JSON, without
    conversions (None when no variant does: pydantic's conversions then apply); a body that more
    than one variant matches is refused (a pydantic.ValidationError saying it is ambiguous and
    naming them)."""
    one_of = _one_of(tp)
    try:
        index = one_of.choose(value)
    except ValueError as exc:
        raise pydantic.ValidationError.from_exception_data(
            "request body",
            [{"type": "value_error", "loc": (), "input": value, "ctx": {"error": exc}}],
        ) from None
    return None if index is None else one_of.adapters()[index][1]


class NotGiven(enum.Enum):
    """The default of an optional request body that may be null: no body is sent. `None` there
    sends the JSON body `null`; `NOT_GIVEN` (or leaving the argument out) sends none."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven.NOT_GIVEN
"""No request body at all (see `NotGiven`)."""


class _JsonNull:
    """The encoded form of a JSON body that is `null` (`json_body=None` means no body)."""

    def __repr__(self) -> str:
        return "JSON_NULL"


JSON_NULL = _JsonNull()


def encode_body(
    value: Any, tp: Any, output: Any = None, one_of: bool = False, null: bool = False
) -> Any:
    """Validate a request body client-side and return its JSON-ready wire form.

    Models and plain mappings (wire names, camelCase) are both accepted; only the fields the caller
    set are sent. A model of the right type passes through as it is (it was validated when it was
    built); a model of another type is rejected here rather than sent half-serialized. `tp` may be
    a request view (`UserInput`: read-only fields never sent); `output`, the class it is a view of,
    is accepted too. With `one_of`, a value that matches more than one of the union's variants is
    refused (ambiguous). With `null` (a JSON body that may be null), a body that is None goes out
    as the JSON `null` (JSON_NULL), not as no body.
    """
    value = _as_view(value, output)
    ta = adapter(tp)
    variant = _one_of_variant(tp, value) if one_of else None
    value = (variant or ta).validate_python(value)
    data = _whole_numbers(ta.dump_python(value, mode="json", by_alias=True, exclude_unset=True))
    return JSON_NULL if null and data is None else data


def _whole_numbers(data: Any) -> Any:
    """JSON has one number type: send 20, not 20.0, for a whole `number` (strict servers differ)."""
    if isinstance(data, float) and data.is_integer() and abs(data) < 2**53:
        return int(data)
    if isinstance(data, dict):
        return {k: _whole_numbers(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_whole_numbers(v) for v in data]
    return data


def encode_multipart(
    value: Any,
    tp: Any,
    files: Mapping[str, bool],
    part_types: Mapping[str, str | None],
    output: Any = None,
    one_of: bool = False,
) -> list[tuple[str, tuple[str | None, bytes, str | None]]]:
    """Multipart parts for a body, validated client-side (file fields may be bytes, a file
    object, a path, or a (filename, content[, content_type]) tuple; one part per array item).
    With `one_of`, a value that more than one of the union's variants accepts is refused
    (ambiguous), as for a JSON body."""
    if isinstance(output, type) and isinstance(value, output):  # files as given, not dumped
        value, given = model_files(value, files)
        rest, taken = split_files(_as_view(value, output), files)
        taken.update(given)
    else:
        rest, taken = split_files(value, files)
    ta = adapter(tp)
    variant = _one_of_variant(tp, rest) if one_of else None
    checked = (variant or ta).validate_python(rest)
    # a model's file fields hold what the caller gave (a path, a file object, a tuple)
    validated, given = model_files(checked, files)
    data = ta.dump_python(validated, by_alias=True, exclude_unset=True)
    return multipart_parts(data or {}, {**given, **taken}, part_types)


def _retry_after(header: str) -> float | None:
    """Seconds to wait from a Retry-After value (seconds or an HTTP date); None if unusable."""
    try:
        seconds = float(header)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_DELAY)


def _retry_delay(response: httpx.Response | None, attempt: int) -> float:
    if response is not None:
        header = response.headers.get("retry-after", "").strip()
        delay = _retry_after(header) if header else None
        if delay is not None:
            return delay
    base: float = min(0.5 * (2**attempt), 8.0)
    return base * (0.75 + random.random() / 4)


def _redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text


def _body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


class BaseHttp:
    """Settings shared by the sync and async transports."""

    def __init__(
        self,
        *,
        schemes: Mapping[str, Scheme],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        headers: Mapping[str, str] | None,
    ) -> None:
        self._schemes = dict(schemes)
        # credentials, to be scrubbed from error messages
        self._secrets: list[str] = [
            s for scheme in self._schemes.values() for s in scheme.secrets()
        ]
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        if not self.base_url:
            raise ValueError("base_url is required: the API description names no server")
        self.timeout = timeout
        self.max_retries = max_retries
        self._headers = _checked(headers, "headers")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        cookies: Mapping[str, Any] | None,
        json_body: Any,
        form: bytes | None,
        files: Any,
        content: Any,
        content_type: str | None,
        security: Mapping[str, Any],
        options: RequestOptions,
        accept: str | None = "application/json",
        tokens: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        # a plain dict (cheaper per call than httpx.Headers); a header set twice in another case
        # is replaced, not sent twice (`_fold`, at the end)
        # Accept names the media types the operation's responses declare (none: httpx's */*)
        request_headers: dict[str, str] = {"Accept": accept} if accept else {}
        if self._headers:
            request_headers.update(self._headers)
        pairs = encode_query(query) if query else []
        cookie_values = cookie_pairs(cookies) if cookies else []
        if headers:
            for key, raw in headers.items():
                text = header_value(key, raw)
                if text is not None:
                    request_headers[key] = text
        # only the schemes of the chosen security alternative: never another scheme's credentials
        for name in security:
            self._schemes[name].apply(
                request_headers, pairs, cookie_values, tokens.get(name) if tokens else None
            )
        if json_body is JSON_NULL:  # the JSON body `null`
            json_body, content = None, b"null"
        if files is not None and not files:  # a multipart body with no part is still one
            boundary = os.urandom(16).hex()
            content = f"--{boundary}--\r\n".encode("ascii")
            content_type = f"multipart/form-data; boundary={boundary}"
            files = None
        if content_type is not None and (
            json_body is not None or form is not None or content is not None
        ):
            request_headers["Content-Type"] = content_type
        if options.get("idempotency_key"):
            request_headers["Idempotency-Key"] = check_header(
                "request_options['idempotency_key']", options["idempotency_key"]
            )
        if options.get("extra_headers"):
            request_headers.update(
                _checked(options["extra_headers"], "request_options['extra_headers']")
            )
        extra_query = options.get("extra_query") or {}
        if extra_query:
            extra = encode_query(extra_query)
            names = {pair[0] for pair in extra}
            pairs = [pair for pair in pairs if pair[0] not in names] + extra
        if cookie_values:
            request_headers["Cookie"] = cookie_header(cookie_values)
        timeout = options.get("timeout", self.timeout) if options else self.timeout
        extensions = {"timeout": _timeout_extension(timeout)}
        url = self.base_url + path
        if pairs:
            url += "?" + "&".join(f"{k}={v}" for k, v in pairs)
        body = form if form is not None else content
        if client.cookies or client.params:  # the client's own cookies and query to merge in
            return client.build_request(
                method,
                _parsed_url(url),
                headers=_fold(request_headers),
                json=json_body,
                files=files,
                content=body,
                extensions=extensions,
            )
        # what client.build_request does for an absolute URL and a set timeout, with the client's
        # headers merged in one pass instead of through two httpx.Headers
        return httpx.Request(
            method,
            _parsed_url(url),
            headers=_with_defaults(client.headers, _fold(request_headers)),
            json=json_body,
            files=files,
            content=body,
            extensions=extensions,
        )

    def retry_wait(
        self,
        request: httpx.Request,
        attempt: int,
        options: RequestOptions,
        *,
        idempotent: bool,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """Seconds to wait before sending the request again, or None: do not retry.

        Idempotent requests (GET, PUT, DELETE, ..., a write with an Idempotency-Key header or one
        the API marks x-idempotent) are retried on connection errors, 408, 429 and 5xx. Other
        writes (POST, PATCH) only when the server surely did not process them: the connection was
        refused before anything was sent, or a 429/503 that says when to retry (Retry-After).
        """
        if attempt >= options.get("max_retries", self.max_retries):
            return None
        retryable = (
            idempotent
            or request.method in IDEMPOTENT_METHODS
            or "idempotency-key" in request.headers
        )
        if response is None:
            if retryable or isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout)):
                return _retry_delay(None, attempt)
            return None
        if retryable:
            return (
                _retry_delay(response, attempt) if response.status_code in RETRY_STATUSES else None
            )
        if response.status_code in WRITE_RETRY_STATUSES:
            header = response.headers.get("retry-after", "").strip()
            return _retry_after(header) if header else None
        return None

    def expire_tokens(self, chosen: Mapping[str, Any]) -> bool:
        """After a 401: forget the fetched OAuth2 tokens the request carried; whether any was."""
        expired = False
        for name, scopes in chosen.items():
            scheme = self._schemes[name]
            if isinstance(scheme, OAuth2) and scheme.expire(scopes):
                expired = True
        return expired

    def reauthorize(self, request: httpx.Request, tokens: Mapping[str, str]) -> None:
        """Put fresh OAuth2 tokens on a request about to be sent again."""
        for name, token in tokens.items():
            self._schemes[name].apply(request.headers, [], [], token)

    def log_url(self, request: httpx.Request) -> str:
        """The request URL for logs, without credentials (a query-string key, say)."""
        return _redact(str(request.url), self._secrets + [quote(s, safe="") for s in self._secrets])

    def process(
        self,
        response: httpx.Response,
        response_type: Any,
        encoding: str,
        response_types: Mapping[str, tuple[Any, str]] | None = None,
        error_types: Mapping[str, Any] | None = None,
    ) -> Any:
        if not response.is_success:  # 4xx and 5xx, and a 1xx or 3xx that was not followed
            raise _status_error(response, error_types)
        if response_types:  # each 2xx status declared with its own type
            response_type, encoding = _for_status(response_types, response.status_code) or (
                response_type,
                encoding,
            )
        if response_type is None or encoding == "none" or response.status_code == 204:
            return None
        if encoding == "binary":
            return response.content
        if encoding == "text":
            return response.text
        validator = adapter(response_type)
        try:  # parsed and validated in one step, from the bytes
            return validator.validate_json(response.content, context=_RESPONSE)
        except pydantic.ValidationError:
            pass  # not JSON, not valid, or JSON that only Python's parser reads: see below
        try:
            data = response.json()
        except ValueError as exc:
            content_type = response.headers.get("content-type", "no content type")
            if content_type.split(";")[0].strip().lower() == "text/event-stream":
                content_type += " (an event stream: call the method's `_stream` form)"
            raise ResponseValidationError(
                f"expected a JSON body, got {content_type}",
                response=response,
                body=response.text,
            ) from exc
        try:
            return validator.validate_python(data, context=_RESPONSE)
        except pydantic.ValidationError as exc:
            raise ResponseValidationError(
                f"the response body does not match the spec: {exc}", response=response, body=data
            ) from exc


def _for_status(table: Mapping[str, Any], status: int) -> Any:
    """The entry for a status code: exact ("404"), then its range ("4XX"), then "default"."""
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in table:
            return table[key]
    return None


def _status_error(response: httpx.Response, error_types: Mapping[str, Any] | None) -> Exception:
    """The error for a non-success response; its body parsed into the declared model, if any.

    `body` is the model when the body matches the status's declared schema, else the raw JSON
    (or text); `raw_body` is always the raw JSON (or text).
    """
    raw = _body_of(response)
    body = raw
    error_type = _for_status(error_types, response.status_code) if error_types else None
    if error_type is not None and not isinstance(raw, str):
        try:
            body = adapter(error_type).validate_python(raw, context=_RESPONSE)
        except pydantic.ValidationError:
            body = raw
    return status_error(response, body, raw_body=raw)


def _connection_error(exc: httpx.RequestError, secrets: list[str]) -> EnumError:
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # raised by httpx when the error has no request attached
        request = None
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"request timed out: {type(exc).__name__}", request=request)
    if isinstance(exc, httpx.TransportError):
        message = f"connection failed: {type(exc).__name__}: {exc}"
    else:  # not a network failure: too many redirects, or a body that cannot be decoded
        message = f"request failed: {type(exc).__name__}: {exc}"
    return ApiConnectionError(_redact(message, secrets), request=request)


class SyncHttp(BaseHttp):
    """Sends requests with an httpx.Client (yours, or one it owns and closes)."""

    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self.client = http_client or httpx.Client(follow_redirects=True)

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    def _tokens(self, chosen: Mapping[str, Any]) -> dict[str, str]:
        """OAuth2 tokens for the chosen schemes, fetched with client credentials when needed."""
        tokens: dict[str, str] = {}
        for name, scopes in chosen.items():
            scheme = self._schemes[name]
            if not isinstance(scheme, OAuth2):
                continue
            token = scheme.cached(scopes)
            if token is None:
                request = scheme.token_request(self.client, self.base_url, scopes)
                try:
                    response = self.client.send(request)
                    response.read()
                except httpx.RequestError as exc:
                    raise _connection_error(exc, self._secrets) from None
                if not response.is_success:
                    raise status_error(response, _body_of(response))
                token = scheme.store(scopes, _body_of(response))
                self._secrets.append(token)
            tokens[name] = token
        return tokens

    def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        response_encoding: str = "json",
        response_types: Mapping[str, tuple[Any, str]] | None = None,
        error_types: Mapping[str, Any] | None = None,
        events: Any = None,
        accept: str | None = "application/json",
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        json_body: Any = None,
        form: bytes | None = None,
        files: Any = None,
        content: Any = None,
        content_type: str | None = None,
        security: Security = (),
        options: RequestOptions | None = None,
        raw: bool = False,
        idempotent: bool = False,
    ) -> Any:
        opts: RequestOptions = options or {}
        chosen = choose(self._schemes, security)
        tokens = self._tokens(chosen)
        request = self.build_request(
            self.client,
            method,
            path,
            query=query,
            headers=headers,
            cookies=cookies,
            json_body=json_body,
            form=form,
            files=files,
            content=content,
            content_type=content_type,
            security=chosen,
            options=opts,
            accept=accept,
            tokens=tokens,
        )
        attempt = 0
        renewed = False
        while True:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s", method, self.log_url(request))
            try:
                response = self.client.send(request, stream=events is not None)
            except httpx.TransportError as exc:
                wait = self.retry_wait(request, attempt, opts, idempotent=idempotent, error=exc)
                if wait is not None:
                    logger.info(
                        "%s %s failed (%s); retrying in %.2f s",
                        method,
                        self.log_url(request),
                        type(exc).__name__,
                        wait,
                    )
                    time.sleep(wait)
                    attempt += 1
                    continue
                raise _connection_error(exc, self._secrets) from None
            except httpx.RequestError as exc:
                raise _connection_error(exc, self._secrets) from None
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s -> %d", method, self.log_url(request), response.status_code)
            if (
                response.status_code == 401
                and tokens
                and not renewed
                and self.expire_tokens(chosen)
            ):
                # a fetched token the server no longer takes: fetch a new one, send once more
                renewed = True
                response.close()
                tokens = self._tokens(chosen)
                self.reauthorize(request, tokens)
                continue
            wait = (
                None
                if response.is_success
                else self.retry_wait(
                    request, attempt, opts, idempotent=idempotent, response=response
                )
            )
            if wait is not None:
                logger.info(
                    "%s %s -> %d; retrying in %.2f s",
                    method,
                    self.log_url(request),
                    response.status_code,
                    wait,
                )
                response.close()
                time.sleep(wait)
                attempt += 1
                continue
            if events is not None and response.is_success:  # read as the caller iterates
                stream: Stream[Any] = Stream(response, events)
                if raw:
                    return ApiResponse(response.status_code, response.headers, stream, response)
                return stream
            response.read()
            data = self.process(
                response, response_type, response_encoding, response_types, error_types
            )
            if raw:
                return ApiResponse(response.status_code, response.headers, data, response)
            return data


class AsyncHttp(BaseHttp):
    """Sends requests with an httpx.AsyncClient (yours, or one it owns and closes)."""

    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self.client = http_client or httpx.AsyncClient(follow_redirects=True)

    async def close(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def _tokens(self, chosen: Mapping[str, Any]) -> dict[str, str]:
        """OAuth2 tokens for the chosen schemes, fetched with client credentials when needed."""
        tokens: dict[str, str] = {}
        for name, scopes in chosen.items():
            scheme = self._schemes[name]
            if not isinstance(scheme, OAuth2):
                continue
            token = scheme.cached(scopes)
            if token is None:
                request = scheme.token_request(self.client, self.base_url, scopes)
                try:
                    response = await self.client.send(request)
                    await response.aread()
                except httpx.RequestError as exc:
                    raise _connection_error(exc, self._secrets) from None
                if not response.is_success:
                    raise status_error(response, _body_of(response))
                token = scheme.store(scopes, _body_of(response))
                self._secrets.append(token)
            tokens[name] = token
        return tokens

    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        response_encoding: str = "json",
        response_types: Mapping[str, tuple[Any, str]] | None = None,
        error_types: Mapping[str, Any] | None = None,
        events: Any = None,
        accept: str | None = "application/json",
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        json_body: Any = None,
        form: bytes | None = None,
        files: Any = None,
        content: Any = None,
        content_type: str | None = None,
        security: Security = (),
        options: RequestOptions | None = None,
        raw: bool = False,
        idempotent: bool = False,
    ) -> Any:
        opts: RequestOptions = options or {}
        chosen = choose(self._schemes, security)
        tokens = await self._tokens(chosen)
        request = self.build_request(
            self.client,
            method,
            path,
            query=query,
            headers=headers,
            cookies=cookies,
            json_body=json_body,
            form=form,
            files=files,
            content=content,
            content_type=content_type,
            security=chosen,
            options=opts,
            accept=accept,
            tokens=tokens,
        )
        attempt = 0
        renewed = False
        while True:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s", method, self.log_url(request))
            try:
                response = await self.client.send(request, stream=events is not None)
            except httpx.TransportError as exc:
                wait = self.retry_wait(request, attempt, opts, idempotent=idempotent, error=exc)
                if wait is not None:
                    logger.info(
                        "%s %s failed (%s); retrying in %.2f s",
                        method,
                        self.log_url(request),
                        type(exc).__name__,
                        wait,
                    )
                    await asyncio.sleep(wait)
                    attempt += 1
                    continue
                raise _connection_error(exc, self._secrets) from None
            except httpx.RequestError as exc:
                raise _connection_error(exc, self._secrets) from None
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s -> %d", method, self.log_url(request), response.status_code)
            if (
                response.status_code == 401
                and tokens
                and not renewed
                and self.expire_tokens(chosen)
            ):
                # a fetched token the server no longer takes: fetch a new one, send once more
                renewed = True
                await response.aclose()
                tokens = await self._tokens(chosen)
                self.reauthorize(request, tokens)
                continue
            wait = (
                None
                if response.is_success
                else self.retry_wait(
                    request, attempt, opts, idempotent=idempotent, response=response
                )
            )
            if wait is not None:
                logger.info(
                    "%s %s -> %d; retrying in %.2f s",
                    method,
                    self.log_url(request),
                    response.status_code,
                    wait,
                )
                await response.aclose()
                await asyncio.sleep(wait)
                attempt += 1
                continue
            if events is not None and response.is_success:  # read as the caller iterates
                events_stream: AsyncStream[Any] = AsyncStream(response, events)
                if raw:
                    return ApiResponse(
                        response.status_code, response.headers, events_stream, response
                    )
                return events_stream
            await response.aread()
            data = self.process(
                response, response_type, response_encoding, response_types, error_types
            )
            if raw:
                return ApiResponse(response.status_code, response.headers, data, response)
            return data
