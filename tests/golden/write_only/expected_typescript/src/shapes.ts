/**
 * What request bodies need at run time, from the API description: the read-only
 * properties to drop before sending, and the variants of each oneOf union without a
 * discriminator, to refuse a value that more than one of them accepts. Used by
 * `requestValue` in core.ts.
 */

import type { Shapes } from "./core.js";

export const SHAPES: Shapes = {
  User: { type: "object", properties: { profile: "Profile" }, readOnly: ["id"] },
  Profile: { type: "object", readOnly: ["createdAt"] },
  Avatar: { type: "object", readOnly: ["uploadedAt"] },
};
