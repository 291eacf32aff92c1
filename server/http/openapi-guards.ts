// Checks that must run before a declared route validates its input (createRoute's `middleware`
// runs before its validators), so that a stranger gets 401/403, never a 400 about the body.
import { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";
import { requireAccount, requireAdmin, requireStaff } from "./session";

/** 401 unauthenticated without a session. */
export const signedInOnly = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  requireAccount(c);
  await next();
};

/** Staff (of one of the departments, if given) or admins; 401/403 otherwise. */
export const staffOnly =
  (departments?: readonly string[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    requireStaff(c, departments);
    await next();
  };

/** Admins only; 401/403 otherwise. */
export const adminOnly = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  requireAdmin(c);
  await next();
};

/**
 * A request without any body answers 400 malformed_json, as reading it by hand did; hono's json
 * validator would validate `{}` instead. (A body without a JSON content type is refused with 415 by
 * server/app.ts before this.)
 */
export const jsonRequired = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (!c.req.header("content-type")) throw new ProblemError(400, "malformed_json");
  await next();
};

/** The header idempotent() requires (it answers idempotency_key_missing itself, before this is read). */
export const idempotencyHeader = z.object({ "idempotency-key": z.string() });

/** A multipart/form-data body, described only: the route reads it itself (files/store.ts readForm). */
export function multipartBody(
  fields: Record<string, { type: "string"; format?: "binary" }>,
  required: string[],
) {
  return {
    required: true,
    content: {
      "multipart/form-data": { schema: { type: "object" as const, properties: fields, required } },
    },
  };
}

/** A download in one of several media types. */
export function fileAnswer(description: string, mediaTypes: readonly string[]) {
  const binary = { schema: { type: "string" as const, format: "binary" } };
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, binary])) };
}
