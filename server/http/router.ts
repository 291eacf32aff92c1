import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { validationProblem } from "./problem";

/** A feature router whose validation failures become problem+json (see app.onError). */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error);
    },
  });
}

export const problemResponses = {
  400: { description: "Invalid input (application/problem+json)" },
  429: { description: "Too many requests (application/problem+json)" },
} as const;
