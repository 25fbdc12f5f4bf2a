import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type {
  GetRecordParams,
  Owner,
  RecordModel,
  RecordPatch,
  TouchRecordBody,
} from "../types.js";

/** Operations tagged "records". */
export class Records {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * getRecord
   *
   * `GET /records/{recordId}`
   *
   * @param recordId - The `recordId` path parameter.
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The record.
   * @throws {NotFoundError} 404: No such record.
   */
  get(
    recordId: string,
    params: GetRecordParams = {},
    options?: RequestOptions,
  ): ApiPromise<RecordModel> {
    return this.#http.request({
      method: "GET",
      path: `/records/${pathParam("recordId", recordId)}`,
      query: {
        cursor: params.cursor,
        since: params.since,
      },
      auth: [],
      response: "json",
      operation: "records.get",
      options,
    });
  }

  /**
   * updateRecord
   *
   * `PATCH /records/{recordId}`
   *
   * @param recordId - The `recordId` path parameter.
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The updated record, or null when it was deleted meanwhile.
   */
  update(
    recordId: string,
    body: RecordPatch,
    options?: RequestOptions,
  ): ApiPromise<RecordModel | null> {
    return this.#http.request({
      method: "PATCH",
      path: `/records/${pathParam("recordId", recordId)}`,
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      auth: [],
      response: "json",
      operation: "records.update",
      options,
    });
  }

  /**
   * setOwner
   *
   * The record's owner; null takes the owner away.
   *
   * `PUT /records/{recordId}/owner`
   *
   * @param recordId - The `recordId` path parameter.
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  setOwner(recordId: string, body: Owner | null, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "PUT",
      path: `/records/${pathParam("recordId", recordId)}/owner`,
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      accept: null,
      auth: [],
      response: "none",
      operation: "records.setOwner",
      options,
    });
  }

  /**
   * touchRecord
   *
   * With no body, the record is only touched; null clears its note.
   *
   * `POST /records/{recordId}/owner`
   *
   * @param recordId - The `recordId` path parameter.
   * @param body - The request body.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  touch(
    recordId: string,
    body?: TouchRecordBody | null,
    options?: RequestOptions,
  ): ApiPromise<void> {
    return this.#http.request({
      method: "POST",
      path: `/records/${pathParam("recordId", recordId)}/owner`,
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      accept: null,
      auth: [],
      response: "none",
      operation: "records.touch",
      options,
    });
  }
}
