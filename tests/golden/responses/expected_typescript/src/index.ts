export { ResponsesClient, type ResponsesClientOptions } from "./client.js";
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
  ResponsesError,
  type OperationError,
} from "./errors.js";
export { Jobs } from "./resources/jobs.js";
export type * from "./types.js";
