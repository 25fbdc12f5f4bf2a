/**
 * Types for every schema of One Of, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Cat {
  name: string;
  indoor?: boolean;
}

export interface Dog {
  name: string;
  bark: boolean;
}

/** A cat or a dog. */
export type Pet = Cat | Dog;

export interface Owner {
  /** A number, or a legacy text id. */
  id: number | string;
  pets?: Pet[];
  tag?: number;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
