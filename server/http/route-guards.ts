// Checks for createRoute's `middleware` array. They run before the route's validators, so a request
// is refused for who sends it (401/403) before its input is judged (400), as the handlers did it.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";
import { requireAccount, requireStaff } from "./session";

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

/**
 * A JSON body must come as JSON. Without a JSON Content-Type hono's validator would judge `{}`; the
 * handlers read the body before and answered 400 malformed_json, which this keeps. (A body of another
 * type never gets here: app.ts answers it with 415.)
 */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/json")) throw new ProblemError(400, "malformed_json");
    await next();
  };
}
