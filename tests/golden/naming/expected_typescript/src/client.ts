import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  type Fetch,
} from "./core.js";
import { Class } from "./resources/class.js";
import { Import } from "./resources/import.js";
import { M2fa } from "./resources/n2fa.js";
import { Models } from "./resources/models.js";
import { Users } from "./resources/users.js";
import { Users2 } from "./resources/users2.js";
import { Self } from "./resources/self.js";

/** Settings of a `NamingTheEdgeCasesClient`; every one is optional. */
export interface NamingTheEdgeCasesClientOptions {
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

/** Naming: the edge cases */
export class NamingTheEdgeCasesClient {
  /** Operations tagged "class". */
  readonly class: Class;
  /** Operations tagged "import". */
  readonly import: Import;
  /** Operations tagged "2fa". */
  readonly n2fa: M2fa;
  /** Operations tagged "models". */
  readonly models: Models;
  /** Operations tagged "Users". */
  readonly users: Users;
  /** Operations tagged "users". */
  readonly users2: Users2;
  /** Operations tagged "self". */
  readonly self: Self;
  readonly #http: Http;

  constructor(options: NamingTheEdgeCasesClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      credentials: {},
    });
    this.class = new Class(this.#http);
    this.import = new Import(this.#http);
    this.n2fa = new M2fa(this.#http);
    this.models = new Models(this.#http);
    this.users = new Users(this.#http);
    this.users2 = new Users2(this.#http);
    this.self = new Self(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
