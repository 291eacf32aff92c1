// What the warnings page may claim. An empty list means "no warnings" only if NINA answered and the
// device has the list from after that answer; otherwise it must say that warnings could not be fetched.
import { DELMENHORST_ARS, type WarningsStatus } from "../../lib/contract/warnings";

/**
 * The server polls NINA every 30 s and the app syncs every 5 minutes while open: a state older than
 * this means the device has been cut off (offline, asleep) and cannot vouch for "no warnings now".
 */
export const STALE_AFTER_MS = 30 * 60_000;

export type SourceState =
  /** NINA answered; the list on the device is complete as of `asOf`. */
  | { kind: "current"; asOf: string }
  /** Nothing new since `since` (NINA's last good answer the device knows of). */
  | { kind: "failing"; since: string }
  /** The server has never had a good answer from NINA. */
  | { kind: "never" }
  /** The device has not got the server's answer or its list yet (first visit, or first time offline). */
  | { kind: "unknown" };

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/**
 * `status`: the server's last report of NINA's answers (fetched now or kept on the device);
 * `feedSyncedAt`: when the device last synced the warnings feed; `now` in ms.
 */
export function sourceState(
  status: WarningsStatus | null,
  feedSyncedAt: string | null,
  now: number,
): SourceState {
  const region = status?.regions.find((r) => r.ars === DELMENHORST_ARS);
  if (region && region.lastSuccessAt === null) return { kind: "never" };
  if (!region?.lastSuccessAt || !feedSyncedAt) return { kind: "unknown" };
  // The list reflects NINA's answer only up to the device's last sync.
  const asOf = earlier(region.lastSuccessAt, feedSyncedAt);
  const failingNow =
    region.lastErrorAt !== null && Date.parse(region.lastErrorAt) > Date.parse(region.lastSuccessAt);
  if (failingNow || now - Date.parse(asOf) > STALE_AFTER_MS) return { kind: "failing", since: asOf };
  return { kind: "current", asOf };
}
