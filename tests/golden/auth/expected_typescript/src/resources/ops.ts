import type { ApiPromise, Http, RequestOptions } from "../core.js";

/** Operations tagged "ops". */
export class Ops {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * usesDefault
   *
   * `GET /default`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  usesDefault(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/default",
      accept: null,
      auth: [{ bearer: [] }],
      response: "none",
      operation: "ops.usesDefault",
      options,
    });
  }

  /**
   * public
   *
   * `GET /public`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  public(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/public",
      accept: null,
      auth: [],
      response: "none",
      operation: "ops.public",
      options,
    });
  }

  /**
   * headerKeyOnly
   *
   * `GET /header-key`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  headerKeyOnly(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/header-key",
      accept: null,
      auth: [{ headerKey: [] }],
      response: "none",
      operation: "ops.headerKeyOnly",
      options,
    });
  }

  /**
   * headerAndQueryKey
   *
   * `GET /both-keys`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  headerAndQueryKey(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/both-keys",
      accept: null,
      auth: [{ headerKey: [], queryKey: [] }],
      response: "none",
      operation: "ops.headerAndQueryKey",
      options,
    });
  }

  /**
   * basicOrCookie
   *
   * `GET /either`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  basicOrCookie(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/either",
      accept: null,
      auth: [{ basic: [] }, { cookieKey: [] }],
      response: "none",
      operation: "ops.basicOrCookie",
      options,
    });
  }

  /**
   * withOauth
   *
   * `GET /oauth`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  withOauth(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/oauth",
      accept: null,
      auth: [{ oauth: ["read"] }],
      response: "none",
      operation: "ops.withOauth",
      options,
    });
  }

  /**
   * optionalAuth
   *
   * `GET /optional`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  optionalAuth(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/optional",
      accept: null,
      auth: [{ bearer: [] }, {}],
      response: "none",
      operation: "ops.optionalAuth",
      options,
    });
  }

  /**
   * digestOnly
   *
   * `GET /digest`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  digestOnly(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/digest",
      accept: null,
      auth: [],
      response: "none",
      operation: "ops.digestOnly",
      options,
    });
  }
}
