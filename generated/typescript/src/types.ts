/**
 * Types for every schema of Vapi Phone Numbers API, named as in the spec. Properties carry
 * their wire names; optional (`x?: T`) and nullable (`x: T | null`) are kept apart.
 */

/** Body of Create Phone Number: one of the five provider-specific shapes, chosen by `provider`. */
export type CreatePhoneNumberRequest =
  | CreateByoPhoneNumberDTO
  | CreateTwilioPhoneNumberDTO
  | CreateVonagePhoneNumberDTO
  | CreateVapiPhoneNumberDTO
  | CreateTelnyxPhoneNumberDTO
  | UnknownCreatePhoneNumberRequest;

/**
 * A `CreatePhoneNumberRequest` variant this client does not know (added to the API after it was
 * generated). Its `provider` names no known variant (read it with `String(...)`); the fields
 * every known variant has are typed as they are there, and every other field it came with is
 * kept. Never sent: requests take the known variants.
 */
export interface UnknownCreatePhoneNumberRequest {
  provider: UnknownTag;
  fallbackDestination?: FallbackDestination;
  hooks?: PhoneNumberHook[];
  name?: string;
  assistantId?: string;
  workflowId?: string;
  squadId?: string;
  server?: Server;
  serverUrl?: string;
  serverUrlSecret?: string;
  [key: string]: unknown;
}

/**
 * Body of Update Phone Number: one of the five provider-specific shapes, chosen by `provider`.
 * Deviation from upstream: Vapi's definition requires no field of the update shapes, not even
 * `provider`; this spec requires `provider` in every variant because OpenAPI requires the
 * discriminator property to be required. Send the provider the number already has.
 */
export type UpdatePhoneNumberRequest =
  | UpdateByoPhoneNumberDTO
  | UpdateTwilioPhoneNumberDTO
  | UpdateVonagePhoneNumberDTO
  | UpdateVapiPhoneNumberDTO
  | UpdateTelnyxPhoneNumberDTO
  | UnknownUpdatePhoneNumberRequest;

/**
 * A `UpdatePhoneNumberRequest` variant this client does not know (added to the API after it was
 * generated). Its `provider` names no known variant (read it with `String(...)`); the fields
 * every known variant has are typed as they are there, and every other field it came with is
 * kept. Never sent: requests take the known variants.
 */
export interface UnknownUpdatePhoneNumberRequest {
  provider: UnknownTag;
  fallbackDestination?: FallbackDestination;
  hooks?: PhoneNumberHook[];
  name?: string;
  assistantId?: string;
  workflowId?: string;
  squadId?: string;
  server?: Server;
  serverUrl?: string;
  serverUrlSecret?: string;
  [key: string]: unknown;
}

/**
 * A phone number, in the shape of its provider, chosen by `provider`. Vapi adds fields, enum
 * values and providers over time, so clients should tolerate ones they do not know.
 */
export type PhoneNumber =
  | ByoPhoneNumber
  | TwilioPhoneNumber
  | VonagePhoneNumber
  | VapiPhoneNumber
  | TelnyxPhoneNumber
  | UnknownPhoneNumber;

/**
 * A `PhoneNumber` variant this client does not know (added to the API after it was generated).
 * Its `provider` names no known variant (read it with `String(...)`); the fields every known
 * variant has are typed as they are there, and every other field it came with is kept. Never
 * sent: requests take the known variants.
 */
export interface UnknownPhoneNumber {
  provider: UnknownTag;
  id: string;
  orgId: string;
  createdAt: string;
  updatedAt: string;
  status?: "active" | "activating" | "blocked" | (string & {});
  number?: string;
  fallbackDestination?: FallbackDestination;
  hooks?: PhoneNumberHook[];
  name?: string;
  assistantId?: string;
  workflowId?: string;
  squadId?: string;
  server?: Server;
  serverUrl?: string;
  serverUrlSecret?: string;
  [key: string]: unknown;
}

/**
 * Request body that registers a number carried by your own SIP trunk or carrier (`provider:
 * byo-phone-number`).
 */
export interface CreateByoPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `byo-phone-number` for a bring-your-own
   * (SIP trunk) number. This is the discriminator of the phone-number unions.
   */
  provider: "byo-phone-number";
  /**
   * Whether Vapi checks that `number` is in E.164 format. When false the number only has to match
   * `^\+?[a-zA-Z0-9]+$`, which allows SIP extensions and other non-E.164 identifiers. Vapi treats
   * an unset value as true.
   *
   * Server default: `true`.
   */
  numberE164CheckEnabled?: boolean;
  /** The phone number as routed by your own SIP trunk or carrier. */
  number?: string;
  /**
   * ID of the BYO SIP trunk credential in Vapi through which calls to and from this number are
   * carried.
   */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** Request body that imports a number you hold with Twilio (`provider: twilio`). */
export interface CreateTwilioPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `twilio` for a Twilio number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "twilio";
  /**
   * Whether Vapi configures the Twilio number's SMS webhook so the number can handle text messages.
   * Vapi treats an unset value as true.
   *
   * Server default: `true`.
   */
  smsEnabled?: boolean;
  /** The Twilio phone number, in E.164 format. */
  number: string;
  /** SID of the Twilio account that owns the number. */
  twilioAccountSid: string;
  /**
   * Auth token of the Twilio account. A secret: give either this or the
   * `twilioApiKey`/`twilioApiSecret` pair.
   */
  twilioAuthToken?: string;
  /** Twilio API key SID, used with `twilioApiSecret` instead of the auth token. A secret. */
  twilioApiKey?: string;
  /** Secret belonging to `twilioApiKey`. A secret. */
  twilioApiSecret?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** Request body that imports a number you hold with Vonage (`provider: vonage`). */
export interface CreateVonagePhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `vonage` for a Vonage number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "vonage";
  /** The phone number you hold with Vonage. */
  number: string;
  /** ID of the Vonage credential stored in Vapi that gives access to the number. */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** Request body that provisions a free Vapi number or a Vapi SIP URI (`provider: vapi`). */
export interface CreateVapiPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `vapi` for a Vapi-provisioned number.
   * This is the discriminator of the phone-number unions.
   */
  provider: "vapi";
  /**
   * Three-digit area code the new free Vapi number should be allocated in, for example `415`. Only
   * used when the number is created.
   */
  numberDesiredAreaCode?: string;
  /**
   * SIP URI to claim as a Vapi SIP number, for example `sip:my-line@sip.vapi.ai`. Calls sent to
   * this URI reach the number's assistant, squad or workflow.
   */
  sipUri?: string;
  /**
   * Credentials callers must present to reach `sipUri`. Without it the SIP URI accepts calls from
   * anyone.
   */
  authentication?: SipAuthentication;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** Request body that imports a number you hold with Telnyx (`provider: telnyx`). */
export interface CreateTelnyxPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `telnyx` for a Telnyx number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "telnyx";
  /** The phone number you hold with Telnyx. */
  number: string;
  /** ID of the Telnyx credential stored in Vapi that gives access to the number. */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * Request body that changes a bring-your-own (SIP trunk) phone number (`provider:
 * byo-phone-number`). Only the fields sent are changed. `provider` must be sent and should be the
 * number's current provider (upstream marks it optional; see UpdatePhoneNumberRequest).
 */
export interface UpdateByoPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `byo-phone-number` for a bring-your-own
   * (SIP trunk) number. This is the discriminator of the phone-number unions.
   */
  provider: "byo-phone-number";
  /**
   * Whether Vapi checks that `number` is in E.164 format. When false the number only has to match
   * `^\+?[a-zA-Z0-9]+$`, which allows SIP extensions and other non-E.164 identifiers. Vapi treats
   * an unset value as true.
   */
  numberE164CheckEnabled?: boolean;
  /** The phone number as routed by your own SIP trunk or carrier. */
  number?: string;
  /**
   * ID of the BYO SIP trunk credential in Vapi through which calls to and from this number are
   * carried.
   */
  credentialId?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * Request body that changes a Twilio phone number (`provider: twilio`). Only the fields sent are
 * changed. `provider` must be sent and should be the number's current provider (upstream marks it
 * optional; see UpdatePhoneNumberRequest).
 */
export interface UpdateTwilioPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `twilio` for a Twilio number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "twilio";
  /**
   * Whether Vapi configures the Twilio number's SMS webhook so the number can handle text messages.
   * Vapi treats an unset value as true.
   */
  smsEnabled?: boolean;
  /** The Twilio phone number, in E.164 format. */
  number?: string;
  /** SID of the Twilio account that owns the number. */
  twilioAccountSid?: string;
  /**
   * Auth token of the Twilio account. A secret: give either this or the
   * `twilioApiKey`/`twilioApiSecret` pair.
   */
  twilioAuthToken?: string;
  /** Twilio API key SID, used with `twilioApiSecret` instead of the auth token. A secret. */
  twilioApiKey?: string;
  /** Secret belonging to `twilioApiKey`. A secret. */
  twilioApiSecret?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * Request body that changes a Vonage phone number (`provider: vonage`). Only the fields sent are
 * changed. `provider` must be sent and should be the number's current provider (upstream marks it
 * optional; see UpdatePhoneNumberRequest).
 */
export interface UpdateVonagePhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `vonage` for a Vonage number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "vonage";
  /** The phone number you hold with Vonage. */
  number?: string;
  /** ID of the Vonage credential stored in Vapi that gives access to the number. */
  credentialId?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * Request body that changes a Vapi-provisioned phone number (`provider: vapi`). Only the fields
 * sent are changed. `provider` must be sent and should be the number's current provider (upstream
 * marks it optional; see UpdatePhoneNumberRequest).
 */
export interface UpdateVapiPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `vapi` for a Vapi-provisioned number.
   * This is the discriminator of the phone-number unions.
   */
  provider: "vapi";
  /**
   * SIP URI to claim as a Vapi SIP number, for example `sip:my-line@sip.vapi.ai`. Calls sent to
   * this URI reach the number's assistant, squad or workflow.
   */
  sipUri?: string;
  /**
   * Credentials callers must present to reach `sipUri`. Without it the SIP URI accepts calls from
   * anyone.
   */
  authentication?: SipAuthentication;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * Request body that changes a Telnyx phone number (`provider: telnyx`). Only the fields sent are
 * changed. `provider` must be sent and should be the number's current provider (upstream marks it
 * optional; see UpdatePhoneNumberRequest).
 */
export interface UpdateTelnyxPhoneNumberDTO {
  /**
   * Which telephony provider the number belongs to; always `telnyx` for a Telnyx number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "telnyx";
  /** The phone number you hold with Telnyx. */
  number?: string;
  /** ID of the Telnyx credential stored in Vapi that gives access to the number. */
  credentialId?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * A bring-your-own (SIP trunk) phone number (`provider: byo-phone-number`) as returned by the
 * API.
 */
export interface ByoPhoneNumber {
  /**
   * Which telephony provider the number belongs to; always `byo-phone-number` for a bring-your-own
   * (SIP trunk) number. This is the discriminator of the phone-number unions.
   */
  provider: "byo-phone-number";
  /** Unique identifier of the phone number. */
  id: string;
  /** ID of the organisation the phone number belongs to. */
  orgId: string;
  /** When the phone number was created (ISO 8601). */
  createdAt: string;
  /** When the phone number was last changed (ISO 8601). */
  updatedAt: string;
  /**
   * Provisioning state of the number (`active`, `activating` or `blocked`). New values may appear.
   */
  status?: "active" | "activating" | "blocked" | (string & {});
  /**
   * Whether Vapi checks that `number` is in E.164 format. When false the number only has to match
   * `^\+?[a-zA-Z0-9]+$`, which allows SIP extensions and other non-E.164 identifiers. Vapi treats
   * an unset value as true.
   *
   * Server default: `true`.
   */
  numberE164CheckEnabled?: boolean;
  /** The phone number as routed by your own SIP trunk or carrier. */
  number?: string;
  /**
   * ID of the BYO SIP trunk credential in Vapi through which calls to and from this number are
   * carried.
   */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** A Twilio phone number (`provider: twilio`) as returned by the API. */
export interface TwilioPhoneNumber {
  /**
   * Which telephony provider the number belongs to; always `twilio` for a Twilio number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "twilio";
  /** Unique identifier of the phone number. */
  id: string;
  /** ID of the organisation the phone number belongs to. */
  orgId: string;
  /** When the phone number was created (ISO 8601). */
  createdAt: string;
  /** When the phone number was last changed (ISO 8601). */
  updatedAt: string;
  /**
   * Provisioning state of the number (`active`, `activating` or `blocked`). New values may appear.
   */
  status?: "active" | "activating" | "blocked" | (string & {});
  /**
   * Whether Vapi configures the Twilio number's SMS webhook so the number can handle text messages.
   * Vapi treats an unset value as true.
   *
   * Server default: `true`.
   */
  smsEnabled?: boolean;
  /** The Twilio phone number, in E.164 format. */
  number: string;
  /** SID of the Twilio account that owns the number. */
  twilioAccountSid: string;
  /**
   * Auth token of the Twilio account. A secret: give either this or the
   * `twilioApiKey`/`twilioApiSecret` pair.
   */
  twilioAuthToken?: string;
  /** Twilio API key SID, used with `twilioApiSecret` instead of the auth token. A secret. */
  twilioApiKey?: string;
  /** Secret belonging to `twilioApiKey`. A secret. */
  twilioApiSecret?: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** A Vonage phone number (`provider: vonage`) as returned by the API. */
export interface VonagePhoneNumber {
  /**
   * Which telephony provider the number belongs to; always `vonage` for a Vonage number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "vonage";
  /** Unique identifier of the phone number. */
  id: string;
  /** ID of the organisation the phone number belongs to. */
  orgId: string;
  /** When the phone number was created (ISO 8601). */
  createdAt: string;
  /** When the phone number was last changed (ISO 8601). */
  updatedAt: string;
  /**
   * Provisioning state of the number (`active`, `activating` or `blocked`). New values may appear.
   */
  status?: "active" | "activating" | "blocked" | (string & {});
  /** The phone number you hold with Vonage. */
  number: string;
  /** ID of the Vonage credential stored in Vapi that gives access to the number. */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** A Vapi-provisioned phone number (`provider: vapi`) as returned by the API. */
export interface VapiPhoneNumber {
  /**
   * Which telephony provider the number belongs to; always `vapi` for a Vapi-provisioned number.
   * This is the discriminator of the phone-number unions.
   */
  provider: "vapi";
  /** Unique identifier of the phone number. */
  id: string;
  /** ID of the organisation the phone number belongs to. */
  orgId: string;
  /** When the phone number was created (ISO 8601). */
  createdAt: string;
  /** When the phone number was last changed (ISO 8601). */
  updatedAt: string;
  /**
   * Provisioning state of the number (`active`, `activating` or `blocked`). New values may appear.
   */
  status?: "active" | "activating" | "blocked" | (string & {});
  /**
   * Three-digit area code the new free Vapi number should be allocated in, for example `415`. Only
   * used when the number is created.
   */
  numberDesiredAreaCode?: string;
  /**
   * The digits of the number Vapi provisioned (the create body has no `number`; the response
   * carries it).
   */
  number?: string;
  /**
   * SIP URI to claim as a Vapi SIP number, for example `sip:my-line@sip.vapi.ai`. Calls sent to
   * this URI reach the number's assistant, squad or workflow.
   */
  sipUri?: string;
  /**
   * Credentials callers must present to reach `sipUri`. Without it the SIP URI accepts calls from
   * anyone.
   */
  authentication?: SipAuthentication;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/** A Telnyx phone number (`provider: telnyx`) as returned by the API. */
export interface TelnyxPhoneNumber {
  /**
   * Which telephony provider the number belongs to; always `telnyx` for a Telnyx number. This is
   * the discriminator of the phone-number unions.
   */
  provider: "telnyx";
  /** Unique identifier of the phone number. */
  id: string;
  /** ID of the organisation the phone number belongs to. */
  orgId: string;
  /** When the phone number was created (ISO 8601). */
  createdAt: string;
  /** When the phone number was last changed (ISO 8601). */
  updatedAt: string;
  /**
   * Provisioning state of the number (`active`, `activating` or `blocked`). New values may appear.
   */
  status?: "active" | "activating" | "blocked" | (string & {});
  /** The phone number you hold with Telnyx. */
  number: string;
  /** ID of the Telnyx credential stored in Vapi that gives access to the number. */
  credentialId: string;
  /**
   * Where an inbound call is sent when no assistant, squad or workflow can take it (for example
   * none is set, or the server URL does not name one). Without it such calls are hung up with an
   * error message.
   */
  fallbackDestination?: FallbackDestination;
  /** Actions to run on call events of this number, such as ringing or ending. */
  hooks?: PhoneNumberHook[];
  /** A label for the phone number, for your own reference. */
  name?: string;
  /**
   * ID of the assistant that answers inbound calls. Leave assistantId, squadId and workflowId unset
   * to have Vapi ask your server (see `server`) for one on each call.
   */
  assistantId?: string;
  /** ID of the workflow that handles inbound calls, as an alternative to an assistant or squad. */
  workflowId?: string;
  /** ID of the squad that handles inbound calls, as an alternative to an assistant or workflow. */
  squadId?: string;
  /**
   * Where Vapi sends this number's server messages, such as the assistant-request made for an
   * inbound call when no assistant, squad or workflow is set. Takes precedence over the
   * organisation's server URL.
   */
  server?: Server;
  /**
   * Deprecated, replaced by `server` (use `server.url`). URL Vapi sent this number's server
   * messages to in the older API.
   *
   * @deprecated
   */
  serverUrl?: string;
  /**
   * Deprecated, replaced by `server` (send a secret in `server.headers` or use
   * `server.credentialId`). Secret Vapi sent along with requests to `serverUrl` in the older API.
   *
   * @deprecated
   */
  serverUrlSecret?: string;
}

/**
 * A call-transfer destination: a phone number or a SIP URI, chosen by `type`. Upstream declares
 * this as a plain oneOf without a discriminator; this spec adds the `type` discriminator, which
 * the two shapes already carry.
 */
export type FallbackDestination =
  TransferDestinationNumber | TransferDestinationSip | UnknownFallbackDestination;

/**
 * A `FallbackDestination` variant this client does not know (added to the API after it was
 * generated). Its `type` names no known variant (read it with `String(...)`); the fields every
 * known variant has are typed as they are there, and every other field it came with is kept.
 * Never sent: requests take the known variants.
 */
export interface UnknownFallbackDestination {
  type: UnknownTag;
  callerId?: string;
  message?: string | CustomMessage;
  transferPlan?: TransferPlan;
  description?: string;
  [key: string]: unknown;
}

/** Transfer the call to a phone number. */
export interface TransferDestinationNumber {
  /** Kind of destination; always `number` here. */
  type: "number";
  /**
   * Whether `number` must be in E.164 format. When false it only has to match `^\+?[a-zA-Z0-9]+$`.
   *
   * Server default: `true`.
   */
  numberE164CheckEnabled?: boolean;
  /** The phone number to transfer to. */
  number: string;
  /** Extension to dial once the number answers. */
  extension?: string;
  /**
   * Caller ID shown to the destination when the call is transferred. May hold templates such as
   * `{{customer.number}}` or `{{phoneNumber.number}}`.
   */
  callerId?: string;
  /**
   * What the assistant says to the customer before transferring: plain text or a CustomMessage. An
   * empty string says nothing.
   */
  message?: string | CustomMessage;
  /** How the transfer is carried out (blind or warm, timeouts, messages). */
  transferPlan?: TransferPlan;
  /** Free-text note on when to use this destination, for the model and for people. */
  description?: string;
}

/** Transfer the call to a SIP URI. */
export interface TransferDestinationSip {
  /** Kind of destination; always `sip` here. */
  type: "sip";
  /** The SIP URI to transfer to, for example `sip:agent@example.com`. */
  sipUri: string;
  /**
   * Caller ID shown to the destination when the call is transferred. May hold templates such as
   * `{{customer.number}}` or `{{phoneNumber.number}}`.
   */
  callerId?: string;
  /**
   * What the assistant says to the customer before transferring: plain text or a CustomMessage. An
   * empty string says nothing.
   */
  message?: string | CustomMessage;
  /** How the transfer is carried out (blind or warm, timeouts, messages). */
  transferPlan?: TransferPlan;
  /** Extra SIP headers to send with the transfer, as header name to value. */
  sipHeaders?: Record<string, unknown>;
  /** Free-text note on when to use this destination, for the model and for people. */
  description?: string;
}

/** A message with optional per-language variants. */
export interface CustomMessage {
  /** Kind of message; always `custom-message`. */
  type: "custom-message";
  /** The text of the message. */
  content?: string;
  /**
   * The message in several languages, one entry per language; an alternative to `content` for
   * multilingual assistants.
   */
  contents?: TextContent[];
}

/** The text of a message in one language. */
export interface TextContent {
  /** Kind of content; always `text`. */
  type: "text";
  /** The text itself. */
  text: string;
  /**
   * Language of the text: an ISO 639-1 two-letter code, or `yue` (Cantonese). New codes may appear.
   */
  language:
    | "aa"
    | "ab"
    | "ae"
    | "af"
    | "ak"
    | "am"
    | "an"
    | "ar"
    | "as"
    | "av"
    | "ay"
    | "az"
    | "ba"
    | "be"
    | "bg"
    | "bh"
    | "bi"
    | "bm"
    | "bn"
    | "bo"
    | "br"
    | "bs"
    | "ca"
    | "ce"
    | "ch"
    | "co"
    | "cr"
    | "cs"
    | "cu"
    | "cv"
    | "cy"
    | "da"
    | "de"
    | "dv"
    | "dz"
    | "ee"
    | "el"
    | "en"
    | "eo"
    | "es"
    | "et"
    | "eu"
    | "fa"
    | "ff"
    | "fi"
    | "fj"
    | "fo"
    | "fr"
    | "fy"
    | "ga"
    | "gd"
    | "gl"
    | "gn"
    | "gu"
    | "gv"
    | "ha"
    | "he"
    | "hi"
    | "ho"
    | "hr"
    | "ht"
    | "hu"
    | "hy"
    | "hz"
    | "ia"
    | "id"
    | "ie"
    | "ig"
    | "ii"
    | "ik"
    | "io"
    | "is"
    | "it"
    | "iu"
    | "ja"
    | "jv"
    | "ka"
    | "kg"
    | "ki"
    | "kj"
    | "kk"
    | "kl"
    | "km"
    | "kn"
    | "ko"
    | "kr"
    | "ks"
    | "ku"
    | "kv"
    | "kw"
    | "ky"
    | "la"
    | "lb"
    | "lg"
    | "li"
    | "ln"
    | "lo"
    | "lt"
    | "lu"
    | "lv"
    | "mg"
    | "mh"
    | "mi"
    | "mk"
    | "ml"
    | "mn"
    | "mr"
    | "ms"
    | "mt"
    | "my"
    | "na"
    | "nb"
    | "nd"
    | "ne"
    | "ng"
    | "nl"
    | "nn"
    | "no"
    | "nr"
    | "nv"
    | "ny"
    | "oc"
    | "oj"
    | "om"
    | "or"
    | "os"
    | "pa"
    | "pi"
    | "pl"
    | "ps"
    | "pt"
    | "qu"
    | "rm"
    | "rn"
    | "ro"
    | "ru"
    | "rw"
    | "sa"
    | "sc"
    | "sd"
    | "se"
    | "sg"
    | "si"
    | "sk"
    | "sl"
    | "sm"
    | "sn"
    | "so"
    | "sq"
    | "sr"
    | "ss"
    | "st"
    | "su"
    | "sv"
    | "sw"
    | "ta"
    | "te"
    | "tg"
    | "th"
    | "ti"
    | "tk"
    | "tl"
    | "tn"
    | "to"
    | "tr"
    | "ts"
    | "tt"
    | "tw"
    | "ty"
    | "ug"
    | "uk"
    | "ur"
    | "uz"
    | "ve"
    | "vi"
    | "vo"
    | "wa"
    | "wo"
    | "xh"
    | "yi"
    | "yo"
    | "za"
    | "zh"
    | "zu"
    | "yue"
    | (string & {});
}

/** How a transfer is carried out. */
export interface TransferPlan {
  /**
   * Transfer style. `blind-transfer` hands the call over at once (optionally adding a call summary
   * as a SIP header); the `warm-transfer-*` modes first brief the operator with a message, a
   * summary or TwiML, some waiting for the operator to speak first.
   */
  mode:
    | "blind-transfer"
    | "blind-transfer-add-summary-to-sip-header"
    | "warm-transfer-say-message"
    | "warm-transfer-say-summary"
    | "warm-transfer-twiml"
    | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message"
    | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary"
    | "warm-transfer-experimental"
    | (string & {});
  /**
   * What is said to the operator in the warm modes that deliver a message: plain text or a
   * CustomMessage.
   */
  message?: string | CustomMessage;
  /**
   * Seconds to wait for the operator to answer before the transfer counts as failed.
   *
   * Server default: `60`.
   */
  timeout?: number;
  /**
   * SIP method used to carry out a transfer to a SIP destination.
   *
   * Server default: `refer`.
   */
  sipVerb?: "refer" | "bye" | "dial" | (string & {});
  /**
   * Seconds a `dial` transfer rings the destination before giving up.
   *
   * Server default: `60`.
   */
  dialTimeout?: number;
  /** URL of audio played to the customer while they wait for the operator. */
  holdAudioUrl?: string;
  /**
   * URL of audio played to the destination party once the warm-transfer message or summary has been
   * delivered.
   */
  transferCompleteAudioUrl?: string;
  /** How much of the conversation is passed on to the destination assistant or operator. */
  contextEngineeringPlan?: ContextEngineeringPlan;
  /** TwiML run on the operator's leg in `warm-transfer-twiml` mode. */
  twiml?: string;
  /** How the call summary used by the summary modes is produced. */
  summaryPlan?: SummaryPlan;
  /** Whether SIP headers are put into the Refer-To URI of a SIP REFER. */
  sipHeadersInReferToEnabled?: boolean;
  /** What happens when a warm transfer fails. */
  fallbackPlan?: TransferFallbackPlan;
}

/** How much conversation context is passed on with a transfer, chosen by `type`. */
export type ContextEngineeringPlan =
  | ContextEngineeringPlanLastNMessages
  | ContextEngineeringPlanNone
  | ContextEngineeringPlanAll
  | UnknownContextEngineeringPlan;

/**
 * A `ContextEngineeringPlan` variant this client does not know (added to the API after it was
 * generated). Its `type` names no known variant (read it with `String(...)`); the fields every
 * known variant has are typed as they are there, and every other field it came with is kept.
 * Never sent: requests take the known variants.
 */
export interface UnknownContextEngineeringPlan {
  type: UnknownTag;
  [key: string]: unknown;
}

/** Pass on only the most recent messages. */
export interface ContextEngineeringPlanLastNMessages {
  /** Kind of plan; always `lastNMessages`. */
  type: "lastNMessages";
  /** How many of the latest messages to pass on. */
  maxMessages: number;
}

/** Pass on no conversation context. */
export interface ContextEngineeringPlanNone {
  /** Kind of plan; always `none`. */
  type: "none";
}

/** Pass on the whole conversation. */
export interface ContextEngineeringPlanAll {
  /** Kind of plan; always `all`. */
  type: "all";
}

/** How a call summary is generated. */
export interface SummaryPlan {
  /**
   * Chat messages (objects such as `{role, content}`) sent to the model to produce the summary,
   * replacing the default prompt.
   */
  messages?: Array<Record<string, unknown>>;
  /** Whether a summary is generated at all. */
  enabled?: boolean;
  /** Seconds to wait for the summary before going on without it. */
  timeoutSeconds?: number;
}

/** What happens when a transfer cannot be completed. */
export interface TransferFallbackPlan {
  /** What is said to the customer when the transfer fails: plain text or a CustomMessage. */
  message: string | CustomMessage;
  /**
   * Whether the call ends after the message; when false the assistant carries on.
   *
   * Server default: `true`.
   */
  endCallEnabled?: boolean;
}

/** An HTTP endpoint Vapi sends server messages (webhooks) to. */
export interface Server {
  /** Seconds Vapi waits for the endpoint to respond. */
  timeoutSeconds?: number;
  /** ID of a credential stored in Vapi used to authenticate requests to the endpoint. */
  credentialId?: string;
  /** Whether requests come from Vapi's fixed IP addresses, for endpoints behind an allow-list. */
  staticIpAddressesEnabled?: boolean;
  /** Paths within the message payload whose values Vapi encrypts before sending. */
  encryptedPaths?: string[];
  /** URL requests are sent to. */
  url?: string;
  /** Extra HTTP headers sent with every request, as header name to value. */
  headers?: Record<string, unknown>;
  /** How failed requests to the endpoint are retried. */
  backoffPlan?: BackoffPlan;
}

/** Retry policy for requests to a server endpoint. */
export interface BackoffPlan {
  /** Whether the delay between retries stays the same (`fixed`) or grows exponentially. */
  type: "fixed" | "exponential" | (string & {});
  /** Largest number of retries after the first attempt. */
  maxRetries: number;
  /** Delay before the first retry, in seconds. */
  baseDelaySeconds: number;
  /** HTTP status codes that are never retried. */
  excludedStatusCodes?: number[];
}

/** Credentials that SIP callers must present. */
export interface SipAuthentication {
  /** SIP realm the credentials belong to. */
  realm?: string;
  /** SIP username, 20 to 40 characters. A secret, like the password. */
  username: string;
  /** SIP password, 20 to 40 characters. A secret. */
  password: string;
}

/** An action bound to a call event of the phone number, chosen by `on`. */
export type PhoneNumberHook =
  PhoneNumberHookCallRinging | PhoneNumberHookCallEnding | UnknownPhoneNumberHook;

/**
 * A `PhoneNumberHook` variant this client does not know (added to the API after it was
 * generated). Its `on` names no known variant (read it with `String(...)`); the fields every
 * known variant has are typed as they are there, and every other field it came with is kept.
 * Never sent: requests take the known variants.
 */
export interface UnknownPhoneNumberHook {
  on: UnknownTag;
  [key: string]: unknown;
}

/** Runs actions when an inbound call starts ringing, before any assistant picks it up. */
export interface PhoneNumberHookCallRinging {
  /** Event the hook listens to; always `call.ringing`. */
  on: "call.ringing";
  /** Conditions on the ringing call; the hook runs only when all of them match. */
  filters?: PhoneNumberCallRingingHookFilter[];
  /**
   * Actions to run when the call rings. Only the first action is executed; Vapi ignores the rest.
   */
  do: PhoneNumberHookAction[];
}

/** Runs an action when a call on the number is ending. */
export interface PhoneNumberHookCallEnding {
  /** Event the hook listens to; always `call.ending`. */
  on: "call.ending";
  /** Conditions on the ending call; the hook runs only when all of them match. */
  filters?: PhoneNumberCallEndingHookFilter[];
  /** The single action to run. */
  do?: PhoneNumberHookAction;
}

/** A condition on a ringing call: the caller's number starts with one of the listed prefixes. */
export interface PhoneNumberCallRingingHookFilter {
  /**
   * Kind of test; always `startsWith`, which matches when the field starts with one of the listed
   * prefixes.
   */
  type: "startsWith";
  /** Field of the call to test; always `number`, the caller's phone number. */
  key: "number";
  /** Prefixes of the caller's number, without the leading `+`, for example `["91", "86", "7"]`. */
  startsWith: string[];
}

/** A condition on an ending call: why it ended is one of the listed reasons. */
export interface PhoneNumberCallEndingHookFilter {
  /** Kind of test; always `oneOf`, which matches when the field equals one of the listed values. */
  type: "oneOf";
  /** Field of the call to test; always `call.endedReason`, why the call ended. */
  key: "call.endedReason";
  /** Ended reasons for which the filter matches. */
  oneOf: Array<
    | "assistant-request-failed"
    | "assistant-request-returned-error"
    | "assistant-request-returned-unspeakable-error"
    | "assistant-request-returned-invalid-assistant"
    | "assistant-request-returned-no-assistant"
    | "assistant-request-returned-forwarding-phone-number"
    | (string & {})
  >;
}

/** Something a phone-number hook does, chosen by `type`. */
export type PhoneNumberHookAction =
  TransferPhoneNumberHookAction | SayPhoneNumberHookAction | UnknownPhoneNumberHookAction;

/**
 * A `PhoneNumberHookAction` variant this client does not know (added to the API after it was
 * generated). Its `type` names no known variant (read it with `String(...)`); the fields every
 * known variant has are typed as they are there, and every other field it came with is kept.
 * Never sent: requests take the known variants.
 */
export interface UnknownPhoneNumberHookAction {
  type: UnknownTag;
  [key: string]: unknown;
}

/** Transfer the call. */
export interface TransferPhoneNumberHookAction {
  /** Kind of action; always `transfer`. */
  type: "transfer";
  /**
   * Where to transfer the call: a phone number or a SIP URI (the same union as
   * `fallbackDestination`).
   */
  destination?: FallbackDestination;
}

/** Say a fixed message to the caller. */
export interface SayPhoneNumberHookAction {
  /** Kind of action; always `say`. */
  type: "say";
  /** The text to speak, word for word. */
  exact: string;
}

/** One page of phone numbers with paging details. */
export interface PhoneNumberPaginatedResponse {
  /** The phone numbers on this page. */
  results: PhoneNumber[];
  /** Where this page sits in the full result. */
  metadata: PaginationMeta;
}

/** Paging details of a list response. */
export interface PaginationMeta {
  /** Page size used for this response. */
  itemsPerPage: number;
  /** Number of items matching the query across all pages. */
  totalItems: number;
  /** Number of this page, starting at 1. */
  currentPage: number;
  /** Number of pages at the current page size. */
  totalPages?: number;
  /** Whether a page follows this one. */
  hasNextPage?: boolean;
  /**
   * Opaque cursor of the next page, when the server provides one. No operation here accepts a
   * cursor; page with `page` and `limit`.
   */
  nextCursor?: string;
  /** Sort order the results were returned in. */
  sortOrder?: "ASC" | "DESC" | (string & {});
  /** Whether further matching items exist beyond the organisation's data-retention window. */
  itemsBeyondRetention?: boolean;
  /** Upper creation-time bound of the result set, as reported by the server. */
  createdAtLe?: string;
  /** Lower creation-time bound of the result set, as reported by the server. */
  createdAtGe?: string;
}

/**
 * The discriminator value of a variant this client does not know. It is a string at run time
 * (read it with `String(tag)`); its type matches no known tag, so that checking a known tag
 * narrows a union to that variant.
 */
export interface UnknownTag {
  readonly __unknownVariant: never;
  toString(): string;
}

/** Query parameters of `listPhoneNumbers`. */
export interface ListPhoneNumbersParams {
  /**
   * Largest number of items to return.
   *
   * Server default: `100`.
   */
  limit?: number;
  /** Only return phone numbers created after this time (ISO 8601). */
  createdAtGt?: string | Date;
  /** Only return phone numbers created before this time (ISO 8601). */
  createdAtLt?: string | Date;
  /** Only return phone numbers created at or after this time (ISO 8601). */
  createdAtGe?: string | Date;
  /** Only return phone numbers created at or before this time (ISO 8601). */
  createdAtLe?: string | Date;
  /** Only return phone numbers last updated after this time (ISO 8601). */
  updatedAtGt?: string | Date;
  /** Only return phone numbers last updated before this time (ISO 8601). */
  updatedAtLt?: string | Date;
  /** Only return phone numbers last updated at or after this time (ISO 8601). */
  updatedAtGe?: string | Date;
  /** Only return phone numbers last updated at or before this time (ISO 8601). */
  updatedAtLe?: string | Date;
}

/** Query parameters of `listPhoneNumbersPaginated`. */
export interface ListPhoneNumbersPaginatedParams {
  /** Text to look for in the phone number's name, number or SIP URI. */
  search?: string;
  /**
   * Page to return, starting at 1.
   *
   * Server default: `1`.
   */
  page?: number;
  /**
   * Sort direction of the results.
   *
   * Server default: `DESC`.
   */
  sortOrder?: "ASC" | "DESC" | (string & {});
  /**
   * Field the results are sorted by.
   *
   * Server default: `createdAt`.
   */
  sortBy?: "createdAt" | "duration" | "cost" | (string & {});
  /**
   * Largest number of items to return.
   *
   * Server default: `100`.
   */
  limit?: number;
  /** Only return phone numbers created after this time (ISO 8601). */
  createdAtGt?: string | Date;
  /** Only return phone numbers created before this time (ISO 8601). */
  createdAtLt?: string | Date;
  /** Only return phone numbers created at or after this time (ISO 8601). */
  createdAtGe?: string | Date;
  /** Only return phone numbers created at or before this time (ISO 8601). */
  createdAtLe?: string | Date;
  /** Only return phone numbers last updated after this time (ISO 8601). */
  updatedAtGt?: string | Date;
  /** Only return phone numbers last updated before this time (ISO 8601). */
  updatedAtLt?: string | Date;
  /** Only return phone numbers last updated at or after this time (ISO 8601). */
  updatedAtGe?: string | Date;
  /** Only return phone numbers last updated at or before this time (ISO 8601). */
  updatedAtLe?: string | Date;
}

/**
 * The error bodies each method declares, by status (`"404"`, `"4XX"` or `"default"`): what
 * `isOperationError(error, "resource.method")` narrows a status error's `body` to.
 */
export interface ErrorBodies {}
