import type { ApiPromise, Http, RequestOptions, Stream } from "../core.js";
import type { ChatChunk, ChatCompletion, ChatRequest } from "../types.js";

/** Operations tagged "chat". */
export class Chat {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * createChatCompletion
   *
   * A completion, or a stream of chunks when `stream` is true.
   *
   * `POST /chat/completions`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The completion.
   * @throws {RateLimitError} 429: Too many requests (body: `ErrorModel`).
   */
  createCompletion(body: ChatRequest, options?: RequestOptions): ApiPromise<ChatCompletion> {
    return this.#http.request({
      method: "POST",
      path: "/chat/completions",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      auth: [],
      response: "json",
      operation: "chat.createCompletion",
      errors: ["429"],
      options,
    });
  }

  /**
   * createChatCompletion, as a stream of server-sent events
   *
   * `POST /chat/completions` with `Accept: text/event-stream`; the body is sent with `stream: true`. Iterate the result with `for await`; stopping early closes the connection.
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  createCompletionStream(
    body: ChatRequest,
    options?: RequestOptions,
  ): ApiPromise<Stream<ChatChunk>> {
    return this.#http.request({
      method: "POST",
      path: "/chat/completions",
      body: { ...body, stream: true },
      bodyEncoding: "json",
      contentType: "application/json",
      accept: "text/event-stream",
      auth: [],
      response: "event-stream",
      events: "json",
      operation: "chat.createCompletionStream",
      errors: ["429"],
      options,
    });
  }
}
