import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { UserProfile } from "../types.js";

/** Operations tagged "models". */
export class Models {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * get-model.by-id
   *
   * `GET /models/{model.id}`
   *
   * @param modelId - The `model.id` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Dots everywhere.
   */
  getById(modelId: string, options?: RequestOptions): ApiPromise<UserProfile> {
    return this.#http.request({
      method: "GET",
      path: `/models/${pathParam("model.id", modelId)}`,
      auth: [],
      response: "json",
      operation: "models.getById",
      options,
    });
  }
}
