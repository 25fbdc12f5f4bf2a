/**
 * Types for every schema of Streaming, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface ChatRequest {
  model: string;
  messages: string[];
  /** Server default: `false`. */
  stream?: boolean;
}

export interface ChatCompletion {
  id: string;
  text: string;
}

export interface ChatChunk {
  id: string;
  delta: string;
}

export interface Progress {
  percent: number;
}

export interface ErrorModel {
  message: string;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {
  "chat.createCompletion": {
    "429": ErrorModel;
  };
  "chat.createCompletionStream": {
    "429": ErrorModel;
  };
}
