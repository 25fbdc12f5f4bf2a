import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { BaseModel } from "../types.js";

/** Operations tagged "self". */
export class Self {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * close
   *
   * `GET /self`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A tag named like a Python convention and an operation named like a client method.
   */
  close(options?: RequestOptions): ApiPromise<BaseModel> {
    return this.#http.request({
      method: "GET",
      path: "/self",
      auth: [],
      response: "json",
      operation: "self.close",
      options,
    });
  }
}
