// The ALTCHA proof of work (v1) where anyone may write: the browser finds a number whose hash the
// server asked for. No puzzle, no tracking, no third party. Used by the booking page and the outbox.
import { solveChallenge } from "altcha-lib/v1";
import { type AltchaChallenge, altchaChallengeSchema } from "./contract/proof-of-work";
import { type Fetch, send } from "./http";

/** The solved challenge as the ALTCHA widget sends it: base64 of the JSON payload. */
export function altchaPayload(challenge: AltchaChallenge, number: number): string {
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
}

export class ProofOfWorkError extends Error {}

export type ProofOfWork = { payload: Promise<string>; abort: () => void };

/** Fetches a challenge and solves it; `abort` stops the work (a page that is left). */
export function startProofOfWork(fetchChallenge: () => Promise<AltchaChallenge>): ProofOfWork {
  let abort = () => {};
  let aborted = false;
  const payload = fetchChallenge().then(async (challenge) => {
    if (aborted) throw new ProofOfWorkError("aborted");
    const work = solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    );
    abort = () => work.controller.abort();
    const solution = await work.promise;
    if (!solution) throw new ProofOfWorkError("no solution");
    return altchaPayload(challenge, solution.number);
  });
  // Never an unhandled rejection: whoever needs the payload awaits it and shows its failure.
  payload.catch(() => {});
  return {
    payload,
    abort: () => {
      aborted = true;
      abort();
    },
  };
}

/** A solution from the challenge at `challengeUrl`, for a request about to be sent. */
export function solveProofOfWork(fetchImpl: Fetch, challengeUrl: string): Promise<string> {
  return startProofOfWork(async () => {
    const response = await send(fetchImpl, challengeUrl, {
      headers: { Accept: "application/json" },
      cache: "no-store",
    });
    return altchaChallengeSchema.parse(await response.json());
  }).payload;
}
