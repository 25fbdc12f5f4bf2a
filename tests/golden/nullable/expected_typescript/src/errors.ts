/**
 * Errors thrown by the Nullable API client.
 *
 * Every error derives from `NullableError`. Status errors carry the status code, the response
 * headers and the body (parsed JSON when the body is JSON, else text). Credentials never appear in
 * an error message.
 */

import type { ErrorBodies } from "./types.js";

/** Base class of every error this client throws. */
export class NullableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The request did not get a usable response: the server could not be reached (DNS, refused
 * connection, TLS, dropped connection) or the response could not be read.
 */
export class ApiConnectionError extends NullableError {}

/** The request timed out (after its retries, when it was retried). */
export class ApiTimeoutError extends ApiConnectionError {}

/** The caller cancelled the request through its AbortSignal. */
export class ApiUserAbortError extends NullableError {}

/**
 * A header the client refuses to send, thrown before any request goes out. Header values must be
 * ASCII without control characters: no CR, LF, NUL or tab, nothing beyond U+007E (so a value can
 * never add a header or end the request head). This holds for header parameters, header API keys
 * and tokens, the client's `headers` and a request's `headers` and `idempotencyKey`. The message
 * names the parameter (or header) and the first character that cannot be sent, never the value.
 * Send other text percent-encoded or base64-encoded, as the API documents.
 */
export class InvalidHeaderError extends NullableError {}

/**
 * A request value that more than one variant of a oneOf union (one without a discriminator)
 * accepts: the server could read it as either, so nothing is sent. A value matches a variant when
 * it is that variant's JSON without conversions (read-only properties aside). Pass a value that
 * only one variant accepts.
 */
export class AmbiguousValueError extends NullableError {
  /** The union, as the client's types name it. */
  readonly union: string;
  /** The variants that accept the value, left to right. */
  readonly variants: readonly string[];
  /** Where the value is in the request: `body`, `body.pets[0]`, ... */
  readonly at: string;

  constructor(union: string, variants: readonly string[], at: string) {
    super(
      `ambiguous ${union} at ${at}: the value matches ${variants.join(", ")}, and oneOf needs ` +
        "exactly one to match; pass a value that only one variant accepts",
    );
    this.union = union;
    this.variants = variants;
    this.at = at;
  }
}

/**
 * A request value that no variant of a oneOf union (one without a discriminator) accepts: the
 * server would refuse it, so nothing is sent. `reasons` says why each variant does not take it.
 */
export class UnmatchedValueError extends NullableError {
  /** The union, as the client's types name it. */
  readonly union: string;
  /** Every variant, left to right. */
  readonly variants: readonly string[];
  /** Why each variant refuses the value, in the order of `variants`. */
  readonly reasons: readonly string[];
  /** Where the value is in the request: `body`, `body.pets[0]`, ... */
  readonly at: string;

  constructor(union: string, variants: readonly string[], reasons: readonly string[], at: string) {
    const why = variants.map((v, i) => `${v} (${reasons[i] ?? "no match"})`).join("; ");
    super(
      `no variant of ${union} accepts the value at ${at}: ${why}; oneOf needs exactly one to ` +
        "match",
    );
    this.union = union;
    this.variants = variants;
    this.reasons = reasons;
    this.at = at;
  }
}

/** What else a status error knows: the raw body, the declared response, the method. */
export interface StatusErrorDetails {
  rawBody?: string | undefined;
  declared?: string | undefined;
  operation?: string | undefined;
}

/**
 * The server answered with a non-success status code. `isOperationError(error, "resource.method")`
 * narrows it to the error responses that method declares, with `body` typed as declared.
 */
export class ApiStatusError<TBody = unknown> extends NullableError {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The response body: parsed JSON when it is JSON, else the text. */
  readonly body: TBody;
  /** The response body as received. */
  readonly rawBody: string;
  /**
   * The error response the method declares for this status (`"404"`, `"4XX"` or `"default"`), when
   * the body is what it declares (JSON); else undefined.
   */
  readonly declared: string | undefined;
  /** The method that made the request, as `resource.method`. */
  readonly operation: string | undefined;

  constructor(
    status: number,
    headers: Headers,
    body: TBody,
    message: string,
    details: StatusErrorDetails = {},
  ) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.rawBody = details.rawBody ?? (typeof body === "string" ? body : JSON.stringify(body));
    this.declared = details.declared;
    this.operation = details.operation;
  }
}

/** 400 Bad Request. */
export class BadRequestError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 401 Unauthorized: the credentials are missing or wrong. */
export class AuthenticationError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 403 Forbidden. */
export class PermissionDeniedError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 404 Not Found. */
export class NotFoundError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 409 Conflict. */
export class ConflictError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 422 Unprocessable Entity. */
export class UnprocessableEntityError<TBody = unknown> extends ApiStatusError<TBody> {}

/** 429 Too Many Requests. */
export class RateLimitError<TBody = unknown> extends ApiStatusError<TBody> {}

/** A 5xx status: the server failed. */
export class InternalServerError<TBody = unknown> extends ApiStatusError<TBody> {}

/**
 * A status error of the method `M` (`"resource.method"`) with a body that method declares for its
 * status: narrow on `declared` (`"404"`, `"4XX"`, `"default"`) to get the body's type.
 */
export type OperationError<M extends keyof ErrorBodies> = {
  [S in keyof ErrorBodies[M]]: ApiStatusError<ErrorBodies[M][S]> & { readonly declared: S };
}[keyof ErrorBodies[M]];

/**
 * Whether `error` is a status error of `method` (`"resource.method"`) whose body is one the method
 * declares for its status; narrows it to `OperationError<typeof method>`.
 */
export function isOperationError<M extends keyof ErrorBodies>(
  error: unknown,
  method: M,
): error is OperationError<M> {
  return (
    error instanceof ApiStatusError && error.operation === method && error.declared !== undefined
  );
}

/** A success response whose body is not what the spec declares; `body` holds the raw text. */
export class ResponseValidationError extends NullableError {
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
  details: StatusErrorDetails = {},
): ApiStatusError {
  const cls = status >= 500 ? InternalServerError : (BY_STATUS[status] ?? ApiStatusError);
  return new cls(status, headers, body, message, details);
}
