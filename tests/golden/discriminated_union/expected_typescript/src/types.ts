/**
 * Types for every schema of Shapes API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

/** Any shape; `kind` tells which. */
export type Shape = Circle | Square | (Triangle & { kind: "tri" }) | UnknownShape;

/**
 * A `Shape` variant this client does not know (added to the API after it was generated). Its
 * `kind` names no known variant (read it with `String(...)`); the fields every known variant has
 * are typed as they are there, and every other field it came with is kept. Never sent: requests
 * take the known variants.
 */
export interface UnknownShape {
  kind: UnknownTag;
  [key: string]: unknown;
}

export interface Circle {
  kind: "circle";
  radius: number;
}

export interface Square {
  kind: "square";
  side: number;
}

export interface Triangle {
  kind: string;
  a: number;
  b: number;
  c: number;
}

export interface Drawing {
  id: number;
  shapes: Shape[];
  /** The selected shape, if any. */
  focus: Shape | null;
  /** Any shape; `kind` tells which. */
  background?: Shape;
}

export type GetShapeOutlineResponse = Circle | Square | UnknownGetShapeOutlineResponse;

/**
 * A `GetShapeOutlineResponse` variant this client does not know (added to the API after it was
 * generated). Its `kind` names no known variant (read it with `String(...)`); the fields every
 * known variant has are typed as they are there, and every other field it came with is kept.
 * Never sent: requests take the known variants.
 */
export interface UnknownGetShapeOutlineResponse {
  kind: UnknownTag;
  [key: string]: unknown;
}

/**
 * The discriminator value of a variant this client does not know. It is a string at run time
 * (read it with `String(tag)`); its type matches no known tag, so that checking a known tag
 * narrows a union to that variant.
 */
export interface UnknownTag {
  readonly __unknownVariant: never;
  toString(): string;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
