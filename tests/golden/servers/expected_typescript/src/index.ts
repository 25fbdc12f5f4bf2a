export { SERVERS, ServersClient, type ServersClientOptions } from "./client.js";
export {
  ApiPromise,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Stream,
  type Fetch,
  type RawResponse,
  type RequestOptions,
} from "./core.js";
export {
  AmbiguousValueError,
  ApiConnectionError,
  ApiStatusError,
  ApiTimeoutError,
  ApiUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidHeaderError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnmatchedValueError,
  UnprocessableEntityError,
  isOperationError,
  ServersError,
  type OperationError,
} from "./errors.js";
export { Health } from "./resources/health.js";
export type * from "./types.js";
