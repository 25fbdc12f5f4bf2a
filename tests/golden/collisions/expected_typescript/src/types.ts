/**
 * Types for every schema of Collisions API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Order {
  id: string;
  /** Where this order ships (not a saved Address). */
  address: Record<string, unknown>;
  /** The customer's id, or the customer when expanded. */
  customer: string | Customer;
  tags?: string[];
  payment?: Record<string, unknown>;
}

export interface Address {
  street: string;
  city: string;
}

export interface Customer {
  id: string;
  name: string;
}

export interface Tag {
  label?: string;
}

export interface Payment {
  amount?: number;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
