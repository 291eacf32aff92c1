// The proof of work that stands in for a CAPTCHA when booking without an account (ALTCHA v1): the
// browser finds a number whose hash the server asked for. No puzzle, no tracking, no third party.
import { solveChallenge } from "altcha-lib/v1";
import type { AltchaChallenge } from "../../lib/contract/appointments";
import { fetchChallenge } from "./api";

/** The solved challenge as the ALTCHA widget sends it: base64 of the JSON payload. */
export function altchaPayload(challenge: AltchaChallenge, number: number): string {
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
}

export class ProofOfWorkError extends Error {}

export type ProofOfWork = { payload: Promise<string>; abort: () => void };

/** Fetches a challenge and solves it; `abort` stops the work when the page is left. */
export function startProofOfWork(): ProofOfWork {
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
  // Never an unhandled rejection: the booking step awaits the promise and shows its failure.
  payload.catch(() => {});
  return {
    payload,
    abort: () => {
      aborted = true;
      abort();
    },
  };
}
