import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { ClassModel, ImportResponse } from "../types.js";

/** Operations tagged "import". */
export class Import {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * None
   *
   * `GET /import`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  none(options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/import",
      accept: null,
      auth: [],
      response: "none",
      operation: "import.none",
      options,
    });
  }

  /**
   * import
   *
   * `POST /import`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Same names, other casing.
   */
  import(body: ClassModel, options?: RequestOptions): ApiPromise<ImportResponse> {
    return this.#http.request({
      method: "POST",
      path: "/import",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      auth: [],
      response: "json",
      operation: "import.import",
      options,
    });
  }
}
