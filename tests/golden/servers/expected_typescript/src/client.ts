import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  serverUrl,
  type Server,
  type Fetch,
} from "./core.js";
import { Health } from "./resources/health.js";

/** The servers the API description lists, by name, with their URL variables. */
export const SERVERS = {
  /** Production */
  production: {
    url: "https://{region}.api.example.com/{version}",
    variables: {
      region: { default: "us", enum: ["us", "eu", "ap"] },
      version: { default: "v2" },
    },
  },
  /** Staging */
  staging: {
    url: "https://staging.example.com/v2",
    variables: {},
  },
} as const satisfies Record<string, Server>;

/** Settings of a `ServersClient`; every one is optional. */
export interface ServersClientOptions {
  /** The server to talk to; defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string | undefined;
  /** Which listed server to use (default `production`); `baseUrl` wins over it. */
  server?: keyof typeof SERVERS | undefined;
  /** Server URL variable `region` (default `us`): Where your data lives.. */
  region?: "us" | "eu" | "ap" | undefined;
  /** Server URL variable `version` (default `v2`). */
  version?: string | undefined;
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

/** Server variables and several servers to choose from. */
export class ServersClient {
  /** Operations tagged "health". */
  readonly health: Health;
  readonly #http: Http;

  constructor(options: ServersClientOptions = {}) {
    this.#http = new Http({
      baseUrl:
        options.baseUrl ??
        serverUrl(SERVERS[options.server ?? "production"], {
          region: options.region,
          version: options.version,
        }),
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      credentials: {},
    });
    this.health = new Health(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
