import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  type Fetch,
} from "./core.js";
import { Users } from "./resources/users.js";
import { Batch } from "./resources/batch.js";
import { SHAPES } from "./shapes.js";

/** Settings of a `WriteOnlyClient`; every one is optional. */
export interface WriteOnlyClientOptions {
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
 * A required writeOnly property is sent but never required in a response; a required readOnly
 * property is required in a response but neither required nor sent in a request (UserInput).
 */
export class WriteOnlyClient {
  /** Operations tagged "users". */
  readonly users: Users;
  /** Operations tagged "batch". */
  readonly batch: Batch;
  readonly #http: Http;

  constructor(options: WriteOnlyClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      shapes: SHAPES,
      credentials: {},
    });
    this.users = new Users(this.#http);
    this.batch = new Batch(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
