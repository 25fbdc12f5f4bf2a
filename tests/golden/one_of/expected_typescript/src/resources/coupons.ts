import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Coupon } from "../types.js";

/** Operations tagged "coupons". */
export class Coupons {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createCoupon
   *
   * `POST /coupons`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  create(body: Coupon, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/coupons",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Coupon",
      accept: null,
      auth: [],
      response: "none",
      operation: "coupons.create",
      options,
    });
  }
}
