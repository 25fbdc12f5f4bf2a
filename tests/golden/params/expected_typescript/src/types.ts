/**
 * Types for every schema of Params, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface GetUsersXPoint {
  x?: number;
  y?: number;
}

export interface SearchFilter {
  status?: "open" | "closed" | (string & {});
  min_price?: number;
}

/** Header and cookie parameters of `getUsers`. */
export interface GetUsersParams {
  /** Sent as a header. */
  "X-Flags"?: string[];
  /** Sent as a header. */
  "X-Point"?: GetUsersXPoint;
  /** Sent as a cookie. */
  session_id?: string;
  /** Sent as a cookie. */
  tracking?: string[];
}

/** Query and header parameters of `search`. */
export interface SearchParams {
  ids?: number[];
  tags?: string[];
  filter?: SearchFilter;
  pipes?: string[];
  spaces?: string[];
  active?: boolean;
  price?: number;
  since?: string | Date;
  day?: string;
  sort?: "asc" | "desc" | (string & {});
  redirect?: string;
  where?: Record<string, unknown>;
  /** @deprecated */
  old?: string;
  /** Sent as a header. */
  "X-Active"?: boolean;
  /** Sent as a header. */
  "X-Since"?: string | Date;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
