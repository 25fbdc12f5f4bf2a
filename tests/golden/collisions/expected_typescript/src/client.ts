import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  type Fetch,
} from "./core.js";
import { Orders } from "./resources/orders.js";
import { Addresses } from "./resources/addresses.js";
import { Customers } from "./resources/customers.js";

/** Settings of a `CollisionsClient`; every one is optional. */
export interface CollisionsClientOptions {
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

/** Collisions API */
export class CollisionsClient {
  /** Operations tagged "orders". */
  readonly orders: Orders;
  /** Operations tagged "addresses". */
  readonly addresses: Addresses;
  /** Operations tagged "customers". */
  readonly customers: Customers;
  readonly #http: Http;

  constructor(options: CollisionsClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      credentials: {},
    });
    this.orders = new Orders(this.#http);
    this.addresses = new Addresses(this.#http);
    this.customers = new Customers(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
