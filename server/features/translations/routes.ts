// /api/translations: how far the city reviewed each language (every device may ask), and residents'
// proposals for a better translation, sent from the app's outbox (without an account with a proof of
// work, solved when it is sent).
import { createRoute } from "@hono/zod-openapi";
import { altchaChallengeSchema, PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import {
  translationReportReceiptSchema,
  translationReportWriteSchema,
  translationStatusSchema,
} from "../../../src/lib/contract/translations";
import { z } from "../../../src/lib/contract/zod";
import { idempotent } from "../../http/idempotency";
import { jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { newChallenge } from "../../http/proof-of-work";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { submitReport } from "./service";
import { readStatus } from "./store";

const HOUR = 60 * 60_000;

const statusRoute = createRoute({
  method: "get",
  path: "/status",
  summary: "Per translated language: reviewed by the city (when) and how many single texts are.",
  responses: { 200: jsonAnswer(translationStatusSchema, "The review status of every translated language") },
});

// Functions, so that every app gets its own rate-limit windows.
const challengeRoute = () =>
  createRoute({
    method: "get",
    path: "/reports/challenge",
    summary: "A proof-of-work challenge for a proposal sent without an account.",
    middleware: [rateLimit({ name: "translation-challenge", windowMs: 10 * 60_000, max: 60 })] as const,
    responses: {
      200: jsonAnswer(altchaChallengeSchema, "An ALTCHA challenge"),
      ...problems({ 429: ["rate_limited"] }),
    },
  });

// A public terminal in the citizens' office shares one address among many residents.
const reportRoute = () =>
  createRoute({
    method: "post",
    path: "/reports",
    summary:
      "A proposal for a better translation; send with an Idempotency-Key, and without an account a solved challenge.",
    middleware: [
      rateLimit({ name: "translation-report", windowMs: HOUR, max: 30 }),
      idempotent(),
      jsonRequired(),
    ] as const,
    request: {
      headers: z.object({
        "idempotency-key": z.string(),
        /** PROOF_OF_WORK_HEADER: the solved challenge, without an account. */
        altcha: z.string().optional(),
      }),
      body: jsonBody(translationReportWriteSchema),
    },
    responses: {
      201: jsonAnswer(translationReportReceiptSchema, "Stored for the city's translation review"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        400: ["idempotency_key_missing", "proof_of_work_failed"],
        409: ["request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
  });

export function translationRoutes() {
  const app = createRouter();

  app.openapi(statusRoute, async (c) => {
    // Changes seldom; a device asks on start and keeps the last answer for offline use.
    c.header("Cache-Control", "no-cache");
    return c.json(await readStatus(c.var.db), 200);
  });

  app.openapi(challengeRoute(), async (c) => c.json(await newChallenge(c.var.db), 200));

  app.openapi(reportRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const report = await submitReport(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    return c.json({ reference: report.reference }, 201);
  });

  return app;
}
