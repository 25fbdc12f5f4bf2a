import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { UserInput } from "../types.js";

/** Operations tagged "batch". */
export class Batch {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createUsers
   *
   * `POST /users/batch`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  createUsers(body: UserInput[], options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/users/batch",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: { type: "array", items: "User" },
      accept: null,
      auth: [],
      response: "none",
      operation: "batch.createUsers",
      options,
    });
  }
}
