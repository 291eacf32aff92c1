import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import type { AppEnv } from "./env";
import { ProblemError, validationProblem } from "./problem";

/** A feature router whose validation failures become problem+json (see app.onError). */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.target === "query") refuseRepeatedKeys(c.req.queries(), result);
      if (!result.success) throw validationProblem(result.error);
      // PostgreSQL cannot hold U+0000 in text ("invalid byte sequence"): no input may carry it.
      const where = nulAt(result.data);
      if (where !== undefined) {
        const errors = [{ path: where || "(root)", message: "Text must not contain NUL (U+0000)" }];
        throw new ProblemError(400, "validation_failed", undefined, errors);
      }
    },
  });
}

/**
 * A query key given twice where the schema takes one value (`?page=1&page=2`) is refused, not read
 * as one of them: hono hands a repeated key over as a list, which a coercing schema (z.coerce.string,
 * z.coerce.boolean) would quietly turn into one value. A key the schema takes as a list may repeat.
 */
function refuseRepeatedKeys(
  queries: Record<string, string[]>,
  result: { success: true; data: unknown } | { success: false; error: z.ZodError },
) {
  const repeated = Object.keys(queries).filter((key) => (queries[key]?.length ?? 0) > 1);
  if (!repeated.length) return;
  const refused = result.success
    ? repeated.filter((key) => !Array.isArray(valueAt(result.data, key)))
    : repeated.filter((key) => result.error.issues.some((issue) => issue.path[0] === key));
  if (!refused.length) return;
  const errors = refused.map((key) => ({ path: key, message: "Give this query parameter once" }));
  throw new ProblemError(400, "validation_failed", undefined, errors);
}

const valueAt = (data: unknown, key: string): unknown =>
  data !== null && typeof data === "object"
    ? Object.entries(data).find(([name]) => name === key)?.[1]
    : undefined;

/** The path of the first string in `value` that holds a NUL character, or undefined. */
export function nulAt(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (value === null || typeof value !== "object" || !(Array.isArray(value) || isPlain(value)))
    return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulAt(item, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

const isPlain = (value: object) => [Object.prototype, null].includes(Object.getPrototypeOf(value));

export const problemResponses = {
  400: { description: "Invalid input (application/problem+json)" },
  429: { description: "Too many requests (application/problem+json)" },
} as const;
