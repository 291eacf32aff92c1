// ALTCHA (v1): a proof of work instead of a CAPTCHA where anyone may write (bookings without an
// account, consultation requests). No tracking, no third party, no puzzle: the browser hashes for a
// second or two, a bot writing thousands pays for each. The HMAC key lives in the database, so every
// process of a deployment shares it; a solution is recorded until its challenge expires, so it
// counts once.
import { randomBytes } from "node:crypto";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import type { AltchaChallenge } from "../../src/lib/contract/proof-of-work";
import { z } from "../../src/lib/contract/zod";
import { type Db, isUniqueViolation } from "../db/database";
import {
  deleteExpiredSolutions,
  readOrCreateHmacKey,
  recordSpentSolution,
} from "../platform/proof-of-work/store";
import { ProblemError } from "./problem";

const VALID_MS = 10 * 60_000;
/** About 10,000 SHA-256 on average: a second or two on a slow phone, real work at bot scale. */
export const DEFAULT_MAX_NUMBER = 20_000;

/** The key never changes once written: read once per database. */
const keys = new WeakMap<Db, Promise<string>>();

function hmacKey(db: Db): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = readOrCreateHmacKey(db, randomBytes(32).toString("base64url"));
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

export async function newChallenge(db: Db, maxNumber = DEFAULT_MAX_NUMBER): Promise<AltchaChallenge> {
  const challenge = await createChallenge({
    hmacKey: await hmacKey(db),
    maxnumber: maxNumber,
    expires: new Date(Date.now() + VALID_MS),
  });
  return { ...challenge, algorithm: "SHA-256" };
}

const payloadSchema = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: z.string().max(200),
  number: z.int().min(0),
  salt: z.string().max(500),
  signature: z.string().max(200),
});

function decode(encoded: string): z.infer<typeof payloadSchema> | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

let nextCleanup = 0;

/** Expired solutions are of no use to anyone: dropped once a minute. */
async function forgetExpired(db: Db) {
  if (Date.now() < nextCleanup) return;
  nextCleanup = Date.now() + 60_000;
  await deleteExpiredSolutions(db, new Date().toISOString());
}

/** Throws 400 proof_of_work_failed unless the solution is right, fresh and not used before. */
export async function spendSolution(db: Db, encoded: string | undefined): Promise<void> {
  const payload = encoded ? decode(encoded) : undefined;
  if (!payload || !(await verifySolution(payload, await hmacKey(db), true))) {
    throw new ProblemError(400, "proof_of_work_failed");
  }
  await forgetExpired(db);
  try {
    await recordSpentSolution(db, payload.signature, new Date(Date.now() + VALID_MS).toISOString());
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProblemError(400, "proof_of_work_failed", "used already");
    throw error;
  }
}
