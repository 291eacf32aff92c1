// The proof of work that stands in for a CAPTCHA when booking without an account (ALTCHA v1,
// src/lib/proof-of-work.ts): started on the booking page, so it is solved while the resident types.
import { type ProofOfWork, startProofOfWork as start } from "../../lib/proof-of-work";
import { fetchChallenge } from "./api";

export { type ProofOfWork, ProofOfWorkError } from "../../lib/proof-of-work";

/** Fetches a booking challenge and solves it; `abort` stops the work when the page is left. */
export const startProofOfWork = (): ProofOfWork => start(fetchChallenge);
