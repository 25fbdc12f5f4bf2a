/**
 * Types for every schema of Naming: the edge cases, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Weird {
  class: string;
  from?: string;
  import?: number;
  self?: string;
  None?: string;
  True?: boolean;
  type?: string;
  id?: number;
  str?: string;
  list?: string[];
  model_config: string;
  model_dump?: string;
  model_fields?: string;
  schema?: string;
  json?: string;
  dict?: string;
  copy?: string;
  validate?: string;
  construct?: string;
  fields?: string;
  "1st"?: string;
  "first-name"?: string;
  "first.name"?: string;
  "first name"?: string;
  firstName?: string;
  first_name?: string;
  _private?: string;
  __dunder__?: string;
  "@type"?: string;
  $ref?: string;
  straße?: string;
  日本?: string;
  match?: string;
  annotations?: string;
  when?: string;
  kind?: Literal;
  at?: Datetime;
}

export interface ClassModel {
  def?: string;
  lambda?: number;
}

export interface None {
  value?: string;
}

export type Str = string;

export interface M2faSettings {
  enabled?: boolean;
}

export interface UserProfile {
  handle?: string;
}

export interface UserName {
  upper?: string;
}

export interface UserName2 {
  snake?: string;
}

export interface UserName3 {
  dashed?: string;
}

export interface Model {
  big?: string;
}

export interface Model2 {
  small?: string;
}

export interface BaseModel {
  field?: Field;
}

export type Field = string;

export interface Cafe {
  crème?: string;
}

export type Literal = "a" | "b" | (string & {});

export interface Datetime {
  iso?: string;
}

export interface ImportResponse {
  None?: None;
  str?: Str;
}

/** Query and header parameters of `class`. */
export interface ClassParams {
  from?: string;
  self?: number;
  None?: boolean;
  type?: string;
  id?: number;
  request_options?: string;
  body?: string;
  "user-name"?: string;
  "user.name"?: string;
  userName?: string;
  "1st"?: string;
  /** Sent as a header. */
  "X-Request-ID"?: string;
  größe?: string;
}

/** Query parameters of `search`. */
export interface SearchParams {
  list?: string[];
  dict?: string;
  str?: string;
  models?: string;
  cast?: string;
  result?: string;
  Any?: string;
  datetime?: string | Date;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
