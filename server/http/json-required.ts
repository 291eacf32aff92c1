// What hono's json validator leaves open, answered as readJson did: a request without a body (it
// reaches a JSON route only without a Content-Type, server/app.ts refuses other types) would be
// read as {}; a type that merely starts with application/json would get 415 validation_failed.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/** Put before a route's validators (createRoute's middleware): no body is malformed JSON. */
export const jsonRequired: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("content-type");
  if (!type) throw new ProblemError(400, "malformed_json");
  if (type.split(";")[0]!.trim().toLowerCase() !== "application/json")
    throw new ProblemError(415, "unsupported_media_type");
  await next();
};

/** The problems of every route with a JSON body (server/app.ts and jsonRequired), for problems(). */
export const JSON_BODY_PROBLEMS = { 413: ["payload_too_large"], 415: ["unsupported_media_type"] } as const;
