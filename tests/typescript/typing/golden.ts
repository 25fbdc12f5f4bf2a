// Compile-time checks of the golden cases' types: optional vs nullable, literal-tagged unions
// (also for a variant whose tag is a plain string in its schema), open and closed enums.
import type {
  Drawing,
  Shape,
} from "../../golden/discriminated_union/expected_typescript/src/index.js";
import type {
  RecordModel,
  RecordPatch,
} from "../../golden/nullable/expected_typescript/src/index.js";
import type { Task } from "../../golden/enums/expected_typescript/src/index.js";

export function shapes(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return shape.radius;
    case "square":
      return shape.side;
    case "tri":
      return shape.a + shape.b + shape.c;
  }
}

export const drawing: Drawing = { id: 1, shapes: [{ kind: "tri", a: 1, b: 2, c: 3 }], focus: null };
// @ts-expect-error focus is required, though nullable
export const noFocus: Drawing = { id: 1, shapes: [] };
// @ts-expect-error a tag that no variant has
export const hexagon: Shape = { kind: "hexagon", side: 1 };

export const record: RecordModel = {
  id: "r",
  required_nullable: null,
  required_nullable_ref: null,
  required_nullable_anyof: null,
};
// @ts-expect-error optional is not nullable
export const nulled: RecordModel = { ...record, optional: null };
// @ts-expect-error exactOptionalPropertyTypes: an optional key is absent, never undefined
export const undef: RecordModel = { ...record, optional: undefined };
export const patch: RecordPatch = { owner: null, optional_nullable: null };

export const task: Task = { id: 1, status: "brand-new-status", kind: "task", color: "pink" };
// @ts-expect-error integer enums stay closed
export const badPriority: Task = { ...task, priority: 4 };
// @ts-expect-error constants stay closed
export const badKind: Task = { ...task, kind: "bug" };
