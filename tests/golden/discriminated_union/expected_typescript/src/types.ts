/**
 * Types for every schema of Shapes API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

/** Any shape; `kind` tells which. */
export type Shape = Circle | Square | (Triangle & { kind: "tri" });

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

export type GetShapeOutlineResponse = Circle | Square;
