// The districts the poller asks NINA about, and what it knows about each (region-store.ts):
// validators for conditional requests, the last good answer, failures and the back-off.
import { z } from "../../../src/lib/contract/zod";
import { ARS_PATTERN, DELMENHORST_ARS, type WarningsStatus } from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import type { NinaRegionTable } from "../../db/schema";
import { retryDelayMs } from "./backoff";
import { distinctPushPreferences, findRegion, listRegions, upsertRegion } from "./region-store";

export { findRegion };

const storedPreferences = z.object({ places: z.array(z.string()) });

/** Delmenhorst first, then every other district a push subscriber chose, in ARS order. */
export async function regionsToPoll(db: Db): Promise<string[]> {
  // Every 30 s: most of the (up to tens of thousands of) subscriptions share their preferences text.
  const texts = await distinctPushPreferences(db);
  const places = new Set<string>();
  for (const text of texts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const preferences = storedPreferences.safeParse(parsed);
    if (!preferences.success) continue;
    // NINA's dashboard answers only district ARS; anything else would be a 404 every 30 s.
    for (const ars of preferences.data.places) if (ARS_PATTERN.test(ars)) places.add(ars);
  }
  places.delete(DELMENHORST_ARS);
  return [DELMENHORST_ARS, ...[...places].sort()];
}

/**
 * A good answer (200 or 304). `validators` only when every listed warning was stored: otherwise the
 * old ones stay, so the next poll gets the full list again instead of a 304 hiding what is missing.
 */
export async function recordRegionSuccess(
  db: Db,
  ars: string,
  at: Date,
  validators?: { etag: string | null; lastModified: string | null },
): Promise<void> {
  await upsertRegion(db, ars, {
    ...(validators ? { etag: validators.etag, last_modified: validators.lastModified } : {}),
    last_success_at: at.toISOString(),
    failures: 0,
    next_poll_at: null,
  });
}

/**
 * Counts the failure and sets when to try again (null: the next round, see backoff.ts); the stored
 * warnings are not touched.
 */
export async function recordRegionFailure(
  db: Db,
  ars: string,
  at: Date,
  reason: string,
): Promise<{ failures: number; nextPollAt: string | null }> {
  const failures = ((await findRegion(db, ars))?.failures ?? 0) + 1;
  const delayMs = retryDelayMs(failures);
  const nextPollAt = delayMs > 0 ? new Date(at.getTime() + delayMs).toISOString() : null;
  await upsertRegion(db, ars, {
    last_error_at: at.toISOString(),
    last_error: reason.slice(0, 200),
    failures,
    next_poll_at: nextPollAt,
  });
  return { failures, nextPollAt };
}

export const isDue = (region: NinaRegionTable | undefined, at: Date) =>
  !region?.next_poll_at || Date.parse(region.next_poll_at) <= at.getTime();

/** For the "Stand" line: Delmenhorst always, then every district polled so far. */
export async function regionsStatus(db: Db): Promise<WarningsStatus> {
  const rows = await listRegions(db);
  const regions = rows.map((r) => ({
    ars: r.ars,
    lastSuccessAt: r.last_success_at,
    lastErrorAt: r.last_error_at,
    failures: r.failures,
  }));
  if (!regions.some((r) => r.ars === DELMENHORST_ARS)) {
    regions.push({ ars: DELMENHORST_ARS, lastSuccessAt: null, lastErrorAt: null, failures: 0 });
  }
  regions.sort((a, b) => Number(b.ars === DELMENHORST_ARS) - Number(a.ars === DELMENHORST_ARS));
  return { regions };
}
