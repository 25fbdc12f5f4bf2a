import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { ListPetsParams, Pet } from "../types.js";

/** Operations tagged "pets". */
export class Pets {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * listPets
   *
   * `GET /pets`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Pets.
   * @throws {ApiStatusError} default: An error (body: `ErrorModel`).
   */
  list(params: ListPetsParams = {}, options?: RequestOptions): ApiPromise<Pet[]> {
    return this.#http.request({
      method: "GET",
      path: "/pets",
      query: {
        limit: params.limit,
      },
      auth: [],
      response: "json",
      operation: "pets.list",
      errors: ["default"],
      options,
    });
  }

  /**
   * getPet
   *
   * `GET /pets/{id}`
   *
   * @param id - The `id` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A pet.
   * @throws {ApiStatusError} default: An error (body: `ErrorModel`).
   */
  get(id: string, options?: RequestOptions): ApiPromise<Pet> {
    return this.#http.request({
      method: "GET",
      path: `/pets/${pathParam("id", id)}`,
      auth: [],
      response: "json",
      operation: "pets.get",
      errors: ["default"],
      options,
    });
  }
}
