import type { ApiPromise, Http, RequestOptions } from "../core.js";
import * as pagination from "../pagination.js";
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
  ListFeedResponse,
  ListJobsParams,
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
  listPeople(
    params: ListPeopleParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<PersonPage, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/people",
      query: {
        page: params.page,
        limit: params.limit,
        search: params.search,
      },
      auth: [],
      response: "json",
      paging: {
        kind: "page",
        items: ["results"],
        parameter: "page",
        hasMore: ["metadata", "hasNextPage"],
        totalPages: ["metadata", "totalPages"],
        totalItems: ["metadata", "totalItems"],
        currentPage: ["metadata", "currentPage"],
        pageSize: ["metadata", "itemsPerPage"],
        limit: "limit",
      },
      operation: "paging.listPeople",
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
  listEvents(
    params: ListEventsParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<Item[], Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/events",
      query: {
        offset: params.offset,
        limit: params.limit,
      },
      auth: [],
      response: "json",
      paging: { kind: "offset", parameter: "offset", limit: "limit" },
      operation: "paging.listEvents",
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
  listLogs(
    params: ListLogsParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<ListLogsResponse, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/logs",
      query: {
        cursor: params.cursor,
        page_size: params.page_size,
      },
      auth: [],
      response: "json",
      paging: {
        kind: "cursor",
        items: ["items"],
        parameter: "cursor",
        next: ["next_cursor"],
        limit: "page_size",
      },
      operation: "paging.listLogs",
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
  ): ApiPromise<pagination.Page<ListArticlesResponse, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/articles",
      query: {
        size: params.size,
      },
      auth: [],
      response: "json",
      paging: { kind: "next_url", items: ["data"], next: ["links", "next"], limit: "size" },
      operation: "paging.listArticles",
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
  listCommits(
    params: ListCommitsParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<Item[], Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/commits",
      query: {
        per_page: params.per_page,
      },
      auth: [],
      response: "json",
      paging: { kind: "link_header", limit: "per_page" },
      operation: "paging.listCommits",
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
  ): ApiPromise<pagination.Page<ListChargesResponse, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/charges",
      query: {
        limit: params.limit,
        starting_after: params.starting_after,
        ending_before: params.ending_before,
      },
      auth: [],
      response: "json",
      paging: {
        kind: "cursor",
        items: ["data"],
        parameter: "starting_after",
        next: ["id"],
        hasMore: ["has_more"],
        nextFromItem: true,
        limit: "limit",
      },
      operation: "paging.listCharges",
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
  ): ApiPromise<pagination.Page<ListEntriesResponse, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/entries",
      query: {
        from: params.from,
      },
      auth: [],
      response: "json",
      paging: { kind: "cursor", items: ["entries"], parameter: "from", next: ["state", "resume"] },
      operation: "paging.listEntries",
      options,
    });
  }

  /**
   * The feed, with a next link the extension points at (no query parameters).
   *
   * `GET /feed`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some feed items.
   */
  listFeed(options?: RequestOptions): ApiPromise<pagination.Page<ListFeedResponse, Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/feed",
      auth: [],
      response: "json",
      paging: { kind: "next_url", items: ["items"], next: ["more"] },
      operation: "paging.listFeed",
      options,
    });
  }

  /**
   * Jobs, with the next cursor in a response header.
   *
   * `GET /jobs`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Some jobs.
   */
  listJobs(
    params: ListJobsParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<Item[], Item>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/jobs",
      query: {
        page_token: params.page_token,
      },
      auth: [],
      response: "json",
      paging: { kind: "cursor", parameter: "page_token", nextHeader: "X-Next-Page-Token" },
      operation: "paging.listJobs",
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
      operation: "paging.listTags",
      options,
    });
  }
}
