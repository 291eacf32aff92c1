import { createRoute, z } from "@hono/zod-openapi";
import { feedbackSchema } from "../../../src/lib/contract/feedback";
import { idempotent } from "../../http/idempotency";
import { rateLimit } from "../../http/rate-limit";
import { createRouter, problemResponses } from "../../http/router";
import { insertFeedback } from "./store";

// A function, so that every app gets its own rate-limit windows (module state would be shared by
// all apps in one process, e.g. the tests' apps).
const createFeedbackRoute = () =>
  createRoute({
    method: "post",
    path: "/",
    summary: "Was this page helpful? Anonymous; send with an Idempotency-Key header.",
    middleware: [rateLimit({ name: "feedback", windowMs: 10 * 60_000, max: 30 }), idempotent()] as const,
    request: {
      headers: z.object({ "idempotency-key": z.string() }),
      body: { content: { "application/json": { schema: feedbackSchema } }, required: true },
    },
    responses: {
      201: {
        description: "Stored (or stored before: then Idempotent-Replayed: true)",
        content: { "application/json": { schema: z.object({ id: z.string() }) } },
      },
      ...problemResponses,
      409: { description: "The same request is still being processed" },
      422: { description: "The Idempotency-Key was used for another request" },
    },
  });

export function feedbackRoutes() {
  const app = createRouter();
  app.openapi(createFeedbackRoute(), async (c) => {
    const id = await insertFeedback(c.var.db, c.req.valid("json"));
    return c.json({ id }, 201);
  });
  return app;
}
