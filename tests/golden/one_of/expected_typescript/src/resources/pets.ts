import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Cat, Dog, Pet } from "../types.js";

/** Operations tagged "pets". */
export class Pets {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createPet
   *
   * `POST /pets`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Created.
   */
  create(body: Pet, options?: RequestOptions): ApiPromise<Pet> {
    return this.#http.request({
      method: "POST",
      path: "/pets",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Pet",
      auth: [],
      response: "json",
      operation: "pets.create",
      options,
    });
  }

  /**
   * createEither
   *
   * `POST /pets/either`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  createEither(body: Cat | Dog, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/pets/either",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: { name: "Cat | Dog", variants: ["Cat", "Dog"], oneOf: ["Cat", "Dog"] },
      accept: null,
      auth: [],
      response: "none",
      operation: "pets.createEither",
      options,
    });
  }
}
