import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { User, UserInput } from "../types.js";

/** Operations tagged "users". */
export class Users {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createUser
   *
   * `POST /users`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Created (the password is not echoed).
   */
  create(body: UserInput, options?: RequestOptions): ApiPromise<User> {
    return this.#http.request({
      method: "POST",
      path: "/users",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      auth: [],
      response: "json",
      options,
    });
  }
}
