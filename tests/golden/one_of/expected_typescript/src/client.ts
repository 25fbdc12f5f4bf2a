import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  type Fetch,
} from "./core.js";
import { Pets } from "./resources/pets.js";
import { Owners } from "./resources/owners.js";
import { Coupons } from "./resources/coupons.js";
import { Events } from "./resources/events.js";
import { Holders } from "./resources/holders.js";
import { Members } from "./resources/members.js";
import { Lamps } from "./resources/lamps.js";
import { Things } from "./resources/things.js";
import { SHAPES } from "./shapes.js";

/** Settings of a `OneOfClient`; every one is optional. */
export interface OneOfClientOptions {
  /** The server to talk to; defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt before a request times out (default 60 000). */
  timeout?: number | undefined;
  /**
   * Retries (default 2) for idempotent requests on connection errors, timeouts, 408, 429 and 5xx;
   * a POST or PATCH only when it surely was not processed, or has an `idempotencyKey`.
   */
  maxRetries?: number | undefined;
  /** The fetch function to call (proxies, tests, instrumentation); defaults to the global fetch. */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/**
 * oneOf unions without a discriminator: a request value matching more than one variant is
 * ambiguous and refused before sending; a response takes the first variant, left to right, that
 * it matches without conversions. anyOf unions are left to the best match.
 */
export class OneOfClient {
  /** Operations tagged "pets". */
  readonly pets: Pets;
  /** Operations tagged "owners". */
  readonly owners: Owners;
  /** Operations tagged "coupons". */
  readonly coupons: Coupons;
  /** Operations tagged "events". */
  readonly events: Events;
  /** Operations tagged "holders". */
  readonly holders: Holders;
  /** Operations tagged "members". */
  readonly members: Members;
  /** Operations tagged "lamps". */
  readonly lamps: Lamps;
  /** Operations tagged "things". */
  readonly things: Things;
  readonly #http: Http;

  constructor(options: OneOfClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      shapes: SHAPES,
      credentials: {},
    });
    this.pets = new Pets(this.#http);
    this.owners = new Owners(this.#http);
    this.coupons = new Coupons(this.#http);
    this.events = new Events(this.#http);
    this.holders = new Holders(this.#http);
    this.members = new Members(this.#http);
    this.lamps = new Lamps(this.#http);
    this.things = new Things(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
