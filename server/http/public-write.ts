// Writes anyone may make without an account (a consultation request, feedback on a barrier): the
// proof-of-work challenge route, and the POST declared with its guards: a rate limit per address,
// an Idempotency-Key (the outbox's entry id) and, without an account, a solved challenge in the
// PROOF_OF_WORK_HEADER, which the feature's rules check inside the idempotency transaction.
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { altchaChallengeSchema } from "../../src/lib/contract/proof-of-work";
import { z } from "../../src/lib/contract/zod";
import type { AppEnv } from "./env";
import { idempotent } from "./idempotency";
import { jsonAnswer, jsonBody, problems } from "./openapi";
import { newChallenge } from "./proof-of-work";
import { rateLimit } from "./rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "./route-guards";

const HOUR = 60 * 60_000;

/**
 * Serves GET `path` with a fresh challenge, 60 per address in ten minutes. Called once per app, so
 * every app gets its own rate-limit window (module state would be shared by the tests' apps).
 */
export function serveChallenge(
  app: OpenAPIHono<AppEnv>,
  options: { path: string; summary: string; rateLimitName: string },
) {
  const route = createRoute({
    method: "get",
    path: options.path,
    summary: options.summary,
    middleware: [rateLimit({ name: options.rateLimitName, windowMs: 10 * 60_000, max: 60 })] as const,
    responses: {
      200: jsonAnswer(altchaChallengeSchema, "An ALTCHA challenge"),
      ...problems({ 429: ["rate_limited"] }),
    },
  });
  app.openapi(route, async (c) => c.json(await newChallenge(c.var.db), 200));
}

/** The POST of a public write: `perHour` writes per address, answered 201 with `answer`. */
export function publicWriteRoute<B extends z.ZodType, A extends z.ZodType>(options: {
  path: string;
  summary: string;
  rateLimitName: string;
  perHour: number;
  body: B;
  answer: A;
  answerDescription: string;
}) {
  return createRoute({
    method: "post",
    path: options.path,
    summary: options.summary,
    middleware: [
      rateLimit({ name: options.rateLimitName, windowMs: HOUR, max: options.perHour }),
      idempotent(),
      jsonRequired(),
    ] as const,
    request: {
      headers: z.object({
        "idempotency-key": z.string(),
        /** PROOF_OF_WORK_HEADER: the solved challenge, without an account. */
        altcha: z.string().optional(),
      }),
      body: jsonBody(options.body),
    },
    responses: {
      201: jsonAnswer(options.answer, options.answerDescription),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        400: ["idempotency_key_missing", "proof_of_work_failed"],
        409: ["request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
  });
}
