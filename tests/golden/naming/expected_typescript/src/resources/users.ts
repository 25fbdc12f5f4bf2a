import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { UserName } from "../types.js";

/** Operations tagged "Users". */
export class Users {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * ÜberList
   *
   * `GET /users`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Non-ASCII operation name.
   */
  uberList(options?: RequestOptions): ApiPromise<UserName[]> {
    return this.#http.request({
      method: "GET",
      path: "/users",
      auth: [],
      response: "json",
      operation: "users.uberList",
      options,
    });
  }
}
