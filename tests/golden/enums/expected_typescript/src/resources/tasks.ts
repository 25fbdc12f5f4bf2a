import type { ApiPromise, Http, RequestOptions } from "../core.js";
import { pathParam } from "../core.js";
import type { ListTasksParams, Priority, Status, Task } from "../types.js";

/** Operations tagged "tasks". */
export class Tasks {
  readonly #http: Http;

  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * listTasks
   *
   * `GET /tasks`
   *
   * @param params - Query parameters.
   * @param options - Per-request signal, timeout, retries and headers.
   * @returns Matching tasks.
   */
  list(params: ListTasksParams = {}, options?: RequestOptions): ApiPromise<Task[]> {
    return this.#http.request({
      method: "GET",
      path: "/tasks",
      query: {
        order: params.order,
        status: params.status,
        priority: params.priority,
        level: params.level,
      },
      auth: [],
      response: "json",
      operation: "tasks.list",
      options,
    });
  }

  /**
   * setTaskStatus
   *
   * `PUT /tasks/{taskId}/status/{status}`
   *
   * @param taskId - The `taskId` path parameter.
   * @param status - Where a task is.
   * @param options - Per-request signal, timeout, retries and headers.
   */
  setStatus(taskId: number, status: Status, options?: RequestOptions): ApiPromise<void> {
    return this.#http.request({
      method: "PUT",
      path: `/tasks/${pathParam("taskId", taskId)}/status/${pathParam("status", status)}`,
      accept: null,
      auth: [],
      response: "none",
      operation: "tasks.setStatus",
      options,
    });
  }
}
