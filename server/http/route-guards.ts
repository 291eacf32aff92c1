// Checks for createRoute's `middleware` array. They run before the route's validators, so a request
// is refused for who sends it (401/403) before its input is judged (400), as the handlers did it.
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { idParam } from "./openapi";
import { ProblemError } from "./problem";
import { requireAccount, requireAdmin, requireStaff } from "./session";

/** Signed in (401 otherwise). */
export function signedIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireAccount(c);
    await next();
  };
}

/** Staff of the given departments or admin (401, 403 otherwise). */
export function staffOnly(departments?: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireStaff(c, departments);
    await next();
  };
}

/** Admins only (401, 403 otherwise). */
export function adminOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireAdmin(c);
    await next();
  };
}

/**
 * A path id read by a guard, which runs before the route's validators: through the shared id schema,
 * so that an id no route takes (over 200 characters) is refused as the validator would refuse it
 * (400), not looked up and answered 404.
 */
export function guardedId(c: Context<AppEnv>, name = "id"): string {
  const result = idParam.safeParse(c.req.param(name));
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({ path: name, message: issue.message }));
    throw new ProblemError(400, "validation_failed", undefined, errors);
  }
  return result.data;
}

/**
 * A JSON body must come as JSON, answered as reading it by hand did: a request without a body (it
 * reaches a JSON route only without a Content-Type; server/app.ts refuses every type but
 * application/json with 415) is 400 malformed_json, where hono's validator would judge `{}`.
 */
export function jsonRequired(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type");
    if (!type) throw new ProblemError(400, "malformed_json");
    if (mediaTypeOf(type) !== "application/json") throw new ProblemError(415, "unsupported_media_type");
    await next();
  };
}

/** The media type of a Content-Type header without its parameters: `application/json; charset=utf-8` is `application/json`. */
export const mediaTypeOf = (contentType: string | undefined) =>
  (contentType ?? "").split(";")[0]!.trim().toLowerCase();

/** The problems of every route with a JSON body (server/app.ts and jsonRequired()), for problems(). */
export const JSON_BODY_PROBLEMS = { 413: ["payload_too_large"], 415: ["unsupported_media_type"] } as const;
