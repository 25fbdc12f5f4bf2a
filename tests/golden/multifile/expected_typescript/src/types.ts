/**
 * Types for every schema of Multi File, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Owner {
  name: string;
  pets?: Pet[];
}

export interface Pet {
  id: string;
  name: string;
  tag?: Tag;
  parent?: Pet;
  owner?: Owner;
}

export interface ErrorModel {
  message: string;
}

export type Tag = "cat" | "dog" | (string & {});

/** Query parameters of `listPets`. */
export interface ListPetsParams {
  limit?: number;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {
  "pets.list": {
    default: ErrorModel;
  };
  "pets.get": {
    default: ErrorModel;
  };
}
