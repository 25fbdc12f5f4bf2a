// Compile-time checks of the golden cases' types: optional vs nullable, literal-tagged unions
// (also for a variant whose tag is a plain string in its schema) with their unknown variant, open
// and closed enums, error bodies typed per method.
import type {
  Drawing,
  Shape,
  UnknownShape,
} from "../../golden/discriminated_union/expected_typescript/src/index.js";
import type {
  RecordModel,
  RecordPatch,
} from "../../golden/nullable/expected_typescript/src/index.js";
import type { Task } from "../../golden/enums/expected_typescript/src/index.js";
import {
  isOperationError,
  type NotFound,
  type OperationError,
} from "../../golden/responses/expected_typescript/src/index.js";

export function shapes(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return shape.radius;
    case "square":
      return shape.side;
    case "tri":
      return shape.a + shape.b + shape.c;
    default: {
      // a variant added to the API later: its tag is a string at run time, its data is kept
      const kind: string = String(shape.kind);
      const extra: unknown = shape["sides"];
      void [kind, extra];
      return 0;
    }
  }
}

export function knownOnly(shape: Shape): number {
  if (shape.kind === "circle") return shape.radius; // checking a known tag narrows
  // @ts-expect-error an unknown variant is still possible: not every shape has a side
  return shape.side;
}

// @ts-expect-error a tag read from an unknown variant is not a string type (use String(...))
export const tagText: string = ({} as UnknownShape).kind;
// @ts-expect-error requests take the known variants: an unknown tag cannot be written
export const pentagon: UnknownShape = { kind: "pentagon" };

export function errorBodies(error: unknown): string {
  if (isOperationError(error, "jobs.submit")) {
    switch (error.declared) {
      case "404": {
        const body: NotFound = error.body;
        return body.message;
      }
      case "4XX":
        return JSON.stringify(error.body);
      case "default": {
        const code: number = error.body.code;
        return String(code) + error.rawBody;
      }
    }
  }
  if (isOperationError(error, "jobs.getReport")) {
    const message: string = error.body.message;
    // @ts-expect-error getReport declares only a 404
    const other: OperationError<"jobs.getReport">["declared"] = "default";
    return message + String(other);
  }
  // @ts-expect-error no such method
  isOperationError(error, "jobs.nothing");
  return "";
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

// readOnly: a response spread into a request compiles (its read-only keys are dropped at run
// time, tests/typescript/checks.test.mjs); the request view itself needs none of them.
import type {
  User,
  WriteOnlyClient,
} from "../../golden/write_only/expected_typescript/src/index.js";

export async function resend(client: WriteOnlyClient, user: User): Promise<User> {
  await client.batch.createUsers([{ ...user, password: "pw" }]);
  // @ts-expect-error the write-only password is never in a response: it must be given again
  await client.batch.createUsers([user]);
  return client.users.create({ ...user, name: "renamed", password: "pw" });
}

export function noReadOnlyNeeded(client: WriteOnlyClient): void {
  void client.users.create({ name: "ada", password: "pw", profile: {} });
  // @ts-expect-error the name is required in a request too
  void client.users.create({ password: "pw", profile: {} });
}

// oneOf without a discriminator: the error that refuses an ambiguous value is typed
import { AmbiguousValueError } from "../../golden/one_of/expected_typescript/src/index.js";

export function ambiguity(error: unknown): string {
  if (error instanceof AmbiguousValueError) {
    const variants: readonly string[] = error.variants;
    return `${error.union} at ${error.at}: ${variants.join(", ")}`;
  }
  return "";
}
