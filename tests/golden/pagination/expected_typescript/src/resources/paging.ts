import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type {
  Item,
  ListArticlesParams,
  ListArticlesResponse,
  ListChargesParams,
  ListChargesResponse,
  ListCommitsParams,
  ListEntriesParams,
  ListEntriesResponse,
  ListEventsParams,
  ListLogsParams,
  ListLogsResponse,
  ListPeopleParams,
  ListTagsParams,
  PersonPage,
} from "../types.js";

/** Lists that go on over several pages. */
export class Paging {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * People, by page number, with paging details in the envelope.
   *
   * `GET /people`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns One page of people.
   */
  listPeople(params: ListPeopleParams = {}, options?: RequestOptions): ApiPromise<PersonPage> {
    return this.#http.request({
      method: "GET",
      path: "/people",
      query: {
        page: params.page,
        limit: params.limit,
        search: params.search,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Events, by offset and limit, as a plain array.
   *
   * `GET /events`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some events.
   */
  listEvents(params: ListEventsParams = {}, options?: RequestOptions): ApiPromise<Item[]> {
    return this.#http.request({
      method: "GET",
      path: "/events",
      query: {
        offset: params.offset,
        limit: params.limit,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Log lines, with the next cursor in the body.
   *
   * `GET /logs`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some log lines.
   */
  listLogs(params: ListLogsParams = {}, options?: RequestOptions): ApiPromise<ListLogsResponse> {
    return this.#http.request({
      method: "GET",
      path: "/logs",
      query: {
        cursor: params.cursor,
        page_size: params.page_size,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Articles, with the next page's URL in the body.
   *
   * `GET /articles`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some articles.
   */
  listArticles(
    params: ListArticlesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ListArticlesResponse> {
    return this.#http.request({
      method: "GET",
      path: "/articles",
      query: {
        size: params.size,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Commits, with the next page in the Link header.
   *
   * `GET /commits`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some commits.
   */
  listCommits(params: ListCommitsParams = {}, options?: RequestOptions): ApiPromise<Item[]> {
    return this.#http.request({
      method: "GET",
      path: "/commits",
      query: {
        per_page: params.per_page,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Charges, Stripe style (has_more, starting_after the last id).
   *
   * `GET /charges`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some charges.
   */
  listCharges(
    params: ListChargesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ListChargesResponse> {
    return this.#http.request({
      method: "GET",
      path: "/charges",
      query: {
        limit: params.limit,
        starting_after: params.starting_after,
        ending_before: params.ending_before,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Entries, paged as the x-pagination extension says.
   *
   * `GET /entries`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some entries.
   */
  listEntries(
    params: ListEntriesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ListEntriesResponse> {
    return this.#http.request({
      method: "GET",
      path: "/entries",
      query: {
        from: params.from,
      },
      auth: [],
      response: "json",
      options,
    });
  }

  /**
   * Every tag at once (not paginated).
   *
   * `GET /tags`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The tags.
   */
  listTags(params: ListTagsParams = {}, options?: RequestOptions): ApiPromise<Item[]> {
    return this.#http.request({
      method: "GET",
      path: "/tags",
      query: {
        limit: params.limit,
      },
      auth: [],
      response: "json",
      options,
    });
  }
}
