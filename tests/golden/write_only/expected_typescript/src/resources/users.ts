import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { AvatarInput, User, UserInput } from "../types.js";

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
      shape: "User",
      auth: [],
      response: "json",
      operation: "users.create",
      options,
    });
  }

  /**
   * setAvatar
   *
   * `PUT /users/{id}/avatar`
   *
   * @param id - The `id` path parameter.
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  setAvatar(id: string, body: AvatarInput, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "PUT",
      path: `/users/${pathParam("id", id)}/avatar`,
      body,
      bodyEncoding: "multipart",
      contentType: "multipart/form-data",
      shape: "Avatar",
      accept: null,
      auth: [],
      response: "none",
      operation: "users.setAvatar",
      options,
    });
  }
}
