/**
 * What request bodies need at run time, from the API description: the read-only
 * properties to drop before sending, and the variants of each oneOf union without a
 * discriminator, to refuse a value that more than one of them accepts. Used by
 * `requestValue` in core.ts.
 */

import type { Shapes } from "./core.js";

export const SHAPES: Shapes = {
  CreatePhoneNumberRequest: {
    oneOf: [
      "CreateByoPhoneNumberDTO",
      "CreateTwilioPhoneNumberDTO",
      "CreateVonagePhoneNumberDTO",
      "CreateVapiPhoneNumberDTO",
      "CreateTelnyxPhoneNumberDTO",
    ],
    discriminator: {
      property: "provider",
      mapping: { "byo-phone-number": 0, twilio: 1, vonage: 2, vapi: 3, telnyx: 4 },
    },
  },
  UpdatePhoneNumberRequest: {
    oneOf: [
      "UpdateByoPhoneNumberDTO",
      "UpdateTwilioPhoneNumberDTO",
      "UpdateVonagePhoneNumberDTO",
      "UpdateVapiPhoneNumberDTO",
      "UpdateTelnyxPhoneNumberDTO",
    ],
    discriminator: {
      property: "provider",
      mapping: { "byo-phone-number": 0, twilio: 1, vonage: 2, vapi: 3, telnyx: 4 },
    },
  },
  CreateByoPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  CreateTwilioPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  CreateVonagePhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  CreateVapiPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  CreateTelnyxPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  UpdateByoPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  UpdateTwilioPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  UpdateVonagePhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  UpdateVapiPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  UpdateTelnyxPhoneNumberDTO: {
    type: "object",
    properties: {
      fallbackDestination: "FallbackDestination",
      hooks: { type: "array", items: "PhoneNumberHook" },
    },
  },
  FallbackDestination: {
    oneOf: ["TransferDestinationNumber", "TransferDestinationSip"],
    discriminator: { property: "type", mapping: { number: 0, sip: 1 } },
  },
  TransferDestinationNumber: {
    type: "object",
    properties: {
      message: {
        name: "string | CustomMessage",
        variants: ["string", "CustomMessage"],
        oneOf: [{ type: "string" }, "CustomMessage"],
      },
      transferPlan: "TransferPlan",
    },
  },
  TransferDestinationSip: {
    type: "object",
    properties: {
      message: {
        name: "string | CustomMessage",
        variants: ["string", "CustomMessage"],
        oneOf: [{ type: "string" }, "CustomMessage"],
      },
      transferPlan: "TransferPlan",
    },
  },
  CustomMessage: {
    type: "object",
    properties: {
      type: { enum: ["custom-message"] },
      content: { type: "string" },
      contents: { type: "array", items: "TextContent" },
    },
    required: ["type"],
  },
  TextContent: {
    type: "object",
    properties: {
      type: { enum: ["text"] },
      text: { type: "string" },
      language: { type: "string" },
    },
    required: ["type", "text", "language"],
  },
  TransferPlan: {
    type: "object",
    properties: {
      message: {
        name: "string | CustomMessage",
        variants: ["string", "CustomMessage"],
        oneOf: [{ type: "string" }, "CustomMessage"],
      },
      fallbackPlan: "TransferFallbackPlan",
    },
  },
  TransferFallbackPlan: {
    type: "object",
    properties: {
      message: {
        name: "string | CustomMessage",
        variants: ["string", "CustomMessage"],
        oneOf: [{ type: "string" }, "CustomMessage"],
      },
    },
  },
  PhoneNumberHook: {
    oneOf: ["PhoneNumberHookCallRinging", "PhoneNumberHookCallEnding"],
    discriminator: { property: "on", mapping: { "call.ringing": 0, "call.ending": 1 } },
  },
  PhoneNumberHookCallRinging: {
    type: "object",
    properties: { do: { type: "array", items: "PhoneNumberHookAction" } },
  },
  PhoneNumberHookCallEnding: { type: "object", properties: { do: "PhoneNumberHookAction" } },
  PhoneNumberHookAction: {
    oneOf: ["TransferPhoneNumberHookAction", {}],
    discriminator: { property: "type", mapping: { transfer: 0, say: 1 } },
  },
  TransferPhoneNumberHookAction: {
    type: "object",
    properties: { destination: "FallbackDestination" },
  },
};
