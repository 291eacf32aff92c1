// /api/staff/accessibility: admins read the feedback on barriers, open ones by their deadline, and
// mark each answered once they have answered it (by mail or phone, outside the app).
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  accessibilityFeedbackSchema,
  signLanguageVideoSchema,
  signLanguageVideoWriteSchema,
} from "../../../src/lib/contract/accessibility";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { requireAdmin } from "../../http/session";
import { markAnswered, readFeedback, setSignLanguageVideo } from "./service";

/** Before any input is read: who may not use it learns nothing about the request. */
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAdmin(c);
  await next();
};

const ADMIN_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;

const listRoute = createRoute({
  method: "get",
  path: "/feedback",
  summary: "Open feedback oldest first (the nearest deadline on top), then the latest answered (audited).",
  middleware: [adminsOnly],
  responses: {
    200: jsonAnswer(z.object({ feedback: z.array(accessibilityFeedbackSchema) }), "The feedback"),
    ...problems(ADMIN_PROBLEMS),
  },
});

const answeredRoute = createRoute({
  method: "post",
  path: "/feedback/{id}/answered",
  summary: "Marks feedback answered (a second mark keeps the first time).",
  middleware: [adminsOnly],
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: jsonAnswer(accessibilityFeedbackSchema, "The feedback, answered"),
    ...problems({ ...ADMIN_PROBLEMS, 404: ["not_found"] }),
  },
});

const signLanguageVideoRoute = createRoute({
  method: "put",
  path: "/sign-language-video",
  summary: "Sets the start page's video in German Sign Language (an https address), or removes it with null.",
  middleware: [adminsOnly, jsonRequired()] as const,
  request: { body: jsonBody(signLanguageVideoWriteSchema) },
  responses: {
    200: jsonAnswer(signLanguageVideoSchema, "The video's address as stored"),
    ...problems({ ...ADMIN_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

export function staffAccessibilityRoutes() {
  const app = createRouter();
  app.openapi(listRoute, async (c) =>
    c.json({ feedback: await readFeedback(c.var.db, requireAdmin(c)) }, 200),
  );
  app.openapi(answeredRoute, async (c) => {
    const id = z.uuid().safeParse(c.req.valid("param").id);
    if (!id.success) throw new ProblemError(404, "not_found");
    return c.json(await markAnswered(c.var.db, requireAdmin(c), id.data), 200);
  });
  app.openapi(signLanguageVideoRoute, async (c) =>
    c.json(await setSignLanguageVideo(c.var.db, requireAdmin(c), c.req.valid("json")), 200),
  );
  return app;
}
