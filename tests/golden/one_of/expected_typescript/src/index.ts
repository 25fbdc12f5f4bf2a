export { OneOfClient, type OneOfClientOptions } from "./client.js";
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
  OneOfError,
  type OperationError,
} from "./errors.js";
export { Pets } from "./resources/pets.js";
export { Owners } from "./resources/owners.js";
export { Coupons } from "./resources/coupons.js";
export { Events } from "./resources/events.js";
export { Holders } from "./resources/holders.js";
export { Members } from "./resources/members.js";
export { Lamps } from "./resources/lamps.js";
export { Things } from "./resources/things.js";
export type * from "./types.js";
