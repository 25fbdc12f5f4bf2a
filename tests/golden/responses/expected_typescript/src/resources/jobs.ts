import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { Job, JobRequest, Result } from "../types.js";

/** Operations tagged "jobs". */
export class Jobs {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * submitJob
   *
   * `POST /jobs`
   *
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Done at once.
   * @throws {NotFoundError} 404: No such queue (body: `NotFound`).
   * @throws {ApiStatusError} 4XX: Some other client error (body: `SubmitJob4xxResponse`).
   * @throws {ApiStatusError} default: Unexpected error (body: `ErrorModel`).
   */
  submit(body: JobRequest, options?: RequestOptions): ApiPromise<Result | Job | undefined> {
    return this.#http.request({
      method: "POST",
      path: "/jobs",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      accept: "application/json, application/problem+json",
      auth: [],
      response: { "200": "json", "202": "json", "204": "none" },
      operation: "jobs.submit",
      errors: ["404", "4XX", "default"],
      options,
    });
  }

  /**
   * getReport
   *
   * `GET /jobs/{id}/report`
   *
   * @param id - The `id` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The report as a PDF.
   * @throws {NotFoundError} 404: No such job (body: `NotFound`).
   */
  getReport(id: string, options?: RequestOptions): ApiPromise<Blob> {
    return this.#http.request({
      method: "GET",
      path: `/jobs/${pathParam("id", id)}/report`,
      accept: "application/pdf, application/json",
      auth: [],
      response: "binary",
      operation: "jobs.getReport",
      errors: ["404"],
      options,
    });
  }

  /**
   * getLog
   *
   * `GET /jobs/{id}/log`
   *
   * @param id - The `id` path parameter.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The log.
   */
  getLog(id: string, options?: RequestOptions): ApiPromise<string> {
    return this.#http.request({
      method: "GET",
      path: `/jobs/${pathParam("id", id)}/log`,
      accept: "text/plain",
      auth: [],
      response: "text",
      operation: "jobs.getLog",
      options,
    });
  }
}
