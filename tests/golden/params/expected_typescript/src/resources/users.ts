import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam, styled } from "../core.js";
import type { GetUsersParams, GetUsersXPoint } from "../types.js";

/** Operations tagged "users". */
export class Users {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getUsers
   *
   * `GET /users/{ids}`
   *
   * @param ids - The `ids` path parameter.
   * @param params - Header and cookie parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  get(ids: number[], params: GetUsersParams = {}, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: `/users/${pathParam("ids", ids)}`,
      headers: {
        "X-Flags": params["X-Flags"],
        "X-Point": styled(params["X-Point"], "simple", true),
      },
      cookies: {
        session_id: params.session_id,
        tracking: styled(params.tracking, "form", false),
      },
      accept: null,
      auth: [],
      response: "none",
      operation: "users.get",
      options,
    });
  }

  /**
   * getStyled
   *
   * `GET /labels/{label}/matrix/{matrix}/exploded/{exploded}`
   *
   * @param label - The `label` path parameter.
   * @param matrix - The `matrix` path parameter.
   * @param exploded - The `exploded` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  getStyled(
    label: string[],
    matrix: string[],
    exploded: string[],
    options?: RequestOptions,
  ): ApiPromise<void> {
    return this.#http.request({
      method: "GET",
      path: `/labels/${pathParam("label", styled(label, "label", false))}/matrix/${pathParam("matrix", styled(matrix, "matrix", false))}/exploded/${pathParam("exploded", styled(exploded, "matrix", true))}`,
      accept: null,
      auth: [],
      response: "none",
      operation: "users.getStyled",
      options,
    });
  }
}
