import type { ApiPromise, Http, RequestOptions } from "../core.js";
import type { Event } from "../types.js";

/** Operations tagged "events". */
export class Events {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createEvent
   *
   * `POST /events`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  create(body: Event, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: "/events",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "Event",
      accept: null,
      auth: [],
      response: "none",
      operation: "events.create",
      options,
    });
  }
}
