// /api/accessibility: the accessibility statement's feedback mechanism. Residents send a barrier
// from the app's outbox (without an account with a proof of work, solved when it is sent); the
// city's accessibility contact gets it by mail and admins answer it from the console.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  accessibilityFeedbackReceiptSchema,
  accessibilityFeedbackWriteSchema,
  signLanguageVideoSchema,
} from "../../../src/lib/contract/accessibility";
import { altchaChallengeSchema, PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idempotent } from "../../http/idempotency";
import { jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { newChallenge } from "../../http/proof-of-work";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import type { Mail } from "../../mail/mailer";
import { mailLanguage } from "../business/mails";
import { feedbackReceiptMail, feedbackToContactMail } from "./mails";
import { signLanguageVideo, submitFeedback } from "./service";

const HOUR = 60 * 60_000;

// Functions, so that every app gets its own rate-limit windows.
const challengeRoute = () =>
  createRoute({
    method: "get",
    path: "/feedback/challenge",
    summary: "A proof-of-work challenge for feedback sent without an account.",
    middleware: [rateLimit({ name: "accessibility-challenge", windowMs: 10 * 60_000, max: 60 })] as const,
    responses: {
      200: jsonAnswer(altchaChallengeSchema, "An ALTCHA challenge"),
      ...problems({ 429: ["rate_limited"] }),
    },
  });

// A public terminal in the citizens' office shares one address among many residents.
const feedbackRoute = () =>
  createRoute({
    method: "post",
    path: "/feedback",
    summary:
      "Feedback on a barrier; send with an Idempotency-Key, and without an account a solved challenge.",
    middleware: [
      rateLimit({ name: "accessibility-feedback", windowMs: HOUR, max: 20 }),
      idempotent(),
      jsonRequired(),
    ] as const,
    request: {
      headers: z.object({
        "idempotency-key": z.string(),
        /** PROOF_OF_WORK_HEADER: the solved challenge, without an account. */
        altcha: z.string().optional(),
      }),
      body: jsonBody(accessibilityFeedbackWriteSchema),
    },
    responses: {
      201: jsonAnswer(accessibilityFeedbackReceiptSchema, "Stored; the answer is due by `answerBy`"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        400: ["idempotency_key_missing", "proof_of_work_failed"],
        409: ["request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
  });

const signLanguageVideoRoute = createRoute({
  method: "get",
  path: "/sign-language-video",
  summary: "The start page's video in German Sign Language: its https address, or null when none is set.",
  responses: { 200: jsonAnswer(signLanguageVideoSchema, "The video's address") },
});

export function accessibilityRoutes() {
  const app = createRouter();

  app.openapi(signLanguageVideoRoute, async (c) => c.json(await signLanguageVideo(c.var.db), 200));

  app.openapi(challengeRoute(), async (c) => c.json(await newChallenge(c.var.db), 200));

  app.openapi(feedbackRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const feedback = await submitFeedback(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    // Not awaited: a slow mail server must not hold the idempotency transaction open.
    const receipt = feedbackReceiptMail(feedback, mailLanguage(c.req.header("accept-language")));
    if (receipt) void sendMail(c, receipt);
    const contact = c.var.config.accessibilityContactEmail;
    if (contact) void sendMail(c, feedbackToContactMail(feedback, contact));
    return c.json({ reference: feedback.reference, answerBy: feedback.answerBy }, 201);
  });

  return app;
}

async function sendMail(c: Context<AppEnv>, mail: Mail): Promise<void> {
  try {
    await c.var.mailer.send(mail);
  } catch (error) {
    c.var.logger.error({ err: error }, "accessibility feedback mail not sent");
  }
}
