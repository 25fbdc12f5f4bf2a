import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { UserName2 } from "../types.js";

/** Operations tagged "users". */
export class Users2 {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * listUsersLower
   *
   * `GET /users-lower`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A tag that differs only by case.
   */
  listLower(options?: RequestOptions): ApiPromise<UserName2[]> {
    return this.#http.request({
      method: "GET",
      path: "/users-lower",
      auth: [],
      response: "json",
      operation: "users2.listLower",
      options,
    });
  }
}
