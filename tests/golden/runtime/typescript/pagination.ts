/**
 * Paginated results. A paginated method resolves to its first page: the response as it is (its
 * fields unchanged), which is also an async iterable over every item of every page. The next page
 * is requested only when the items so far are used up, one request per page, and nothing more is
 * sent when the loop stops early. `iterPages()` yields the pages; `hasNextPage()` says whether
 * another follows (without a request) and `getNextPage()` fetches it (or null).
 *
 * Where the next page comes from is generated from the API description: a page number, an offset,
 * a cursor from the body (or the last item's id), a next-page URL in the body, or the response's
 * `Link: <...>; rel="next"` header. A next-page URL on another host than the client's base URL is
 * refused, so credentials never go elsewhere.
 */

import type { ApiPromise, Http, Operation } from "./core.js";
import { EnumError as ClientError } from "./errors.js";

/** Where an operation's next page comes from (paths are wire names in the response body). */
export interface Paging {
  kind: "page" | "offset" | "cursor" | "next_url" | "link_header";
  /** The array of items; absent: the body is the array. */
  items?: readonly string[];
  /** The query parameter the next page number, offset or cursor goes to. */
  parameter?: string;
  /** The next cursor or URL. */
  next?: readonly string[];
  /** The cursor is read from the last item. */
  nextFromItem?: boolean;
  /** The next cursor or URL is this response header. */
  nextHeader?: string;
  hasMore?: readonly string[];
  totalPages?: readonly string[];
  totalItems?: readonly string[];
  currentPage?: readonly string[];
  pageSize?: readonly string[];
  /** The page-size query parameter. */
  limit?: string;
  /** The first page's number (kind page; default 1). */
  first?: number;
}

/** What a page adds to the response: iteration over every item of every page. */
export interface PageMethods<P, T> extends AsyncIterable<T> {
  /** This page, then each following page, requested one at a time as you go. */
  iterPages(): AsyncGenerator<Page<P, T>, void, undefined>;
  /** Whether another page follows this one (decided from this page; sends nothing). */
  hasNextPage(): boolean;
  /** Request the page after this one; null when this is the last. */
  getNextPage(): Promise<Page<P, T> | null>;
}

/** A page: the response (`P`) as it is, plus async iteration over every item (`T`). */
export type Page<P, T> = P & PageMethods<P, T>;

/** An operation whose response is a page. */
export interface PagedOperation extends Operation {
  paging: Paging;
}

/** Send the operation and resolve to its first page. */
export function paginate<P, T>(http: Http, op: PagedOperation): ApiPromise<Page<P, T>> {
  return http.request<Page<P, T>>(op, (data, response) => {
    const header = op.paging.kind === "link_header" ? "link" : op.paging.nextHeader;
    return attach<P, T>(http, op, data, header ? response.headers.get(header) : null);
  });
}

function attach<P, T>(
  http: Http,
  op: PagedOperation,
  data: unknown,
  link: string | null,
): Page<P, T> {
  const page = (typeof data === "object" && data !== null ? data : {}) as Page<P, T>;
  const next = (): PagedOperation | null =>
    nextOperation(page, op, op.paging.kind === "link_header" ? nextLink(link) : link, http);
  const methods: PageMethods<P, T> = {
    async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
      for await (const p of page.iterPages()) yield* itemsOf(p, op.paging) as T[];
    },
    async *iterPages(): AsyncGenerator<Page<P, T>, void, undefined> {
      let current: Page<P, T> | null = page;
      while (current !== null) {
        yield current;
        current = await current.getNextPage();
      }
    },
    hasNextPage: () => next() !== null,
    getNextPage: async () => {
      const following = next();
      return following === null ? null : paginate<P, T>(http, following);
    },
  };
  // not enumerable: JSON.stringify, spreading and Object.keys see the response's fields only
  for (const key of Reflect.ownKeys(methods)) {
    const value: unknown = Reflect.get(methods, key);
    Object.defineProperty(page, key, { value, enumerable: false, configurable: true });
  }
  return page;
}

function get(value: unknown, path: readonly string[] | undefined): unknown {
  let out = value;
  for (const name of path ?? []) {
    if (typeof out !== "object" || out === null) return undefined;
    out = (out as Record<string, unknown>)[name];
  }
  return out;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : undefined;
}

function itemsOf(page: unknown, paging: Paging): unknown[] {
  const items = paging.items?.length ? get(page, paging.items) : page;
  return Array.isArray(items) ? Array.from(items as unknown[]) : [];
}

/** The URL of the `rel="next"` entry of a Link header (RFC 8288), if any. */
export function nextLink(header: string | null): string | null {
  for (const match of (header ?? "").matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    for (const param of (match[2] ?? "").split(";")) {
      const [key = "", value = ""] = param.split("=", 2).map((s) => s.trim());
      const rels = value.replace(/^"|"$/g, "").toLowerCase().split(/\s+/);
      if (key.toLowerCase() === "rel" && rels.includes("next")) return (match[1] ?? "").trim();
    }
  }
  return null;
}

/** The request for the page after `page`, or null when it is the last (`link`: the next URL or
 * cursor a response header gave). */
function nextOperation(
  page: unknown,
  op: PagedOperation,
  link: string | null,
  http: Http,
): PagedOperation | null {
  const paging = op.paging;
  const query: Record<string, unknown> = { ...op.query };
  const items = itemsOf(page, paging);
  const more = paging.hasMore ? get(page, paging.hasMore) : undefined;
  if (more === false) return null;
  const counted = typeof more !== "boolean";
  const limit = paging.limit === undefined ? undefined : num(query[paging.limit]);
  const param = paging.parameter ?? "";
  if (paging.kind === "page" || paging.kind === "offset") {
    if (items.length === 0) return null;
    if (counted && limit && items.length < limit) return null;
    const totalItems = num(get(page, paging.totalItems));
    let value: number;
    if (paging.kind === "page") {
      const first = paging.first ?? 1;
      const current = num(get(page, paging.currentPage)) ?? num(query[param]) ?? first;
      const totalPages = num(get(page, paging.totalPages));
      if (counted && totalPages !== undefined && current - first + 1 >= totalPages) return null;
      const size = num(get(page, paging.pageSize)) ?? limit;
      const seen = size ? (current - first) * size + items.length : undefined;
      if (counted && totalItems !== undefined && seen !== undefined && seen >= totalItems) {
        return null;
      }
      value = current + 1;
    } else {
      value = (num(query[param]) ?? 0) + items.length;
      if (counted && totalItems !== undefined && value >= totalItems) return null;
    }
    return { ...op, query: { ...query, [param]: value } };
  }
  if (paging.kind === "cursor") {
    const cursor = paging.nextHeader
      ? link
      : paging.nextFromItem
        ? get(items.at(-1), paging.next)
        : get(page, paging.next);
    if (cursor === undefined || cursor === null || cursor === "" || cursor === query[param]) {
      return null;
    }
    return { ...op, query: { ...query, [param]: cursor } };
  }
  const fromHeader = paging.kind === "link_header" || paging.nextHeader !== undefined;
  const url = fromHeader ? link : get(page, paging.next);
  if (typeof url !== "string" || !url) return null;
  return { ...op, method: "GET", ...target(http.baseUrl, url) };
}

/** A next-page URL as a path under the client's base URL and its query. */
function target(baseUrl: string, url: string): { path: string; query: Record<string, unknown> } {
  const base = new URL(`${baseUrl}/`);
  const next = new URL(url, base);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (
    next.origin !== base.origin ||
    !(next.pathname === prefix || next.pathname.startsWith(`${prefix}/`))
  ) {
    throw new ClientError(
      `the next page is at ${next.href}, outside the client's base URL ${baseUrl}: not followed`,
    );
  }
  const query: Record<string, unknown> = {};
  for (const key of new Set(next.searchParams.keys())) {
    const values = next.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return { path: next.pathname.slice(prefix.length) || "/", query };
}
