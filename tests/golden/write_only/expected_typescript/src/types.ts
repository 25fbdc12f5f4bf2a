/**
 * Types for every schema of Write Only, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface User {
  /**
   * Assigned by the server.
   *
   * Read-only: set by the server, never sent.
   */
  id: string;
  name: string;
  /** Write-only: sent by the client, never returned. */
  password?: string;
  profile: Profile;
  tags?: Tag[];
}

/** `User` as sent in a request (no read-only fields). */
export interface UserInput {
  name: string;
  /** Write-only: sent by the client, never returned. */
  password: string;
  profile: ProfileInput;
  tags?: Tag[];
}

export interface Profile {
  /** Read-only: set by the server, never sent. */
  createdAt: string;
  bio?: string;
}

/** `Profile` as sent in a request (no read-only fields). */
export interface ProfileInput {
  bio?: string;
}

export interface Tag {
  label?: string;
}

export interface Avatar {
  image: Blob;
  /** Read-only: set by the server, never sent. */
  uploadedAt: string;
}

/** `Avatar` as sent in a request (no read-only fields). */
export interface AvatarInput {
  image: Blob;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
