import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { ProblemError, validationProblem } from "./problem";

/** A feature router whose validation failures become problem+json (see app.onError). */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
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
