/**
 * What request bodies need at run time, from the API description: the read-only
 * properties to drop before sending, and the variants of each oneOf union without a
 * discriminator, to refuse a value that more than one of them accepts. Used by
 * `requestValue` in core.ts.
 */

import type { Shapes } from "./core.js";

export const SHAPES: Shapes = {
  Whole: { type: "object", properties: { b: {}, a: { type: "string" } }, additional: false },
  Sealed: {
    type: "object",
    properties: { a: { type: "string" }, s: { type: "integer" } },
    required: ["a"],
    additional: false,
  },
  Other: {
    type: "object",
    properties: { a: { type: "string" }, c: { type: "integer" } },
    required: ["c"],
  },
  Thing: {
    name: "Thing",
    variants: ["Whole", "Sealed", "Other"],
    oneOf: ["Whole", "Sealed", "Other"],
  },
  Light: {
    type: "object",
    properties: { mode: { enum: ["on", "off"], open: true } },
    required: ["mode"],
  },
  Dark: {
    type: "object",
    properties: {
      mode: { enum: ["dim", "dark"], open: true },
      levels: { type: "array", items: { enum: ["low", "high"], open: true } },
    },
    required: ["mode"],
  },
  Lamp: { name: "Lamp", variants: ["Light", "Dark"], oneOf: ["Light", "Dark"] },
  Size: {
    name: "Size",
    variants: ['"small" | "big"', '"tiny" | "huge"'],
    oneOf: [
      { enum: ["small", "big"], open: true },
      { enum: ["tiny", "huge"], open: true },
    ],
  },
  Cat: {
    type: "object",
    properties: { name: { type: "string" }, indoor: { type: "boolean" } },
    required: ["name"],
  },
  Dog: {
    type: "object",
    properties: { name: { type: "string" }, bark: { type: "boolean" } },
    required: ["name", "bark"],
  },
  Pet: { name: "Pet", variants: ["Cat", "Dog"], oneOf: ["Cat", "Dog"] },
  Owner: {
    type: "object",
    properties: {
      id: {
        name: "integer | string",
        variants: ["integer", "string"],
        oneOf: [{ type: "integer" }, { type: "string" }],
      },
      pets: { type: "array", items: "Pet" },
    },
  },
  Closed: {
    type: "object",
    properties: { code: { type: "string" } },
    required: ["code"],
    additional: false,
  },
  Open: {
    type: "object",
    properties: { code: { type: "string" }, size: { type: "integer" } },
    required: ["code"],
  },
  Coupon: { name: "Coupon", variants: ["Closed", "Open"], oneOf: ["Closed", "Open"] },
  Meeting: {
    type: "object",
    properties: {
      at: { type: "string", format: "date-time" },
      room: { enum: ["a", "b"], open: true },
    },
    required: ["at"],
  },
  Holiday: {
    type: "object",
    properties: { at: { type: "string", format: "date" }, room: { enum: ["c"] } },
    required: ["at"],
  },
  Event: { name: "Event", variants: ["Meeting", "Holiday"], oneOf: ["Meeting", "Holiday"] },
  Tag: {
    type: "object",
    properties: { label: { type: "string" } },
    required: ["label"],
    additional: false,
  },
  Box: { type: "object", properties: { tag: "Tag" }, required: ["tag"] },
  Bag: { type: "object", properties: { tag: { type: "object" } }, required: ["tag"] },
  Holder: { name: "Holder", variants: ["Box", "Bag"], oneOf: ["Box", "Bag"] },
  Account: {
    type: "object",
    properties: { name: { type: "string" } },
    readOnly: ["id"],
    required: ["name"],
    additional: false,
  },
  Alias: {
    type: "object",
    properties: { name: { type: "string" }, alias: { type: "string" } },
    required: ["name", "alias"],
  },
  Member: { name: "Member", variants: ["Account", "Alias"], oneOf: ["Account", "Alias"] },
};
