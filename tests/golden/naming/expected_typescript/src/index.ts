export { NamingTheEdgeCasesClient, type NamingTheEdgeCasesClientOptions } from "./client.js";
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
  NamingTheEdgeCasesError,
  type OperationError,
} from "./errors.js";
export { Class } from "./resources/class.js";
export { Import } from "./resources/import.js";
export { M2fa } from "./resources/n2fa.js";
export { Models } from "./resources/models.js";
export { Users } from "./resources/users.js";
export { Users2 } from "./resources/users2.js";
export { Self } from "./resources/self.js";
export type * from "./types.js";
