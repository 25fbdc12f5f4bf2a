import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Thing } from "../types.js";

/** Operations tagged "things". */
export class Things {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createThing
   *
   * `POST /things`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  create(body: Thing, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/things",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Thing",
      accept: null,
      auth: [],
      response: "none",
      operation: "things.create",
      options,
    });
  }
}
