// /api/staff/translations: admins read residents' proposals and mark whole languages or single texts
// as reviewed by the city (and withdraw a mark). Every read and mark is audited.
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  languageReviewSchema,
  textKeySchema,
  translatedLanguageSchema,
  translationReportSchema,
} from "../../../src/lib/contract/translations";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireAdmin } from "../../http/session";
import { handleReport, markReviewed, readReports, withdrawReview } from "./service";
import { readLanguageReview } from "./store";

/** Before any input is read: who may not use it learns nothing about the request. */
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAdmin(c);
  await next();
};

const ADMIN_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const languageParams = z.object({ language: z.string().min(1).max(20) });
const textParams = z.object({ language: z.string().min(1).max(20), key: z.string().min(1).max(300) });

const listRoute = createRoute({
  method: "get",
  path: "/reports",
  summary: "Open proposals oldest first, then the latest handled (audited).",
  middleware: [adminsOnly],
  responses: {
    200: jsonAnswer(z.object({ reports: z.array(translationReportSchema) }), "The proposals"),
    ...problems(ADMIN_PROBLEMS),
  },
});

const handledRoute = createRoute({
  method: "post",
  path: "/reports/{id}/handled",
  summary: "Marks a proposal handled (a second mark keeps the first time).",
  middleware: [adminsOnly],
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: jsonAnswer(translationReportSchema, "The proposal, handled"),
    ...problems({ ...ADMIN_PROBLEMS, 404: ["not_found"] }),
  },
});

const reviewRoute = createRoute({
  method: "get",
  path: "/languages/{language}",
  summary: "A language's review marks: the whole language and the single texts.",
  middleware: [adminsOnly],
  request: { params: languageParams },
  responses: {
    200: jsonAnswer(languageReviewSchema, "The language's review marks"),
    ...problems({ ...ADMIN_PROBLEMS, 404: ["not_found"] }),
  },
});

const markLanguageRoute = (method: "put" | "delete") =>
  createRoute({
    method,
    path: "/languages/{language}/reviewed",
    summary:
      method === "put"
        ? "Marks the whole language reviewed by the city (audited)."
        : "Withdraws the whole language's review mark (audited).",
    middleware: [adminsOnly],
    request: { params: languageParams },
    responses: {
      200: jsonAnswer(languageReviewSchema, "The language's review marks"),
      ...problems({ ...ADMIN_PROBLEMS, 404: ["not_found"] }),
    },
  });

const markTextRoute = (method: "put" | "delete") =>
  createRoute({
    method,
    path: "/languages/{language}/texts/{key}/reviewed",
    summary:
      method === "put"
        ? "Marks one text of the language reviewed (audited)."
        : "Withdraws one text's review mark (audited).",
    middleware: [adminsOnly],
    request: { params: textParams },
    responses: {
      200: jsonAnswer(languageReviewSchema, "The language's review marks"),
      ...problems({ ...ADMIN_PROBLEMS, 404: ["not_found"] }),
    },
  });

/** An unknown language or a key of the wrong shape is a page that does not exist. */
function languageOf(value: string) {
  const language = translatedLanguageSchema.safeParse(value);
  if (!language.success) throw new ProblemError(404, "not_found");
  return language.data;
}
function keyOf(value: string) {
  const key = textKeySchema.safeParse(value);
  if (!key.success) throw new ProblemError(404, "not_found");
  return key.data;
}

export function staffTranslationRoutes() {
  const app = createRouter();
  app.openapi(listRoute, async (c) => c.json({ reports: await readReports(c.var.db, requireAdmin(c)) }, 200));
  app.openapi(handledRoute, async (c) => {
    const id = z.uuid().safeParse(c.req.valid("param").id);
    if (!id.success) throw new ProblemError(404, "not_found");
    return c.json(await handleReport(c.var.db, requireAdmin(c), id.data), 200);
  });
  app.openapi(reviewRoute, async (c) =>
    c.json(await readLanguageReview(c.var.db, languageOf(c.req.valid("param").language)), 200),
  );
  app.openapi(markLanguageRoute("put"), async (c) =>
    c.json(await markReviewed(c.var.db, requireAdmin(c), languageOf(c.req.valid("param").language)), 200),
  );
  app.openapi(markLanguageRoute("delete"), async (c) =>
    c.json(await withdrawReview(c.var.db, requireAdmin(c), languageOf(c.req.valid("param").language)), 200),
  );
  app.openapi(markTextRoute("put"), async (c) => {
    const { language, key } = c.req.valid("param");
    return c.json(await markReviewed(c.var.db, requireAdmin(c), languageOf(language), keyOf(key)), 200);
  });
  app.openapi(markTextRoute("delete"), async (c) => {
    const { language, key } = c.req.valid("param");
    return c.json(await withdrawReview(c.var.db, requireAdmin(c), languageOf(language), keyOf(key)), 200);
  });
  return app;
}
