import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { ClassParams, SearchParams, Weird } from "../types.js";

/** Operations tagged "class". */
export class Class {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * class
   *
   * `GET /class/{import}`
   *
   * @param import_ - The `import` path parameter.
   * @param params - Query and header parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A model full of awkward names.
   */
  class(import_: string, params: ClassParams = {}, options?: RequestOptions): ApiPromise<Weird> {
    return this.#http.request({
      method: "GET",
      path: `/class/${pathParam("import", import_)}`,
      query: {
        from: params.from,
        self: params.self,
        None: params.None,
        type: params.type,
        id: params.id,
        request_options: params.request_options,
        body: params.body,
        "user-name": params["user-name"],
        "user.name": params["user.name"],
        userName: params.userName,
        "1st": params["1st"],
        größe: params.größe,
      },
      headers: {
        "X-Request-ID": params["X-Request-ID"],
      },
      auth: [],
      response: "json",
      operation: "class.class",
      options,
    });
  }

  /**
   * search
   *
   * Parameters named like what the method body uses.
   *
   * `GET /search`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns A list, so the body says list[models.Weird].
   */
  search(params: SearchParams = {}, options?: RequestOptions): ApiPromise<Weird[]> {
    return this.#http.request({
      method: "GET",
      path: "/search",
      query: {
        list: params.list,
        dict: params.dict,
        str: params.str,
        models: params.models,
        cast: params.cast,
        result: params.result,
        Any: params.Any,
        datetime: params.datetime,
      },
      auth: [],
      response: "json",
      operation: "class.search",
      options,
    });
  }
}
