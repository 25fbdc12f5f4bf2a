/**
 * Types for every schema of One Of, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Part {
  a?: string;
}

/** Closed as a whole (allOf of closed parts), with the properties of both. */
export type Whole = Record<string, unknown>;

export interface Base {
  a: string;
}

/** Base and s, nothing else (unevaluatedProperties false). */
export interface Sealed {
  s?: number;
}

export interface Other {
  a?: string;
  c: number;
}

export type Thing = Whole | Sealed | Other;

export interface Light {
  mode: "on" | "off" | (string & {});
}

export interface Dark {
  mode: "dim" | "dark" | (string & {});
  levels?: Array<"low" | "high" | (string & {})>;
}

/** Open enums take their known values first. */
export type Lamp = Light | Dark;

export type Size = "small" | "big" | (string & {}) | "tiny" | "huge";

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

/** Takes no property it does not name. */
export interface Closed {
  code: string;
}

export interface Open {
  code: string;
  size?: number;
}

export type Coupon = Closed | Open;

export interface Meeting {
  at: string;
  room?: "a" | "b" | (string & {});
}

export interface Holiday {
  at: string;
  room?: "c";
}

export type Event = Meeting | Holiday;

export interface Tag {
  label: string;
}

export interface Box {
  tag: Tag;
}

export interface Bag {
  tag: Record<string, unknown>;
}

/** A closed tag (Box) or an open one (Bag). */
export type Holder = Box | Bag;

export interface Account {
  /** Read-only: set by the server, never sent. */
  id: string;
  name: string;
}

/** `Account` as sent in a request (no read-only fields). */
export interface AccountInput {
  name: string;
}

export interface Alias {
  name: string;
  alias: string;
}

export type Member = Account | Alias;

/** `Member` as sent in a request (no read-only fields). */
export type MemberInput = AccountInput | Alias;

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
