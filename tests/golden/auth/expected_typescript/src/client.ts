import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  readEnv,
  type Fetch,
} from "./core.js";
import { Ops } from "./resources/ops.js";

/** Settings of a `AuthClient`; every one is optional. */
export interface AuthClientOptions {
  /** The bearer token; defaults to the `AUTH_API_KEY` environment variable (Node). */
  token?: string | undefined;
  /** User name for HTTP basic auth. */
  username?: string | undefined;
  /** Password for HTTP basic auth. */
  password?: string | undefined;
  /** The API key, sent as header `X-API-Key`. */
  apiKey?: string | undefined;
  /** The API key, sent as query `api_key`. */
  queryKey?: string | undefined;
  /** The API key, sent as cookie `session`. */
  cookieKey?: string | undefined;
  /** A ready OAuth2 access token. */
  oauthToken?: string | undefined;
  /** OAuth2 client id: with the secret, tokens are fetched from the token URL (client credentials). */
  clientId?: string | undefined;
  /** OAuth2 client secret. */
  clientSecret?: string | undefined;
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

/** Auth */
export class AuthClient {
  /** Operations tagged "ops". */
  readonly ops: Ops;
  readonly #http: Http;

  constructor(options: AuthClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      credentials: {
        bearer: {
          kind: "bearer",
          token: credential(options.token ?? readEnv("AUTH_API_KEY"), "token"),
        },
        basic: {
          kind: "basic",
          username: options.username,
          password: options.password,
        },
        headerKey: {
          kind: "apiKey",
          in: "header",
          name: "X-API-Key",
          key: credential(options.apiKey, "apiKey"),
        },
        queryKey: {
          kind: "apiKey",
          in: "query",
          name: "api_key",
          key: credential(options.queryKey, "queryKey"),
        },
        cookieKey: {
          kind: "apiKey",
          in: "cookie",
          name: "session",
          key: credential(options.cookieKey, "cookieKey"),
        },
        oauth: {
          kind: "oauth2",
          token: credential(options.oauthToken, "oauthToken"),
          clientId: options.clientId,
          clientSecret: credential(options.clientSecret, "clientSecret"),
          tokenUrl: "/oauth/token",
        },
      },
    });
    this.ops = new Ops(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
