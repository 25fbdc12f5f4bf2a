import type { ApiPromise, Http, RequestOptions, Stream } from "../core.js";
import { pathParam } from "../core.js";
import type { Progress } from "../types.js";

/** Operations tagged "jobs". */
export class Jobs {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * watchProgress
   *
   * `GET /jobs/{id}/progress`
   *
   * @param id - The `id` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Progress events until the job ends.
   */
  watchProgress(id: string, options?: RequestOptions): ApiPromise<Stream<Progress>> {
    return this.#http.request({
      method: "GET",
      path: `/jobs/${pathParam("id", id)}/progress`,
      accept: "text/event-stream",
      auth: [],
      response: "event-stream",
      events: "json",
      operation: "jobs.watchProgress",
      options,
    });
  }

  /**
   * tailLogs
   *
   * `GET /logs/tail`
   *
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Log lines.
   */
  tailLogs(options?: RequestOptions): ApiPromise<Stream<string>> {
    return this.#http.request({
      method: "GET",
      path: "/logs/tail",
      accept: "text/event-stream",
      auth: [],
      response: "event-stream",
      events: "text",
      operation: "jobs.tailLogs",
      options,
    });
  }
}
