import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { Address } from "../types.js";

/** Operations tagged "addresses". */
export class Addresses {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getAddress
   *
   * `GET /addresses/{addressId}`
   *
   * @param addressId - The `addressId` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A saved address.
   */
  get(addressId: string, options?: RequestOptions): ApiPromise<Address> {
    return this.#http.request({
      method: "GET",
      path: `/addresses/${pathParam("addressId", addressId)}`,
      auth: [],
      response: "json",
      operation: "addresses.get",
      options,
    });
  }
}
