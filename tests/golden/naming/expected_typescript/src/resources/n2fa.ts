import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { M2faSettings } from "../types.js";

/** Operations tagged "2fa". */
export class M2fa {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * 2fa-check
   *
   * `GET /2fa`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Leading digits.
   */
  check(options?: RequestOptions): ApiPromise<M2faSettings> {
    return this.#http.request({
      method: "GET",
      path: "/2fa",
      auth: [],
      response: "json",
      operation: "n2fa.check",
      options,
    });
  }
}
