// /api/translations: how far the city reviewed each language (every device may ask), and residents'
// proposals for a better translation, sent from the app's outbox (without an account with a proof of
// work, solved when it is sent).
import { createRoute } from "@hono/zod-openapi";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import {
  translationReportReceiptSchema,
  translationReportWriteSchema,
  translationStatusSchema,
} from "../../../src/lib/contract/translations";
import { jsonAnswer } from "../../http/openapi";
import { publicWriteRoute, serveChallenge } from "../../http/public-write";
import { createRouter } from "../../http/router";
import { submitReport } from "./service";
import { readStatus } from "./store";

const statusRoute = createRoute({
  method: "get",
  path: "/status",
  summary: "Per translated language: reviewed by the city (when) and how many single texts are.",
  responses: { 200: jsonAnswer(translationStatusSchema, "The review status of every translated language") },
});

// A function, so that every app gets its own rate-limit windows.
// A public terminal in the citizens' office shares one address among many residents.
const reportRoute = () =>
  publicWriteRoute({
    path: "/reports",
    summary:
      "A proposal for a better translation; send with an Idempotency-Key, and without an account a solved challenge.",
    rateLimitName: "translation-report",
    perHour: 30,
    body: translationReportWriteSchema,
    answer: translationReportReceiptSchema,
    answerDescription: "Stored for the city's translation review",
  });

export function translationRoutes() {
  const app = createRouter();

  app.openapi(statusRoute, async (c) => {
    // Changes seldom; a device asks on start and keeps the last answer for offline use.
    c.header("Cache-Control", "no-cache");
    return c.json(await readStatus(c.var.db), 200);
  });

  serveChallenge(app, {
    path: "/reports/challenge",
    summary: "A proof-of-work challenge for a proposal sent without an account.",
    rateLimitName: "translation-challenge",
  });

  app.openapi(reportRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const report = await submitReport(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    return c.json({ reference: report.reference }, 201);
  });

  return app;
}
