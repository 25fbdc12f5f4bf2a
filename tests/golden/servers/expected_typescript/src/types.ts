/**
 * Types for every schema of Servers, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface PingResponse {
  ok?: boolean;
}
