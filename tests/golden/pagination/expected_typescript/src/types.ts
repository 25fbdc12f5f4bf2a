/**
 * Types for every schema of Paging, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface Item {
  id: string;
  name?: string;
}

export interface PersonPage {
  results: Item[];
  metadata: PageMeta;
}

export interface PageMeta {
  currentPage: number;
  totalPages?: number;
  totalItems?: number;
  itemsPerPage?: number;
  hasNextPage?: boolean;
}

export interface ListLogsResponse {
  items: Item[];
  next_cursor?: string | null;
}

export interface ListArticlesResponse {
  data: Item[];
  links: Record<string, unknown>;
}

export interface ListChargesResponse {
  object: "list";
  data: Item[];
  has_more: boolean;
}

export interface ListEntriesResponse {
  entries: Item[];
  state?: Record<string, unknown>;
}

export interface ListFeedResponse {
  items: Item[];
  /** Where the rest is. */
  more?: string;
}

/** Query parameters of `listPeople`. */
export interface ListPeopleParams {
  /** Server default: `1`. */
  page?: number;
  /** Server default: `100`. */
  limit?: number;
  search?: string;
}

/** Query parameters of `listEvents`. */
export interface ListEventsParams {
  /** Server default: `0`. */
  offset?: number;
  limit?: number;
}

/** Query parameters of `listLogs`. */
export interface ListLogsParams {
  cursor?: string;
  page_size?: number;
}

/** Query parameters of `listArticles`. */
export interface ListArticlesParams {
  size?: number;
}

/** Query parameters of `listCommits`. */
export interface ListCommitsParams {
  per_page?: number;
}

/** Query parameters of `listCharges`. */
export interface ListChargesParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/** Query parameters of `listEntries`. */
export interface ListEntriesParams {
  from?: string;
}

/** Query parameters of `listJobs`. */
export interface ListJobsParams {
  page_token?: string;
}

/** Query parameters of `listTags`. */
export interface ListTagsParams {
  limit?: number;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
