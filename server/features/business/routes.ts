// /api/business: consultation requests to the economic development agency (dwfg), sent from the
// app's outbox; without an account they pay a proof of work (solved by the outbox when it sends).
// The directory of digital providers and the funding programmes reach residents by the change feed
// (collections "digital-providers" and "funding-programmes"), not by this router.
import { createRoute } from "@hono/zod-openapi";
import { consultationReceiptSchema, consultationWriteSchema } from "../../../src/lib/contract/business";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import { jsonAnswer, problems } from "../../http/openapi";
import { publicWriteRoute, serveChallenge } from "../../http/public-write";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { mailLanguage, sendMailQuietly } from "../../mail/mailer";
import { consultationReceivedMail } from "./mails";
import { consultationReceipt, submitConsultation } from "./service";

/** The outbox's Idempotency-Key, as server/http/idempotency.ts accepts it. */
const keyParam = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

// Functions, so that every app gets its own rate-limit windows (module state would be shared by
// all apps in one process, e.g. the tests' apps).
// A company writes once or twice, not ten times an hour; a public terminal shares one address.
const consultationRoute = () =>
  publicWriteRoute({
    path: "/consultations",
    summary:
      "A consultation request; send with an Idempotency-Key, and without an account a solved challenge.",
    rateLimitName: "business-consultations",
    perHour: 10,
    body: consultationWriteSchema,
    answer: consultationReceiptSchema,
    answerDescription: "Stored; a confirmation mail goes to the address",
  });

const receiptRoute = () =>
  createRoute({
    method: "get",
    path: "/consultations/receipts/{key}",
    summary: "The answer stored for a request under its Idempotency-Key (same sender only).",
    middleware: [rateLimit({ name: "business-receipts", windowMs: 10 * 60_000, max: 120 })] as const,
    request: { params: z.object({ key: keyParam }) },
    responses: {
      200: jsonAnswer(consultationReceiptSchema, "The reference of the stored request"),
      ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
    },
  });

export function businessRoutes() {
  const app = createRouter();

  serveChallenge(app, {
    path: "/consultations/challenge",
    summary: "A proof-of-work challenge for a request sent without an account.",
    rateLimitName: "business-challenge",
  });

  // Sent from the outbox: c.var.db is the idempotency transaction, so a failed request leaves its
  // proof unspent, and a repeated one is answered from the store without a new proof.
  app.openapi(consultationRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const consultation = await submitConsultation(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    // Not awaited: a slow mail server must not hold the transaction open; the request is stored,
    // and the app shows the reference itself.
    const mail = consultationReceivedMail(consultation, mailLanguage(c.req.header("accept-language")));
    void sendMailQuietly(c.var, mail, "consultation confirmation");
    return c.json({ id: consultation.id, reference: consultation.reference }, 201);
  });

  // The outbox keeps no answers: the page asks for the one stored under its Idempotency-Key to show
  // the reference.
  app.openapi(receiptRoute(), async (c) => {
    const { key } = c.req.valid("param");
    return c.json(await consultationReceipt(c.var.db, c.var.accountId, key), 200);
  });

  return app;
}
