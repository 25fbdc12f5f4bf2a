export { BodiesClient, type BodiesClientOptions } from "./client.js";
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
  BodiesError,
  type OperationError,
} from "./errors.js";
export { Customers } from "./resources/customers.js";
export { Uploads } from "./resources/uploads.js";
export type * from "./types.js";
