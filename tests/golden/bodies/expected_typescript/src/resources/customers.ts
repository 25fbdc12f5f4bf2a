import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { CreateCustomerBody } from "../types.js";

/** Operations tagged "customers". */
export class Customers {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * listCustomers
   *
   * `GET /customers`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  list(body?: Record<string, unknown>, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: "/customers",
      body,
      bodyEncoding: "form",
      contentType: "application/x-www-form-urlencoded",
      accept: null,
      auth: [],
      response: "none",
      operation: "customers.list",
      options,
    });
  }

  /**
   * createCustomer
   *
   * `POST /customers`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  create(body: CreateCustomerBody, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/customers",
      body,
      bodyEncoding: "form",
      contentType: "application/x-www-form-urlencoded",
      encoding: {
        metadata: { style: "deepObject", explode: true },
        address: { style: "deepObject", explode: true },
        expand: { style: "deepObject", explode: true },
        preferred_locales: { style: "deepObject", explode: true },
        invoice_settings: { style: "deepObject", explode: true },
      },
      accept: null,
      auth: [],
      response: "none",
      operation: "customers.create",
      options,
    });
  }
}
