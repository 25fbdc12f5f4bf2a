/**
 * Errors thrown by the Paging client.
 *
 * Every error derives from `PagingError`. Status errors carry the status code, the response
 * headers and the body (parsed JSON when the body is JSON, else text). Credentials never appear in
 * an error message.
 */

/** Base class of every error this client throws. */
export class PagingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The request did not get a usable response: the server could not be reached (DNS, refused
 * connection, TLS, dropped connection) or the response could not be read.
 */
export class ApiConnectionError extends PagingError {}

/** The request timed out (after its retries, when it was retried). */
export class ApiTimeoutError extends ApiConnectionError {}

/** The caller cancelled the request through its AbortSignal. */
export class ApiUserAbortError extends PagingError {}

/** The server answered with a non-success status code. */
export class ApiStatusError extends PagingError {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The response body: parsed JSON when it is JSON, else the text. */
  readonly body: unknown;

  constructor(status: number, headers: Headers, body: unknown, message: string) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = body;
  }
}

/** 400 Bad Request. */
export class BadRequestError extends ApiStatusError {}

/** 401 Unauthorized: the credentials are missing or wrong. */
export class AuthenticationError extends ApiStatusError {}

/** 403 Forbidden. */
export class PermissionDeniedError extends ApiStatusError {}

/** 404 Not Found. */
export class NotFoundError extends ApiStatusError {}

/** 409 Conflict. */
export class ConflictError extends ApiStatusError {}

/** 422 Unprocessable Entity. */
export class UnprocessableEntityError extends ApiStatusError {}

/** 429 Too Many Requests. */
export class RateLimitError extends ApiStatusError {}

/** A 5xx status: the server failed. */
export class InternalServerError extends ApiStatusError {}

/** A success response whose body is not what the spec declares; `body` holds the raw text. */
export class ResponseValidationError extends PagingError {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The raw response body. */
  readonly body: string;

  constructor(message: string, status: number, headers: Headers, body: string) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = body;
  }
}

const BY_STATUS: Readonly<Record<number, typeof ApiStatusError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error for a non-success response: a subclass per common status. */
export function statusError(
  status: number,
  headers: Headers,
  body: unknown,
  message: string,
): ApiStatusError {
  const cls = status >= 500 ? InternalServerError : (BY_STATUS[status] ?? ApiStatusError);
  return new cls(status, headers, body, message);
}
