import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { PingResponse } from "../types.js";

/** Operations tagged "health". */
export class Health {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * ping
   *
   * `GET /ping`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Pong.
   */
  ping(options?: RequestOptions): ApiPromise<PingResponse> {
    return this.#http.request({
      method: "GET",
      path: "/ping",
      auth: [],
      response: "json",
      operation: "health.ping",
      options,
    });
  }
}
