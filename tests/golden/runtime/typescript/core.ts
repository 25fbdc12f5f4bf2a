/**
 * HTTP plumbing shared by every resource: requests, retries, timeouts, errors, and the encoding of
 * parameters and bodies. Runs on the standard fetch (Node 18+, browsers, Deno, Bun); no
 * dependencies.
 */

import {
  AmbiguousValueError,
  ApiConnectionError,
  ApiTimeoutError,
  ApiUserAbortError,
  InvalidHeaderError,
  EnumError as ClientError,
  ResponseValidationError,
  statusError,
  UnmatchedValueError,
} from "./errors.js";

/** The server the client talks to unless it is given a `baseUrl`. */
export const DEFAULT_BASE_URL = "https://enums.example.com";
/** Milliseconds per attempt before a request times out. */
export const DEFAULT_TIMEOUT = 60_000;
/** Retries for idempotent requests on connection errors, timeouts, 408, 429 and 5xx. */
export const DEFAULT_MAX_RETRIES = 2;

const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
// A request that may have been processed is never sent twice: these methods (and requests with an
// Idempotency-Key, or operations the API marks x-idempotent) are retried on any failure; other
// writes only when the server surely did not process them.
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
// statuses after which a write (POST, PATCH) is retried, and only when they carry Retry-After:
// the server says it did not process the request and when to send it again
const WRITE_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);
// connection failures before anything was sent (refused, no such host, connect timeout)
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const MAX_RETRY_DELAY = 60_000;

/** The fetch function the client calls: the global one unless you pass your own. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Per-request settings; every key is optional. */
export interface RequestOptions {
  /** Cancels the request (and its retries) when aborted. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt; overrides the client's `timeout`. */
  timeout?: number | undefined;
  /** Retries for idempotent requests; overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Sent as the `Idempotency-Key` header; makes a POST or PATCH safe to retry. */
  idempotencyKey?: string | undefined;
  /** Extra headers; a null value removes a header the client would send. */
  headers?: Record<string, string | null> | undefined;
}

/** A parsed result with the HTTP details around it (from `.withRawResponse()`). */
export interface RawResponse<T> {
  /** The parsed body. */
  data: T;
  /** The HTTP status code. */
  status: number;
  /** The response headers. */
  headers: Headers;
  /** The fetch Response (its body has been read). */
  response: Response;
}

/**
 * The result of every API method: await it for the parsed body, or call `.withRawResponse()` for
 * status and headers too, or `.asResponse()` for the unread fetch Response.
 */
export class ApiPromise<T> extends Promise<T> {
  readonly #response: Promise<Response>;
  readonly #parse: (response: Response) => Promise<T>;
  readonly #unparsed: (response: Response) => void;
  #parsed: Promise<T> | undefined;

  constructor(
    response: Promise<Response>,
    parse: (response: Response) => Promise<T>,
    unparsed: (response: Response) => void = () => {},
  ) {
    super((resolve) => {
      resolve(undefined as T);
    });
    this.#response = response;
    this.#parse = parse;
    this.#unparsed = unparsed;
  }

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /**
   * The fetch Response, its body unread (status errors are still thrown). The timeout no longer
   * applies once it is returned; the caller's signal still cancels reading the body.
   */
  asResponse(): Promise<Response> {
    return this.#response.then((response) => {
      this.#unparsed(response);
      return response;
    });
  }

  /** The parsed body with the status code and headers. */
  async withRawResponse(): Promise<RawResponse<T>> {
    const response = await this.#response;
    const data = await this.#data();
    return { data, status: response.status, headers: response.headers, response };
  }

  #data(): Promise<T> {
    this.#parsed ??= this.#response.then(this.#parse);
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#data().then(onfulfilled, onrejected);
  }

  override catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.#data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#data().finally(onfinally);
  }
}

/**
 * Server-sent events as they arrive: `for await (const event of stream) { ... }`. Each event's
 * data is parsed (JSON, or kept as text); a `[DONE]` event ends the stream. Stopping early (break,
 * return, an exception) closes the connection.
 */
export class Stream<T> implements AsyncIterable<T> {
  readonly #response: Response;
  readonly #events: "json" | "text";
  readonly #release: () => void;
  readonly #fail: (error: unknown) => unknown;
  #used = false;

  constructor(
    response: Response,
    events: "json" | "text",
    release: () => void,
    fail: (error: unknown) => unknown,
  ) {
    this.#response = response;
    this.#events = events;
    this.#release = release;
    this.#fail = fail;
  }

  /** The fetch Response the events are read from (status, headers). */
  get response(): Response {
    return this.#response;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    if (this.#used) throw new ClientError("a stream can be iterated only once");
    this.#used = true;
    const body = this.#response.body;
    if (body === null) {
      this.#release();
      return;
    }
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let data: string[] = [];
    let finished = false;
    try {
      while (!finished) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw this.#fail(error);
        }
        buffer += chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
        for (;;) {
          const end = /\r\n|\r|\n/.exec(buffer);
          // a "\r" at the end of a chunk may be the first half of "\r\n"
          if (end === null || (end[0] === "\r" && end.index === buffer.length - 1 && !chunk.done)) {
            break;
          }
          const line = buffer.slice(0, end.index);
          buffer = buffer.slice(end.index + end[0].length);
          if (line === "") {
            if (data.length === 0) continue;
            const text = data.join("\n");
            data = [];
            if (text === "[DONE]") {
              finished = true;
              break;
            }
            yield this.#parse(text);
          } else if (!line.startsWith(":")) {
            const colon = line.indexOf(":");
            const field = colon === -1 ? line : line.slice(0, colon);
            const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
            if (field === "data") data.push(value);
          }
        }
        if (chunk.done) finished = true;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
      this.#release();
    }
  }

  #parse(text: string): T {
    if (this.#events === "text") return text as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      const r = this.#response;
      throw new ResponseValidationError("an event's data is not JSON", r.status, r.headers, text);
    }
  }
}

/** How a parameter is serialised: OpenAPI's `style` and `explode`. */
export type Style =
  "form" | "simple" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** What else the spec says about a parameter: reserved characters allowed, or a media type. */
export interface ParameterExtras {
  /** RFC 3986 reserved characters go out as they are (`allowReserved`). */
  allowReserved?: boolean;
  /** The parameter is given by `content`: its value is sent as this media type (JSON). */
  contentType?: string;
}

/** A parameter value with a serialisation other than its location's default. */
export class Styled {
  constructor(
    readonly value: unknown,
    readonly style: Style,
    readonly explode: boolean,
    readonly extras: ParameterExtras = {},
  ) {}
}

/** Wraps a parameter value whose style or explode differs from its location's default. */
export function styled(
  value: unknown,
  style: Style,
  explode: boolean,
  extras: ParameterExtras = {},
): Styled {
  return new Styled(value, style, explode, extras);
}

/** How one property of a form or multipart body goes on the wire (the media type's encoding). */
export interface PropertyEncoding {
  style?: Style;
  explode?: boolean;
  allowReserved?: boolean;
  /** Multipart: the part's media type. */
  contentType?: string;
}

type Plain = Readonly<Record<string, unknown>>;

function isPlain(value: unknown): value is Plain {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Blob)
  );
}

/** A primitive as text: the same in every location (booleans `true`/`false`, dates ISO 8601). */
function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value) ?? "";
}

const RESERVED = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2B|2C|3B)/g;

/** Percent-encoding for a query or form component (RFC 3986 unreserved characters stay; with
 * `reserved`, the reserved ones but `&`, `=` and `#` too). */
function enc(value: string, reserved = false): string {
  if (reserved) return enc(value).replace(RESERVED, (m) => decodeURIComponent(m));
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function entries(value: Plain): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** Form encoding: as `enc`, with spaces as `+`. */
function formEnc(value: string, reserved = false): string {
  return enc(value, reserved).replace(/%20/g, "+");
}

/** `key[a][b]=v` pairs for a nested value (deepObject; arrays as `key[0]`, `key[1]`). */
function deep(key: string, value: unknown, out: string[], encode: (s: string) => string): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => deep(`${key}[${i}]`, item, out, encode));
  } else if (isPlain(value)) {
    for (const [k, v] of entries(value)) deep(`${key}[${enc(k)}]`, v, out, encode);
  } else {
    out.push(`${key}=${encode(value === null ? "" : text(value))}`);
  }
}

const DELIMITERS: Readonly<Record<string, string>> = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
};

/** Query pairs (already encoded) for one parameter, by style and explode. */
export function queryPairs(name: string, raw: unknown): string[] {
  const { value, style, explode, extras } =
    raw instanceof Styled ? raw : { value: raw, style: "form", explode: true, extras: {} };
  const out: string[] = [];
  if (value === undefined || value === null) return out;
  const key = enc(name);
  const reserved = extras.allowReserved ?? false;
  const e = (s: string): string => enc(s, reserved);
  if (extras.contentType !== undefined) {
    out.push(`${key}=${e(JSON.stringify(value))}`);
  } else if (style === "deepObject") {
    deep(key, value, out, e);
  } else if (Array.isArray(value)) {
    if (value.length === 0) return out;
    if (explode) {
      for (const item of value) out.push(`${key}=${e(text(item))}`);
    } else {
      const sep = DELIMITERS[style] ?? ",";
      out.push(`${key}=${value.map((item) => e(text(item))).join(sep)}`);
    }
  } else if (isPlain(value)) {
    if (explode) {
      for (const [k, v] of entries(value)) out.push(`${enc(k)}=${e(text(v))}`);
    } else {
      const flat = entries(value).flatMap(([k, v]) => [e(k), e(text(v))]);
      out.push(`${key}=${flat.join(DELIMITERS[style] ?? ",")}`);
    }
  } else {
    out.push(`${key}=${e(text(value))}`);
  }
  return out;
}

/** A header value (style simple): arrays and objects comma-separated. */
export function headerValue(raw: unknown): string | undefined {
  const { value, explode, extras } =
    raw instanceof Styled ? raw : { value: raw, explode: false, extras: {} };
  if (value === undefined || value === null) return undefined;
  if (extras.contentType !== undefined) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map(text).join(",");
  if (isPlain(value)) {
    const pairs = entries(value);
    return explode
      ? pairs.map(([k, v]) => `${k}=${text(v)}`).join(",")
      : pairs.flatMap(([k, v]) => [k, text(v)]).join(",");
  }
  return text(value);
}

/** What every header value sent is checked against (the same words in every target). */
export const HEADER_RULE = "header values must be ASCII without control characters";
// RFC 9110 token characters: the only ones a header name may have
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * `value` as a header value. Header values must be ASCII without control characters (no CR, LF,
 * NUL or tab, nothing beyond U+007E): anything else throws InvalidHeaderError naming `what` and
 * the first character that cannot be sent (never the value: it may be a credential). Leading and
 * trailing spaces are not part of a header value: they are dropped.
 */
export function checkedHeader(what: string, value: string): string {
  if (typeof value !== "string") value = String(value); // a number from plain JavaScript
  const bad = /[^\x20-\x7e]/u.exec(value);
  if (bad !== null) {
    const char = bad[0];
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    const found = `${JSON.stringify(char)} (U+${code}) at position ${bad.index}`;
    throw new InvalidHeaderError(`${what}: ${HEADER_RULE}; found ${found}`);
  }
  return value.replace(/^ +| +$/g, "");
}

/** `name` if it is a header name (a token); else InvalidHeaderError. */
function checkedHeaderName(what: string, name: string): string {
  if (!TOKEN.test(name)) {
    throw new InvalidHeaderError(
      `${what}: ${JSON.stringify(name)} is not a header name (letters, digits and !#$%&'*+-.^_\`|~ only)`,
    );
  }
  return name;
}

/** Headers given by the caller, each name a token and each value checked (`checkedHeader`). */
function checkedHeaders<T extends string | null>(
  what: string,
  headers: Readonly<Record<string, T>>,
): [string, T][] {
  return Object.entries(headers).map(([name, value]) => {
    const where = `${what}[${JSON.stringify(name)}]`;
    checkedHeaderName(where, name);
    return [name, (value === null ? value : checkedHeader(where, String(value))) as T];
  });
}

/** A path segment value, percent-encoded (a value cannot add segments or a query). */
function segment(value: unknown): string {
  return encodeURIComponent(text(value));
}

/** A path parameter by style (simple, label, matrix) and explode; an empty value is refused. */
export function pathParam(name: string, raw: unknown): string {
  const { value, style, explode } =
    raw instanceof Styled ? raw : { value: raw, style: "simple", explode: false };
  if (value === undefined || value === null || value === "") {
    throw new ClientError(`path parameter ${JSON.stringify(name)} must not be empty`);
  }
  if (value === "." || value === "..") {
    // URLs resolve these (even percent-encoded) to another path: never send them
    throw new ClientError(`path parameter ${JSON.stringify(name)} cannot be ${value}`);
  }
  const items: string[] = Array.isArray(value)
    ? value.map(segment)
    : isPlain(value)
      ? entries(value).flatMap(([k, v]) =>
          explode ? [`${segment(k)}=${segment(v)}`] : [segment(k), segment(v)],
        )
      : [segment(value)];
  const list = Array.isArray(value) || isPlain(value);
  if (style === "label") return "." + items.join(explode && list ? "." : ",");
  if (style === "matrix") {
    const key = segment(name);
    if (isPlain(value) && explode) return items.map((i) => `;${i}`).join("");
    if (Array.isArray(value) && explode) return items.map((i) => `;${key}=${i}`).join("");
    return `;${key}=${items.join(",")}`;
  }
  return items.join(",");
}

/** A cookie pair; the value is percent-encoded, so it can never add a cookie or a header. */
function cookiePair(name: string, raw: unknown): string | undefined {
  const value = raw instanceof Styled ? raw.value : raw;
  if (value === undefined || value === null) return undefined;
  const t = Array.isArray(value) ? value.map(text).join(",") : text(value);
  return `${enc(name)}=${enc(t)}`;
}

/**
 * An application/x-www-form-urlencoded body. Objects go in brackets (`metadata[order_id]=6735`)
 * with deepObject and when no style is declared; arrays repeat the name (`tags=a&tags=b`) unless
 * their style says otherwise (deepObject: `expand[0]=a&expand[1]=b`).
 */
export function formBody(
  body: unknown,
  encodings: Readonly<Record<string, PropertyEncoding>> = {},
): string {
  const out: string[] = [];
  if (!isPlain(body)) return "";
  for (const [name, value] of entries(body)) {
    const { style, explode = true, allowReserved = false } = encodings[name] ?? {};
    const e = (s: string): string => formEnc(s, allowReserved);
    const key = formEnc(name);
    if (value === null) {
      out.push(`${key}=`);
    } else if (style === "deepObject" || (isPlain(value) && style === undefined)) {
      deep(key, value, out, e);
    } else if (Array.isArray(value)) {
      const items = value.map((item) => e(text(item)));
      if (explode) for (const item of items) out.push(`${key}=${item}`);
      else {
        const sep = style === "spaceDelimited" ? "+" : style === "pipeDelimited" ? "%7C" : ",";
        out.push(`${key}=${items.join(sep)}`);
      }
    } else if (isPlain(value) && explode) {
      for (const [k, v] of entries(value)) out.push(`${formEnc(k)}=${e(text(v))}`);
    } else if (isPlain(value)) {
      const flat = entries(value).flatMap(([k, v]) => [e(k), e(text(v))]);
      out.push(`${key}=${flat.join(",")}`);
    } else {
      out.push(`${key}=${e(text(value))}`);
    }
  }
  return out.join("&");
}

/** A multipart/form-data body: Blobs and Files as file parts, one part per array item. */
export function multipartBody(
  body: unknown,
  encodings: Readonly<Record<string, PropertyEncoding>> = {},
): FormData {
  const form = new FormData();
  if (!isPlain(body)) return form;
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    const type = encodings[key]?.contentType;
    if (value instanceof Blob) {
      // a declared part type applies to a Blob that has none
      const typed = type && !value.type ? new Blob([value], { type }) : value;
      form.append(key, typed, value instanceof File ? value.name : "blob");
    } else {
      const data = isPlain(value) || Array.isArray(value) ? JSON.stringify(value) : text(value);
      if (type) form.append(key, new Blob([data], { type }), key);
      else form.append(key, data);
    }
  };
  for (const [k, v] of entries(body)) {
    if (Array.isArray(v)) v.forEach((item) => add(k, item));
    else add(k, v);
  }
  return form;
}

/**
 * What a request body needs at run time (src/shapes.ts holds the API's): a string names another
 * shape of the table; an object describes a JSON type. Read-only properties are dropped before
 * sending; the variants of a oneOf union without a discriminator are matched against the value.
 */
export type Shape = string | ShapeOf;

/** A described JSON type (every key optional: `{}` accepts anything). */
export interface ShapeOf {
  type?: "string" | "integer" | "number" | "boolean" | "null" | "object" | "array";
  /** Strings: a format checked when matching (date-time, date, uuid). */
  format?: string;
  enum?: readonly unknown[];
  /** An open string enum: a value the API adds later is a string too. Matching takes the known
   * values first: any other string only when no variant takes the value that way. */
  open?: boolean;
  nullable?: boolean;
  /** Objects: the properties that matter (all of them in a union's variants). */
  properties?: Readonly<Record<string, Shape>>;
  required?: readonly string[];
  /** Objects: properties set by the server, never sent. */
  readOnly?: readonly string[];
  /** Objects: the values of other properties (a map), or false when there may be none. */
  additional?: Shape | false;
  items?: Shape;
  /** A oneOf union: a request value must match exactly one variant. */
  oneOf?: readonly Shape[];
  /** An anyOf union: any number of variants may match. */
  anyOf?: readonly Shape[];
  /** A oneOf union's name and its variants' names, for the error that refuses a value. */
  name?: string;
  variants?: readonly string[];
  /** A discriminated union: the property naming the variant, and each tag's variant (index). */
  discriminator?: { property: string; mapping: Readonly<Record<string, number>> };
}

/** Named shapes (src/shapes.ts). */
export type Shapes = Readonly<Record<string, Shape>>;

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}

function resolve(shape: Shape | undefined, shapes: Shapes): ShapeOf {
  let s = shape;
  for (let i = 0; typeof s === "string" && i < 64; i++) s = own(shapes, s);
  return typeof s === "object" ? s : {};
}

const FORMATS: Readonly<Record<string, RegExp>> = {
  "date-time": /^\d{4}-\d\d-\d\d[Tt _]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d(:?\d\d)?)?$/,
  date: /^\d{4}-\d\d-\d\d$/,
  uuid: /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/,
};

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  if (value instanceof Blob) return "a file";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Why a value (read-only properties already dropped) does not match a shape as JSON, without
 * conversions (undefined: it matches): a number is not a string, `1.5` is not an integer, a string
 * not in its format does not match, an object lacks no required property and has no property
 * `additional: false` forbids. With `known`, an open enum takes only its known values. The
 * reason names no value (it may be a secret), only where and what was expected.
 */
function refusal(
  value: unknown,
  shape: Shape | undefined,
  shapes: Shapes,
  known: boolean,
  depth = 0,
): string | undefined {
  if (depth > 64) return undefined;
  const s = resolve(shape, shapes);
  const variants = s.oneOf ?? s.anyOf;
  const any = (v: readonly Shape[]) =>
    v.some((x) => refusal(value, x, shapes, known, depth + 1) === undefined);
  if (value === null) {
    if (s.nullable === true || s.type === "null" || s.enum?.includes(null) === true) return;
    if (variants !== undefined) return any(variants) ? undefined : "null matches no variant";
    return s.type === undefined && s.enum === undefined ? undefined : "null is not allowed";
  }
  if (s.enum !== undefined) {
    if (s.enum.includes(value) || (s.open === true && !known && typeof value === "string")) return;
    const values = s.enum.map((v) => JSON.stringify(v)).join(", ");
    return s.open === true && typeof value === "string"
      ? `not one of the known values ${values}`
      : `expected one of ${values}`;
  }
  if (variants !== undefined) return any(variants) ? undefined : "matches no variant";
  const expected = (what: string) => `expected ${what}, got ${kindOf(value)}`;
  switch (s.type) {
    case undefined:
      return;
    case "string": {
      // a Date goes out as an ISO date-time string
      if (value instanceof Date) {
        return s.format === undefined || s.format === "date-time"
          ? undefined
          : `a Date is no ${s.format}`;
      }
      if (value instanceof Blob) {
        return s.format === undefined ? undefined : `a file is no ${s.format}`;
      }
      if (typeof value !== "string") return expected("a string");
      const format = s.format === undefined ? undefined : own(FORMATS, s.format);
      return format === undefined || format.test(value) ? undefined : `not a ${s.format ?? ""}`;
    }
    case "integer":
      return (typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint"
        ? undefined
        : expected("an integer");
    case "number":
      return (typeof value === "number" && Number.isFinite(value)) || typeof value === "bigint"
        ? undefined
        : expected("a number");
    case "boolean":
      return typeof value === "boolean" ? undefined : expected("a boolean");
    case "null":
      return expected("null");
    case "array": {
      if (!Array.isArray(value)) return expected("an array");
      for (const [i, v] of value.entries()) {
        const why = refusal(v, s.items, shapes, known, depth + 1);
        if (why !== undefined) return `[${i}]: ${why}`;
      }
      return;
    }
    case "object": {
      if (!isPlain(value)) return expected("an object");
      const required = s.required ?? [];
      const missing = required.find((k) => own(value, k) === undefined);
      if (missing !== undefined) return `missing property ${JSON.stringify(missing)}`;
      for (const [k, v] of entries(value)) {
        const p = own(s.properties, k);
        // an optional property may be null (as the Python client's models allow)
        if (p !== undefined && v === null && !required.includes(k)) continue;
        const additional = s.additional;
        if (p === undefined && additional === false) {
          return `takes no property ${JSON.stringify(k)}`;
        }
        const why = refusal(v, p ?? (additional || undefined), shapes, known, depth + 1);
        if (why !== undefined) return `${JSON.stringify(k)}: ${why}`;
      }
      return;
    }
    default:
      return;
  }
}

/**
 * A request value as it goes on the wire: every read-only property dropped, at any depth (nested
 * objects, arrays, maps, union variants). A union's value takes the variant its discriminator
 * names, else the first variant (left to right) that it matches; a oneOf union without a
 * discriminator refuses a value that more than one variant matches (AmbiguousValueError: the
 * server could read it as either), and so does one that no variant matches (UnmatchedValueError,
 * with each variant's reason: the server would refuse it). Open enums take their known values
 * first. An anyOf value no variant matches is sent as it is.
 */
export function requestValue(
  value: unknown,
  shape: Shape,
  shapes: Shapes,
  at = "body",
  check = true,
): unknown {
  if (value === undefined || value === null) return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function" && !(value instanceof Date)) {
    // what JSON.stringify would send (a class with its own toJSON)
    return requestValue(toJSON.call(value) as unknown, shape, shapes, at, check);
  }
  const s = resolve(shape, shapes);
  const variants = s.oneOf ?? s.anyOf;
  if (variants !== undefined) {
    const d = s.discriminator;
    if (d !== undefined) {
      const tag = isPlain(value) ? value[d.property] : undefined;
      const i = typeof tag === "string" ? own(d.mapping, tag) : undefined;
      const variant = i === undefined ? undefined : variants[i];
      return variant === undefined ? value : requestValue(value, variant, shapes, at, check);
    }
    const wires = variants.map((v) => requestValue(value, v, shapes, at, false));
    const matching = (known: boolean) =>
      variants.flatMap((v, index) =>
        refusal(wires[index], v, shapes, known) === undefined
          ? [{ index, wire: wires[index] }]
          : [],
      );
    // known enum values first; any string for an open enum only when no variant takes the value
    let found = matching(true);
    if (found.length === 0) found = matching(false);
    const first = found[0];
    const name = (index: number) => s.variants?.[index] ?? `variant ${index + 1}`;
    if (first === undefined) {
      if (check && s.oneOf !== undefined && s.variants !== undefined) {
        // no variant matches: the server would refuse it
        const reasons = variants.map((v, i) => refusal(wires[i], v, shapes, false) ?? "");
        const names = variants.map((_, i) => name(i));
        throw new UnmatchedValueError(s.name ?? names.join(" | "), names, reasons, at);
      }
      // (inside a value being matched, or an anyOf: sent for the server to judge; a lone
      // variant still drops its read-only properties)
      const only = variants.length === 1 ? variants[0] : undefined;
      return only === undefined ? value : requestValue(value, only, shapes, at, check);
    }
    if (check && s.oneOf !== undefined && found.length > 1) {
      const names = found.map(({ index }) => name(index));
      throw new AmbiguousValueError(s.name ?? names.join(" | "), names, at);
    }
    const chosen = variants[first.index];
    return check && chosen !== undefined
      ? requestValue(value, chosen, shapes, at, true)
      : first.wire;
  }
  if (Array.isArray(value)) {
    const items = s.items;
    if (items === undefined) return value;
    return value.map((v: unknown, i) => requestValue(v, items, shapes, `${at}[${i}]`, check));
  }
  if (!isPlain(value) || s.type !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (s.readOnly?.includes(k) === true) continue;
    const p = own(s.properties, k) ?? (s.additional === false ? undefined : s.additional);
    out[k] = p === undefined ? v : requestValue(v, p, shapes, `${at}.${k}`, check);
  }
  return out;
}

/** How one credential is sent. */
export type Credential =
  | { kind: "bearer"; token: string | undefined }
  | { kind: "basic"; username: string | undefined; password: string | undefined }
  | { kind: "apiKey"; in: "header" | "query" | "cookie"; name: string; key: string | undefined }
  | {
      kind: "oauth2";
      token: string | undefined;
      clientId: string | undefined;
      clientSecret: string | undefined;
      tokenUrl: string | undefined;
    };

/** A credential's secrets (to keep out of error messages). */
function secretsOf(c: Credential): (string | undefined)[] {
  if (c.kind === "basic") return [c.password];
  if (c.kind === "apiKey") return [c.key];
  if (c.kind === "oauth2") return [c.token, c.clientSecret];
  return [c.token];
}

/** Whether a credential is set (OAuth2: a ready token, or a client id and secret to fetch one). */
function configured(c: Credential | undefined): boolean {
  if (c === undefined) return false;
  if (c.kind === "basic") return c.username !== undefined;
  if (c.kind === "apiKey") return Boolean(c.key);
  if (c.kind === "oauth2") {
    return Boolean(c.token) || Boolean(c.clientId && c.clientSecret && c.tokenUrl);
  }
  return Boolean(c.token);
}

/** Security requirements: alternatives (any one), each naming schemes (all) with their scopes. */
export type Security = readonly Readonly<Record<string, readonly string[]>>[];

/** A fetched token is renewed this many milliseconds before it expires. */
const EXPIRY_MARGIN = 30_000;

/** What a resource method hands to `Http.request`. */
export interface Operation {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  cookies?: Record<string, unknown>;
  body?: unknown;
  bodyEncoding?: "json" | "form" | "multipart" | "binary" | "text";
  /** Form and multipart bodies: how each property goes on the wire, where the spec says. */
  encoding?: Readonly<Record<string, PropertyEncoding>>;
  contentType?: string;
  /** What the body needs at run time (read-only properties, oneOf variants): see `Shape`. */
  shape?: Shape;
  /** The operation's security: the first alternative whose schemes are all configured is sent;
   * `[]` sends no credentials, an empty alternative allows an anonymous call. */
  auth: Security;
  /** The Accept header; null sends none (the operation declares no media type). */
  accept?: string | null;
  /** How the body is read: one way, or one per status (`200`, `2XX`) when they differ. */
  response: ResponseKind | Readonly<Record<string, ResponseKind>>;
  /** For event streams: whether each event's data is JSON or text. */
  events?: "json" | "text";
  /** The API marks the operation x-idempotent: safe to retry whatever its method. */
  idempotent?: boolean;
  /** The method making the request, as `resource.method` (status errors carry it). */
  operation?: string;
  /** The error responses the operation declares with a JSON body: `"404"`, `"4XX"`, `"default"`. */
  errors?: readonly string[];
  options?: RequestOptions | undefined;
}

type ResponseKind = "json" | "text" | "binary" | "none" | "event-stream";

/** One attempt in flight: what its timeout and the caller's signal need once headers arrived. */
interface Attempt {
  timedOut: boolean;
  timeout: number;
  signal: AbortSignal | undefined;
  clearTimer: () => void;
  release: () => void;
}

export interface HttpSettings {
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  fetch: Fetch | undefined;
  headers: Record<string, string>;
  credentials: Record<string, Credential>;
  /** The request bodies' named shapes (src/shapes.ts). */
  shapes?: Shapes;
}

/** A server the API description lists: its URL template and the variables in it. */
export interface Server {
  url: string;
  variables: Readonly<Record<string, { default: string; enum?: readonly string[] }>>;
}

/** A server's URL with its variables filled in (given values, else the defaults). */
export function serverUrl(server: Server, values: Record<string, string | undefined>): string {
  return server.url.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    const variable = server.variables[name];
    if (variable === undefined) return whole;
    const value = values[name] ?? variable.default;
    if (variable.enum && !variable.enum.includes(value)) {
      throw new ClientError(
        `server variable ${name} must be one of ${variable.enum.join(", ")}, not ${value}`,
      );
    }
    return value;
  });
}

/** A credential without surrounding whitespace; one with a control character is refused. */
export function credential(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new ClientError(
      `${name} contains a control character (such as a newline); check how it was read`,
    );
  }
  return trimmed === "" ? undefined : trimmed;
}

/** An environment variable in Node (and Deno, Bun); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

function base64(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Whether a fetch failure happened before the request was sent (connection refused, DNS). */
function notSent(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
    e = e.cause;
  }
  return false;
}

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds; undefined if unusable. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  let ms = /^\d+(\.\d+)?$/.test(trimmed)
    ? Number(trimmed) * 1000
    : Date.parse(trimmed) - Date.now();
  if (Number.isNaN(ms)) return undefined;
  ms = Math.min(Math.max(ms, 0), MAX_RETRY_DELAY);
  return ms;
}

function retryDelay(response: Response | undefined, attempt: number): number {
  const after = response ? retryAfter(response.headers.get("retry-after")) : undefined;
  if (after !== undefined) return after;
  const base = Math.min(500 * 2 ** attempt, 8000);
  return base * (0.75 + Math.random() / 4);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiUserAbortError("request aborted"));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ApiUserAbortError("request aborted"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The error response an operation declares for a status, when the body is what it declares. */
function declaredFor(
  errors: readonly string[] | undefined,
  status: number,
  raw: string,
): string | undefined {
  const s = String(status);
  const key = [s, `${s[0] ?? ""}XX`, "default"].find((k) => errors?.includes(k));
  if (key === undefined) return undefined;
  try {
    JSON.parse(raw);
    return key;
  } catch {
    return undefined; // not the JSON the operation declares: the body stays untyped
  }
}

/** Messages already warned about (each deprecation warns once). */
const warned = new Set<string>();

/** What the client uses of Node's `process` (absent in browsers). */
interface NodeProcess {
  emitWarning?: (message: string, type: string) => void;
}

function bodyOf(textBody: string): unknown {
  try {
    return JSON.parse(textBody) as unknown;
  } catch {
    return textBody;
  }
}

function detailOf(body: unknown): string {
  if (typeof body === "string") return body;
  if (isPlain(body)) {
    for (const key of ["message", "error", "detail"]) {
      const value = body[key];
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
        return value.join("; ");
      }
      if (typeof value === "string" && value) return value;
    }
  }
  return "";
}

/** Sends requests: one instance per client, shared by its resources. */
export class Http {
  readonly baseUrl: string;
  readonly #settings: HttpSettings;
  readonly #fetch: Fetch;
  readonly #secrets: string[];
  readonly #headers: [string, string][];
  readonly #attempts = new WeakMap<Response, Attempt>();
  /** OAuth2 tokens fetched with the client credentials flow, per set of scopes. */
  readonly #tokens = new Map<string, { token: string; expires: number }>();

  constructor(settings: HttpSettings) {
    this.#settings = settings;
    this.baseUrl = settings.baseUrl.replace(/\/+$/, "");
    if (!this.baseUrl) {
      throw new ClientError("baseUrl is required: the API description lists no absolute server");
    }
    const fetchFn = settings.fetch ?? (globalThis.fetch as Fetch | undefined);
    if (fetchFn === undefined) {
      throw new ClientError("no global fetch (Node 18+ has one): pass the `fetch` option");
    }
    this.#fetch = fetchFn;
    this.#headers = checkedHeaders("headers", settings.headers);
    for (const [scheme, c] of Object.entries(settings.credentials)) {
      if (c.kind === "basic") continue; // base64-encoded
      const sent = c.kind === "apiKey" ? (c.in === "header" ? c.key : undefined) : c.token;
      if (sent === undefined) continue;
      const header = c.kind === "apiKey" ? c.name : "Authorization";
      checkedHeader(`the ${scheme} credential (sent in the ${header} header)`, sent);
    }
    this.#secrets = [];
    for (const c of Object.values(settings.credentials)) {
      for (const v of secretsOf(c)) if (v) this.#secrets.push(v);
    }
  }

  /**
   * Warns, once per message, that the caller used what the API deprecates: in Node a
   * DeprecationWarning (`--no-deprecation` silences it), elsewhere `console.warn`.
   */
  deprecated(message: string): void {
    if (warned.has(message)) return;
    warned.add(message);
    const proc = (globalThis as { process?: NodeProcess }).process;
    if (typeof proc?.emitWarning === "function") proc.emitWarning(message, "DeprecationWarning");
    else console.warn(`DeprecationWarning: ${message}`);
  }

  /** Text with every credential replaced by `[redacted]`. */
  redact(message: string): string {
    let out = message;
    for (const secret of this.#secrets) out = out.split(secret).join("[redacted]");
    return out;
  }

  /** Send `op`; `map` turns the parsed body into the result (a page, say). */
  request<T>(op: Operation, map?: (data: unknown, response: Response) => T): ApiPromise<T> {
    const options = op.options ?? {};
    return new ApiPromise<T>(
      this.#send(op, options),
      map
        ? async (response) => map(await this.#parse<unknown>(response, op), response)
        : (response) => this.#parse<T>(response, op),
      (response) => this.#attempts.get(response)?.clearTimer(),
    );
  }

  async #build(
    op: Operation,
    options: RequestOptions,
  ): Promise<{ url: string; init: RequestInit }> {
    // first: a body or a header that is refused sends nothing (not even a token request)
    const extra = checkedHeaders("options.headers", options.headers ?? {});
    const idempotencyKey = options.idempotencyKey
      ? checkedHeader("options.idempotencyKey", options.idempotencyKey)
      : undefined;
    const value =
      op.shape === undefined
        ? op.body
        : requestValue(op.body, op.shape, this.#settings.shapes ?? {});
    const query: string[] = [];
    for (const [name, value] of Object.entries(op.query ?? {})) {
      query.push(...queryPairs(name, value));
    }
    const headers = new Headers();
    const accept = op.accept === undefined ? "application/json" : op.accept;
    if (accept !== null) headers.set("Accept", accept);
    for (const [name, value] of this.#headers) headers.set(name, value);
    for (const [name, value] of Object.entries(op.headers ?? {})) {
      const v = headerValue(value);
      if (v === undefined) continue;
      headers.set(name, checkedHeader(`header parameter ${JSON.stringify(name)}`, v));
    }
    const cookies: string[] = [];
    for (const [name, value] of Object.entries(op.cookies ?? {})) {
      const pair = cookiePair(name, value);
      if (pair !== undefined) cookies.push(pair);
    }
    await this.#authorize(op.auth, headers, query, cookies, options.signal);
    if (cookies.length) headers.set("Cookie", cookies.join("; "));
    let body: BodyInit | undefined;
    if (op.body !== undefined) {
      switch (op.bodyEncoding) {
        case "form":
          body = formBody(value, op.encoding);
          break;
        case "multipart":
          body = multipartBody(value, op.encoding);
          break;
        case "binary":
        case "text":
          body = op.body as BodyInit;
          break;
        default:
          body = JSON.stringify(value);
      }
      // FormData sets its own multipart content type, with the boundary
      if (op.contentType && op.bodyEncoding !== "multipart") {
        headers.set("Content-Type", op.contentType);
      }
    }
    if (idempotencyKey) headers.set("Idempotency-Key", idempotencyKey);
    for (const [name, value] of extra) {
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    const search = query.length ? `?${query.join("&")}` : "";
    const init: RequestInit = { method: op.method, headers };
    if (body !== undefined) init.body = body;
    return { url: this.baseUrl + op.path + search, init };
  }

  async #authorize(
    security: Security,
    headers: Headers,
    query: string[],
    cookies: string[],
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const credentials = this.#settings.credentials;
    for (const [scheme, scopes] of Object.entries(this.#choose(security) ?? {})) {
      const c = credentials[scheme];
      if (c === undefined) continue;
      if (c.kind === "basic") {
        headers.set("Authorization", `Basic ${base64(`${c.username ?? ""}:${c.password ?? ""}`)}`);
      } else if (c.kind === "apiKey") {
        const key = c.key ?? "";
        if (c.in === "header") headers.set(c.name, key);
        else if (c.in === "query") query.push(`${enc(c.name)}=${enc(key)}`);
        else cookies.push(`${enc(c.name)}=${enc(key)}`);
      } else {
        const token = c.kind === "oauth2" ? await this.#oauthToken(c, scopes, signal) : c.token;
        const what = `the ${scheme} token (sent in the Authorization header)`;
        headers.set("Authorization", `Bearer ${checkedHeader(what, token ?? "")}`);
      }
    }
  }

  /** The first alternative whose schemes are all configured (undefined: send no credentials). */
  #choose(security: Security): Readonly<Record<string, readonly string[]>> | undefined {
    const credentials = this.#settings.credentials;
    return security.find((alt) =>
      Object.keys(alt).every((scheme) => configured(credentials[scheme])),
    );
  }

  /** After a 401: forget the fetched OAuth2 tokens the request carried; whether there were any
   * (a ready token is never replaced: only its owner can). */
  #expireTokens(security: Security): boolean {
    let expired = false;
    for (const [scheme, scopes] of Object.entries(this.#choose(security) ?? {})) {
      const c = this.#settings.credentials[scheme];
      if (c?.kind === "oauth2" && !c.token && configured(c)) {
        this.#tokens.delete([...scopes].sort().join(" "));
        expired = true;
      }
    }
    return expired;
  }

  /** A ready OAuth2 token, or one fetched with the client credentials flow (cached per scopes,
   * fetched again shortly before it expires); the client authenticates with HTTP basic. */
  async #oauthToken(
    c: Extract<Credential, { kind: "oauth2" }>,
    scopes: readonly string[],
    signal: AbortSignal | undefined,
  ): Promise<string> {
    if (c.token) return c.token;
    const key = [...scopes].sort().join(" ");
    const cached = this.#tokens.get(key);
    if (cached && cached.expires > Date.now() + EXPIRY_MARGIN) return cached.token;
    const body = `grant_type=client_credentials${key ? `&scope=${formEnc(key)}` : ""}`;
    const auth = base64(`${formEnc(c.clientId ?? "")}:${formEnc(c.clientSecret ?? "")}`);
    const fetchFn = this.#fetch;
    let response: Response;
    try {
      const init: RequestInit = {
        method: "POST",
        body,
        headers: {
          Accept: "application/json",
          Authorization: `Basic ${auth}`,
          "Content-Type": "application/x-www-form-urlencoded",
        },
      };
      if (signal) init.signal = signal;
      // a relative token URL is relative to the server
      response = await fetchFn(new URL(c.tokenUrl ?? "", `${this.baseUrl}/`).href, init);
    } catch (error) {
      if (signal?.aborted) throw new ApiUserAbortError("request aborted", { cause: error });
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new ApiConnectionError(this.redact(`token request failed: ${reason}`));
    }
    const raw = await response.text();
    const data = bodyOf(raw);
    const token = isPlain(data) ? data["access_token"] : undefined;
    if (!response.ok) {
      const message = this.redact(`token request failed: ${response.status} ${detailOf(data)}`);
      throw statusError(response.status, response.headers, data, message.trim());
    }
    if (typeof token !== "string" || !token) {
      const r = response;
      const message = "no access_token in the token response";
      throw new ResponseValidationError(message, r.status, r.headers, raw);
    }
    this.#secrets.push(token);
    const seconds = isPlain(data) ? Number(data["expires_in"]) : Number.NaN;
    const expires = Number.isFinite(seconds) ? Date.now() + seconds * 1000 : Infinity;
    this.#tokens.set(key, { token, expires });
    return token;
  }

  async #send(op: Operation, options: RequestOptions): Promise<Response> {
    let { url, init } = await this.#build(op, options);
    let renewed = false;
    const maxRetries = options.maxRetries ?? this.#settings.maxRetries;
    const timeout = options.timeout ?? this.#settings.timeout;
    const retryable =
      op.idempotent === true ||
      IDEMPOTENT_METHODS.has(op.method) ||
      (init.headers as Headers).has("Idempotency-Key");
    const signal = options.signal;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new ApiUserAbortError("request aborted");
      const controller = new AbortController();
      const timer = setTimeout(() => {
        state.timedOut = true;
        controller.abort();
      }, timeout);
      const onAbort = (): void => controller.abort();
      signal?.addEventListener("abort", onAbort, { once: true });
      const state: Attempt = {
        timedOut: false,
        timeout,
        signal,
        clearTimer: () => clearTimeout(timer),
        release: () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        },
      };
      let response: Response;
      try {
        const fetchFn = this.#fetch;
        response = await fetchFn(url, { ...init, signal: controller.signal });
      } catch (error) {
        state.release();
        if (signal?.aborted) throw new ApiUserAbortError("request aborted", { cause: error });
        if ((retryable || (!state.timedOut && notSent(error))) && attempt < maxRetries) {
          await sleep(retryDelay(undefined, attempt), signal);
          continue;
        }
        throw this.#failure(error, state);
      }
      const wait =
        attempt >= maxRetries
          ? undefined
          : retryable
            ? RETRY_STATUSES.has(response.status)
              ? retryDelay(response, attempt)
              : undefined
            : WRITE_RETRY_STATUSES.has(response.status)
              ? retryAfter(response.headers.get("retry-after"))
              : undefined;
      if (wait !== undefined) {
        state.release();
        await response.body?.cancel();
        await sleep(wait, signal);
        continue;
      }
      if (response.status === 401 && !renewed && this.#expireTokens(op.auth)) {
        // a fetched token the server no longer takes: fetch a new one, send once more
        renewed = true;
        state.release();
        await response.body?.cancel();
        ({ url, init } = await this.#build(op, options));
        attempt--; // not a retry: the request was refused before it was processed
        continue;
      }
      if (!response.ok) {
        let raw = "";
        try {
          raw = await response.text();
        } catch {
          // the body could not be read: the status alone tells what happened
        } finally {
          state.release();
        }
        const body = bodyOf(raw);
        let detail = detailOf(body);
        if (detail.length > 500) detail = `${detail.slice(0, 500)}...`;
        const status = `${response.status} ${response.statusText}`.trim();
        const message = this.redact(detail ? `${status}: ${detail}` : status);
        throw statusError(response.status, response.headers, body, message, {
          rawBody: raw,
          declared: declaredFor(op.errors, response.status, raw),
          operation: op.operation,
        });
      }
      // the timeout and the caller's signal go on covering the body until it is read
      this.#attempts.set(response, state);
      return response;
    }
  }

  /** The error for a request that failed without a response (or while reading one). */
  #failure(error: unknown, state: Attempt): ClientError {
    if (state.signal?.aborted) return new ApiUserAbortError("request aborted", { cause: error });
    if (state.timedOut) return new ApiTimeoutError(`request timed out after ${state.timeout} ms`);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return new ApiConnectionError(this.redact(`connection failed: ${reason}`));
  }

  async #parse<T>(response: Response, op: Operation): Promise<T> {
    const state = this.#attempts.get(response);
    const kind =
      typeof op.response === "string"
        ? op.response
        : (op.response[String(response.status)] ??
          op.response[`${String(response.status)[0] ?? ""}XX`] ??
          "json");
    if (kind === "event-stream") {
      // a stream may run for longer than one request's timeout: only the caller's signal ends it
      state?.clearTimer();
      return new Stream<unknown>(
        response,
        op.events ?? "json",
        () => state?.release(),
        (error) => (state ? this.#failure(error, state) : error),
      ) as T;
    }
    let raw: string | Blob;
    try {
      if (kind === "none" || response.status === 204) {
        await response.body?.cancel();
        return undefined as T;
      }
      raw = kind === "binary" ? await response.blob() : await response.text();
    } catch (error) {
      throw state ? this.#failure(error, state) : error;
    } finally {
      state?.release();
    }
    if (typeof raw !== "string" || kind === "text") return raw as T;
    try {
      return JSON.parse(raw) as T;
    } catch {
      const type = response.headers.get("content-type") ?? "no content type";
      throw new ResponseValidationError(
        `expected a JSON body, got ${type}`,
        response.status,
        response.headers,
        raw,
      );
    }
  }
}
