import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { GetShapeOutlineResponse, Shape } from "../types.js";

/** Operations tagged "shapes". */
export class Shapes {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * listShapes
   *
   * `GET /shapes`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns All shapes.
   */
  list(options?: RequestOptions): ApiPromise<Shape[]> {
    return this.#http.request({
      method: "GET",
      path: "/shapes",
      auth: [],
      response: "json",
      operation: "shapes.list",
      options,
    });
  }

  /**
   * createShape
   *
   * `POST /shapes`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The new shape.
   */
  create(body: Shape, options?: RequestOptions): ApiPromise<Shape> {
    return this.#http.request({
      method: "POST",
      path: "/shapes",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      auth: [],
      response: "json",
      operation: "shapes.create",
      options,
    });
  }

  /**
   * getShapeOutline
   *
   * `GET /shapes/{shapeId}/outline`
   *
   * @param shapeId - The `shapeId` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns An outline, inline union.
   */
  getOutline(shapeId: string, options?: RequestOptions): ApiPromise<GetShapeOutlineResponse> {
    return this.#http.request({
      method: "GET",
      path: `/shapes/${pathParam("shapeId", shapeId)}/outline`,
      auth: [],
      response: "json",
      operation: "shapes.getOutline",
      options,
    });
  }
}
