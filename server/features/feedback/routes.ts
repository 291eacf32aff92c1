import { createRoute, z } from "@hono/zod-openapi";
import { feedbackSchema } from "../../../src/lib/contract/feedback";
import { idempotent } from "../../http/idempotency";
import { rateLimit } from "../../http/rate-limit";
import { jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { createRouter } from "../../http/router";
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
      body: jsonBody(feedbackSchema),
    },
    responses: {
      201: jsonAnswer(
        z.object({ id: z.string() }),
        "Stored (or stored before: then Idempotent-Replayed: true)",
      ),
      ...problems({
        400: ["idempotency_key_missing"],
        409: ["request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
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
