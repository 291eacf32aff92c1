// When to ask NINA again after failures in a row (a district's dashboard, or one warning's details).
// NINA glitches for single answers (empty, cut off) far more often than it is down: one or two failures
// are asked again on the next round, so a glitch costs one poll interval, not minutes. From the third
// failure in a row it is an outage: 30 s × 2^(failures − 2), at most 5 minutes, so it is not hammered
// and a recovery is seen soon.

/** Failures in a row that are still a glitch: asked again on the next round. */
export const GLITCH_FAILURES = 2;
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Milliseconds to wait beyond the next round after `failures` in a row; 0: ask on the next round. */
export function retryDelayMs(failures: number): number {
  if (failures <= GLITCH_FAILURES) return 0;
  // The exponent is capped too: 2^1000 would be Infinity.
  const doublings = Math.min(failures - GLITCH_FAILURES, 10);
  return Math.min(BACKOFF_BASE_MS * 2 ** doublings, BACKOFF_MAX_MS);
}
