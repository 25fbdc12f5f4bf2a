import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Lamp, Size } from "../types.js";

/** Operations tagged "lamps". */
export class Lamps {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createLamp
   *
   * `POST /lamps`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Created.
   */
  create(body: Lamp, options?: RequestOptions): ApiPromise<Lamp> {
    return this.#http.request({
      method: "POST",
      path: "/lamps",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Lamp",
      auth: [],
      response: "json",
      operation: "lamps.create",
      options,
    });
  }

  /**
   * createLampSize
   *
   * `POST /lamps/size`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  createSize(body: Size, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/lamps/size",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Size",
      accept: null,
      auth: [],
      response: "none",
      operation: "lamps.createSize",
      options,
    });
  }
}
