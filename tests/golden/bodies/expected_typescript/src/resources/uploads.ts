import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { UploadBody } from "../types.js";

/** Operations tagged "uploads". */
export class Uploads {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * upload
   *
   * `POST /uploads`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  upload(body: UploadBody, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/uploads",
      body,
      bodyEncoding: "multipart",
      contentType: "multipart/form-data",
      encoding: {
        image: { contentType: "image/png" },
        avatar: { contentType: "image/jpeg" },
        meta: { contentType: "application/json" },
      },
      accept: null,
      auth: [],
      response: "none",
      operation: "uploads.upload",
      options,
    });
  }

  /**
   * putRaw
   *
   * `PUT /raw`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  putRaw(
    body: Blob | ArrayBuffer | Uint8Array | string,
    options?: RequestOptions,
  ): ApiPromise<void> {
    return this.#http.request({
      method: "PUT",
      path: "/raw",
      body,
      bodyEncoding: "binary",
      contentType: "application/octet-stream",
      accept: null,
      auth: [],
      response: "none",
      operation: "uploads.putRaw",
      options,
    });
  }
}
