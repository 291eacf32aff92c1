// /api/accessibility: the accessibility statement's feedback mechanism. Residents send a barrier
// from the app's outbox (without an account with a proof of work, solved when it is sent); the
// city's accessibility contact gets it by mail and admins answer it from the console.
import { createRoute } from "@hono/zod-openapi";
import {
  accessibilityFeedbackReceiptSchema,
  accessibilityFeedbackWriteSchema,
  signLanguageVideoSchema,
} from "../../../src/lib/contract/accessibility";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { jsonAnswer } from "../../http/openapi";
import { publicWriteRoute, serveChallenge } from "../../http/public-write";
import { createRouter } from "../../http/router";
import { mailLanguage, sendMailQuietly } from "../../mail/mailer";
import { feedbackReceiptMail, feedbackToContactMail } from "./mails";
import { signLanguageVideo, submitFeedback } from "./service";

// A function, so that every app gets its own rate-limit windows.
// A public terminal in the citizens' office shares one address among many residents.
const feedbackRoute = () =>
  publicWriteRoute({
    path: "/feedback",
    summary:
      "Feedback on a barrier; send with an Idempotency-Key, and without an account a solved challenge.",
    rateLimitName: "accessibility-feedback",
    perHour: 20,
    body: accessibilityFeedbackWriteSchema,
    answer: accessibilityFeedbackReceiptSchema,
    answerDescription: "Stored; the answer is due by `answerBy`",
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

  serveChallenge(app, {
    path: "/feedback/challenge",
    summary: "A proof-of-work challenge for feedback sent without an account.",
    rateLimitName: "accessibility-challenge",
  });

  app.openapi(feedbackRoute(), async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const feedback = await submitFeedback(c.var.db, c.req.valid("json"), c.var.accountId, proof);
    // Not awaited: a slow mail server must not hold the idempotency transaction open.
    const receipt = feedbackReceiptMail(feedback, mailLanguage(c.req.header("accept-language")));
    if (receipt) void sendMailQuietly(c.var, receipt, "accessibility feedback receipt");
    const contact = c.var.config.accessibilityContactEmail;
    if (contact)
      void sendMailQuietly(c.var, feedbackToContactMail(feedback, contact), "accessibility feedback mail");
    return c.json({ reference: feedback.reference, answerBy: feedback.answerBy }, 201);
  });

  return app;
}
