/**
 * Types for every schema of Responses, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface JobRequest {
  queue: string;
}

export interface Result {
  value: number;
}

export interface Job {
  job_id: string;
  state?: string;
}

export interface NotFound {
  message: string;
  resource?: string;
}

export interface ErrorModel {
  code: number;
  message?: string;
}

export interface SubmitJob4xxResponse {
  title: string;
  status?: number;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {
  "jobs.submit": {
    "404": NotFound;
    "4XX": SubmitJob4xxResponse;
    default: ErrorModel;
  };
  "jobs.getReport": {
    "404": NotFound;
  };
}
