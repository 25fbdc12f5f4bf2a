import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { Drawing } from "../types.js";

/** Operations tagged "drawings". */
export class Drawings {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getDrawing
   *
   * `GET /drawings/{drawingId}`
   *
   * @param drawingId - The `drawingId` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A drawing.
   */
  get(drawingId: number, options?: RequestOptions): ApiPromise<Drawing> {
    return this.#http.request({
      method: "GET",
      path: `/drawings/${pathParam("drawingId", drawingId)}`,
      auth: [],
      response: "json",
      operation: "drawings.get",
      options,
    });
  }
}
