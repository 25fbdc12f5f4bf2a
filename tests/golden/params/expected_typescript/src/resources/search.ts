import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { styled } from "../core.js";
import type { SearchFilter, SearchParams } from "../types.js";

/** Operations tagged "search". */
export class Search {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * search
   *
   * `GET /search`
   *
   * @param params - Query and header parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns ok
   */
  search(params: SearchParams = {}, options?: RequestOptions): ApiPromise<Record<string, unknown>> {
    if (params.old !== undefined) {
      this.#http.deprecated("search.search(): the old parameter is deprecated by the API");
    }
    return this.#http.request({
      method: "GET",
      path: "/search",
      query: {
        ids: styled(params.ids, "form", false),
        tags: params.tags,
        filter: styled(params.filter, "deepObject", true),
        pipes: styled(params.pipes, "pipeDelimited", false),
        spaces: styled(params.spaces, "spaceDelimited", false),
        active: params.active,
        price: params.price,
        since: params.since,
        day: params.day,
        sort: params.sort,
        redirect: styled(params.redirect, "form", true, { allowReserved: true }),
        where: styled(params.where, "form", true, { contentType: "application/json" }),
        old: params.old,
      },
      headers: {
        "X-Active": params["X-Active"],
        "X-Since": params["X-Since"],
      },
      auth: [],
      response: "json",
      operation: "search.search",
      options,
    });
  }

  /**
   * legacyList
   *
   * `GET /legacy`
   *
   * @deprecated The API marks this operation as deprecated.
   *
   * @param options - Per-request signal, timeout, retries and headers.
   */
  legacyList(options?: RequestOptions): ApiPromise<void> {
    this.#http.deprecated("search.legacyList() is deprecated by the API");
    return this.#http.request({
      method: "GET",
      path: "/legacy",
      accept: null,
      auth: [],
      response: "none",
      operation: "search.legacyList",
      options,
    });
  }
}
