/**
 * Types for every schema of Servers, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface PingResponse {
  ok?: boolean;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
