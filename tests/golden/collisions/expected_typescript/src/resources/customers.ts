import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { Customer } from "../types.js";

/** Operations tagged "customers". */
export class Customers {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getCustomer
   *
   * `GET /customers/{customerId}`
   *
   * @param customerId - The `customerId` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A customer.
   */
  get(customerId: string, options?: RequestOptions): ApiPromise<Customer> {
    return this.#http.request({
      method: "GET",
      path: `/customers/${pathParam("customerId", customerId)}`,
      auth: [],
      response: "json",
      operation: "customers.get",
      options,
    });
  }
}
