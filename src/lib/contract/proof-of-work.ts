// The ALTCHA proof of work (v1) that stands in for a CAPTCHA where anyone may write: anonymous
// bookings and consultation requests. The server issues and checks it (server/http/proof-of-work.ts).
import { z } from "./zod";

/** GET …/challenge: what the browser must solve. */
export const altchaChallengeSchema = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: z.string(),
  maxnumber: z.number().optional(),
  salt: z.string(),
  signature: z.string(),
});
export type AltchaChallenge = z.infer<typeof altchaChallengeSchema>;

/**
 * The request header that carries the solution (base64 of the ALTCHA payload) where the body cannot:
 * an outbox entry solves it when it is sent, and its body must stay the same for its Idempotency-Key.
 */
export const PROOF_OF_WORK_HEADER = "Altcha";
