import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Member, MemberInput } from "../types.js";

/** Operations tagged "members". */
export class Members {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createMember
   *
   * `POST /members`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Created.
   */
  create(body: MemberInput, options?: RequestOptions): ApiPromise<Member> {
    return this.#http.request({
      method: "POST",
      path: "/members",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Member",
      auth: [],
      response: "json",
      operation: "members.create",
      options,
    });
  }
}
