// /api/business: consultation requests to the economic development agency (dwfg), sent from the
// app's outbox; without an account they pay a proof of work (solved by the outbox when it sends).
// The directory of digital providers and the funding programmes reach residents by the change feed
// (collections "digital-providers" and "funding-programmes"), not by this router.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { consultationReceiptSchema, consultationWriteSchema } from "../../../src/lib/contract/business";
import { altchaChallengeSchema, PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idempotent } from "../../http/idempotency";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { newChallenge } from "../../http/proof-of-work";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import type { Mail } from "../../mail/mailer";
import { consultationReceivedMail, mailLanguage } from "./mails";
import { consultationReceipt, submitConsultation } from "./service";

const HOUR = 60 * 60_000;
/** The outbox's Idempotency-Key, as server/http/idempotency.ts accepts it. */
const keyParam = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

// Functions, so that every app gets its own rate-limit windows (module state would be shared by
// all apps in one process, e.g. the tests' apps).
const challengeRoute = () =>
  createRoute({
    method: "get",
    path: "/consultations/challenge",
    summary: "A proof-of-work challenge for a request sent without an account.",
    middleware: [rateLimit({ name: "business-challenge", windowMs: 10 * 60_000, max: 60 })] as const,
    responses: {
      200: jsonAnswer(altchaChallengeSchema, "An ALTCHA challenge"),
      ...problems({ 429: ["rate_limited"] }),
    },
  });

// A company writes once or twice, not ten times an hour; a public terminal shares one address.
const consultationRoute = () =>
  createRoute({
    method: "post",
    path: "/consultations",
    summary:
      "A consultation request; send with an Idempotency-Key, and without an account a solved challenge.",
    middleware: [
      rateLimit({ name: "business-consultations", windowMs: HOUR, max: 10 }),
      idempotent(),
      jsonRequired(),
    ] as const,
    request: {
      headers: z.object({
        "idempotency-key": z.string(),
        /** PROOF_OF_WORK_HEADER: the solved challenge, without an account. */
        altcha: z.string().optional(),
      }),
      body: jsonBody(consultationWriteSchema),
    },
    responses: {
      201: jsonAnswer(consultationReceiptSchema, "Stored; a confirmation mail goes to the address"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        400: ["idempotency_key_missing", "proof_of_work_failed"],
        409: ["request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
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

  app.openapi(challengeRoute(), async (c) => c.json(await newChallenge(c.var.db), 200));

  // Sent from the outbox: c.var.db is the idempotency transaction, so a failed request leaves its
  // proof unspent, and a repeated one is answered from the store without a new proof.
  app.openapi(consultationRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const consultation = await submitConsultation(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    // Not awaited: a slow mail server must not hold the transaction open; the request is stored,
    // and the app shows the reference itself.
    void sendMail(c, consultationReceivedMail(consultation, mailLanguage(c.req.header("accept-language"))));
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

async function sendMail(c: Context<AppEnv>, mail: Mail): Promise<void> {
  try {
    await c.var.mailer.send(mail);
  } catch (error) {
    c.var.logger.error({ err: error }, "consultation confirmation not sent");
  }
}
