/**
 * What request bodies need at run time, from the API description: the read-only
 * properties to drop before sending, and the variants of each oneOf union without a
 * discriminator, to refuse a value that more than one of them accepts. Used by
 * `requestValue` in core.ts.
 */

import type { Shapes } from "./core.js";

export const SHAPES: Shapes = {
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
};
