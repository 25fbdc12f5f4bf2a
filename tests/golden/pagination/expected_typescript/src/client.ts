import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  type Fetch,
} from "./core.js";
import { Paging } from "./resources/paging.js";

/** Settings of a `PagingClient`; every one is optional. */
export interface PagingClientOptions {
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

/** One list per way of paging, each detected from the spec's shape or declared. */
export class PagingClient {
  /** Lists that go on over several pages. */
  readonly paging: Paging;
  readonly #http: Http;

  constructor(options: PagingClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      credentials: {},
    });
    this.paging = new Paging(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
