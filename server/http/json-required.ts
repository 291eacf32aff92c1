// A request without a body reaches a JSON route only without a Content-Type (server/app.ts refuses
// other types); hono's json validator would read it as {}, readJson answered malformed_json.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/** Put before a route's validators (createRoute's middleware): no body is malformed JSON. */
export const jsonRequired: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.req.header("content-type")) throw new ProblemError(400, "malformed_json");
  await next();
};
