/**
 * Types for every schema of Enum API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

/** Where a task is. */
export type Status =
  "todo" | "in-progress" | "done" | "1st-pass" | "" | "None" | "class" | (string & {});

export type Priority = 1 | 2 | 3;

export interface Task {
  id: number;
  /** Where a task is. */
  status: Status;
  priority?: Priority;
  kind: "task";
  color?: "red" | "green" | "blue" | (string & {});
  shade?: "light" | "dark" | (string & {}) | null;
  ratio?: 0.5 | 1.5;
  flag?: true;
}

/** Query parameters of `listTasks`. */
export interface ListTasksParams {
  /**
   * Sort order.
   *
   * Server default: `asc`.
   */
  order?: "asc" | "desc" | (string & {});
  status?: Status[];
  priority?: Priority;
  level?: 0 | 10 | 20;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
