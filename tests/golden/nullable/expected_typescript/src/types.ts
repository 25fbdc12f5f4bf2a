/**
 * Types for every schema of Nullable API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Owner {
  name: string;
}

export interface RecordModel {
  id: string;
  required_nullable: string | null;
  required_nullable_ref: Owner | null;
  required_nullable_anyof: number | null;
  optional_nullable?: number | null;
  optional?: number;
  optional_nullable_datetime?: string | null;
  nullable_items?: Array<string | null>;
  nullable_map?: Record<string, number | null> | null;
  nullable_union?: string | number | null;
  always_null?: unknown;
  nullable_with_default?: string | null;
}

/** Send a key to change it; send null to clear it. */
export interface RecordPatch {
  required_nullable?: string | null;
  optional_nullable?: number | null;
  owner?: Owner | null;
}

export interface TouchRecordBody {
  note?: string;
}

/** Query parameters of `getRecord`. */
export interface GetRecordParams {
  /** Null and absent mean the same here. */
  cursor?: string | null;
  since?: string | Date | null;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
