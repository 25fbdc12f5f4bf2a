import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Owner } from "../types.js";

/** Operations tagged "owners". */
export class Owners {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createOwner
   *
   * `POST /owners`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Created.
   */
  create(body: Owner, options?: RequestOptions): ApiPromise<Owner> {
    return this.#http.request({
      method: "POST",
      path: "/owners",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Owner",
      auth: [],
      response: "json",
      operation: "owners.create",
      options,
    });
  }
}
