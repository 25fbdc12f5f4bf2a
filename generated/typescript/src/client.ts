import {
  credential,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  Http,
  readEnv,
  type Fetch,
} from "./core.js";
import { PhoneNumbers } from "./resources/phoneNumbers.js";
import { SHAPES } from "./shapes.js";

/** Settings of a `VapiClient`; every one is optional. */
export interface VapiClientOptions {
  /** The bearer token; defaults to the `VAPI_API_KEY` environment variable (Node). */
  token?: string | undefined;
  /** The server to talk to; defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt before a request times out (default 60 000). */
  timeout?: number | undefined;
  /**
   * Retries (default 2) for idempotent requests on connection errors, timeouts, 408, 429 and 5xx;
   * a POST or PATCH only when it surely was not processed, or has an `idempotencyKey`.
   */
  maxRetries?: number | undefined;
  /** The fetch function to call (proxies, tests, instrumentation); defaults to the global fetch. */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/**
 * The phone-number resource of Vapi's API: create, list, read, change and delete the phone
 * numbers through which Vapi assistants, squads and workflows make and take calls.
 *
 * Written by hand from Vapi's public documentation and API definition. No operation declares an
 * error response: errors come back as JSON whose shape Vapi does not document, so clients should
 * accept any error body. Vapi adds fields, enum values and providers over time; clients should
 * not fail on ones they do not know.
 */
export class VapiClient {
  /** Phone numbers that Vapi calls are made from and received on. */
  readonly phoneNumbers: PhoneNumbers;
  readonly #http: Http;

  constructor(options: VapiClientOptions = {}) {
    this.#http = new Http({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: options.fetch,
      headers: { ...options.headers },
      shapes: SHAPES,
      credentials: {
        bearer: {
          kind: "bearer",
          token: credential(options.token ?? readEnv("VAPI_API_KEY"), "token"),
        },
      },
    });
    this.phoneNumbers = new PhoneNumbers(this.#http);
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.#http.baseUrl;
  }
}
