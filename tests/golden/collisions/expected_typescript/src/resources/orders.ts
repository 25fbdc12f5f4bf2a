import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { Order } from "../types.js";

/** Operations tagged "orders". */
export class Orders {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getOrder
   *
   * `GET /orders/{orderId}`
   *
   * @param orderId - The `orderId` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns An order.
   */
  get(orderId: string, options?: RequestOptions): ApiPromise<Order> {
    return this.#http.request({
      method: "GET",
      path: `/orders/${pathParam("orderId", orderId)}`,
      auth: [],
      response: "json",
      operation: "orders.get",
      options,
    });
  }
}
