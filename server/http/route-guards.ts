// Checks for createRoute's `middleware` array. They run before the route's validators, so a request
// is refused for who sends it (401/403) before its input is judged (400), as the handlers did it.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
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
 * A JSON body must come as JSON, answered as reading it by hand did: a request without a body (it
 * reaches a JSON route only without a Content-Type; server/app.ts refuses other types) is 400
 * malformed_json, where hono's validator would judge `{}`; a type that merely starts with
 * application/json is 415 unsupported_media_type.
 */
export function jsonRequired(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type");
    if (!type) throw new ProblemError(400, "malformed_json");
    if (type.split(";")[0]!.trim().toLowerCase() !== "application/json")
      throw new ProblemError(415, "unsupported_media_type");
    await next();
  };
}

/** The problems of every route with a JSON body (server/app.ts and jsonRequired()), for problems(). */
export const JSON_BODY_PROBLEMS = { 413: ["payload_too_large"], 415: ["unsupported_media_type"] } as const;
