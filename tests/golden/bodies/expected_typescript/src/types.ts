/**
 * Types for every schema of Bodies, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

export interface CreateCustomerBody {
  name?: string;
  balance?: number;
  tax_exempt?: boolean;
  metadata?: Record<string, string>;
  address?: Record<string, unknown>;
  expand?: string[];
  preferred_locales?: string[];
  invoice_settings?: Record<string, unknown>;
  tags?: string[];
  plain_object?: Record<string, unknown>;
}

export interface UploadBody {
  file: Blob;
  attachments?: Blob[];
  image?: Blob;
  avatar?: string;
  purpose?: string;
  count?: number;
  meta?: Record<string, unknown>;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
