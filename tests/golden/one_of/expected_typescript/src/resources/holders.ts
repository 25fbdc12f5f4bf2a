import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Holder } from "../types.js";

/** Operations tagged "holders". */
export class Holders {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createHolder
   *
   * `POST /holders`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  create(body: Holder, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/holders",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Holder",
      accept: null,
      auth: [],
      response: "none",
      operation: "holders.create",
      options,
    });
  }
}
