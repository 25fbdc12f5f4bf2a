import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import * as pagination from "../pagination.js";
import type {
  CreatePhoneNumberRequest,
  ListPhoneNumbersPaginatedParams,
  ListPhoneNumbersParams,
  PhoneNumber,
  PhoneNumberPaginatedResponse,
  UpdatePhoneNumberRequest,
} from "../types.js";

/** Phone numbers that Vapi calls are made from and received on. */
export class PhoneNumbers {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * List Phone Numbers
   *
   * Returns the organisation's phone numbers as a plain array, optionally filtered by creation and
   * update time. Use listPhoneNumbersPaginated for search, sorting and paging.
   *
   * `GET /phone-number`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The matching phone numbers.
   */
  list(params: ListPhoneNumbersParams = {}, options?: RequestOptions): ApiPromise<PhoneNumber[]> {
    return this.#http.request({
      method: "GET",
      path: "/phone-number",
      query: {
        limit: params.limit,
        createdAtGt: params.createdAtGt,
        createdAtLt: params.createdAtLt,
        createdAtGe: params.createdAtGe,
        createdAtLe: params.createdAtLe,
        updatedAtGt: params.updatedAtGt,
        updatedAtLt: params.updatedAtLt,
        updatedAtGe: params.updatedAtGe,
        updatedAtLe: params.updatedAtLe,
      },
      auth: [{ bearer: [] }],
      response: "json",
      operation: "phoneNumbers.list",
      options,
    });
  }

  /**
   * Create Phone Number
   *
   * Adds a phone number to the organisation: imports one you hold with Twilio, Vonage or Telnyx,
   * registers a number carried by your own SIP trunk, or provisions a free Vapi number or SIP URI.
   * The shape of the body depends on `provider`.
   *
   * `POST /phone-number`
   *
   * @param body - The phone number to create.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The phone number was created.
   */
  create(body: CreatePhoneNumberRequest, options?: RequestOptions): ApiPromise<PhoneNumber> {
    return this.#http.request({
      method: "POST",
      path: "/phone-number",
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "CreatePhoneNumberRequest",
      auth: [{ bearer: [] }],
      response: "json",
      operation: "phoneNumbers.create",
      options,
    });
  }

  /**
   * List Phone Numbers (paginated)
   *
   * Returns one page of the organisation's phone numbers with paging details, with search, sorting
   * and time filters. Pages are chosen with `page` and `limit`.
   *
   * `GET /v2/phone-number`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The requested page of phone numbers.
   */
  listPaginated(
    params: ListPhoneNumbersPaginatedParams = {},
    options?: RequestOptions,
  ): ApiPromise<pagination.Page<PhoneNumberPaginatedResponse, PhoneNumber>> {
    return pagination.paginate(this.#http, {
      method: "GET",
      path: "/v2/phone-number",
      query: {
        search: params.search,
        page: params.page,
        sortOrder: params.sortOrder,
        sortBy: params.sortBy,
        limit: params.limit,
        createdAtGt: params.createdAtGt,
        createdAtLt: params.createdAtLt,
        createdAtGe: params.createdAtGe,
        createdAtLe: params.createdAtLe,
        updatedAtGt: params.updatedAtGt,
        updatedAtLt: params.updatedAtLt,
        updatedAtGe: params.updatedAtGe,
        updatedAtLe: params.updatedAtLe,
      },
      auth: [{ bearer: [] }],
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
      operation: "phoneNumbers.listPaginated",
      options,
    });
  }

  /**
   * Get Phone Number
   *
   * Returns one phone number by its ID.
   *
   * `GET /phone-number/{id}`
   *
   * @param id - ID of the phone number.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The phone number.
   */
  get(id: string, options?: RequestOptions): ApiPromise<PhoneNumber> {
    return this.#http.request({
      method: "GET",
      path: `/phone-number/${pathParam("id", id)}`,
      auth: [{ bearer: [] }],
      response: "json",
      operation: "phoneNumbers.get",
      options,
    });
  }

  /**
   * Delete Phone Number
   *
   * Deletes the phone number from the organisation and returns it as it was before deletion.
   *
   * `DELETE /phone-number/{id}`
   *
   * @param id - ID of the phone number.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The deleted phone number.
   */
  delete(id: string, options?: RequestOptions): ApiPromise<PhoneNumber> {
    return this.#http.request({
      method: "DELETE",
      path: `/phone-number/${pathParam("id", id)}`,
      auth: [{ bearer: [] }],
      response: "json",
      operation: "phoneNumbers.delete",
      options,
    });
  }

  /**
   * Update Phone Number
   *
   * Changes the fields sent in the body and leaves the others as they are. The body must name the
   * number's `provider`.
   *
   * `PATCH /phone-number/{id}`
   *
   * @param id - ID of the phone number.
   * @param body - The fields to change.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns The phone number after the change.
   */
  update(
    id: string,
    body: UpdatePhoneNumberRequest,
    options?: RequestOptions,
  ): ApiPromise<PhoneNumber> {
    return this.#http.request({
      method: "PATCH",
      path: `/phone-number/${pathParam("id", id)}`,
      body,
      bodyEncoding: "json",
      contentType: "application/json",
      shape: "UpdatePhoneNumberRequest",
      auth: [{ bearer: [] }],
      response: "json",
      operation: "phoneNumbers.update",
      options,
    });
  }
}
