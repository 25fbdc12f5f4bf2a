/**
 * Types for every schema of Write Only, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface User {
  name: string;
  /** Write-only: sent by the client, never returned. */
  password?: string;
}

/** `User` as sent in a request (no read-only fields). */
export interface UserInput {
  name: string;
  /** Write-only: sent by the client, never returned. */
  password: string;
}
