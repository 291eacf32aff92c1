// What the resident has seen of their own records (device table `seen`, personal: it leaves at
// sign-out), so that the start page can say "your report has a new status": it compares a record's
// state now (e.g. `myReports` status) with the value seen last. Keys are "<kind>:<id>" (seenKey).
import type { AppDatabase, SeenMark } from "./db";

/** The key of a record's mark, e.g. seenKey("report", id) = "report:<id>". */
export const seenKey = (kind: string, id: string): string => `${kind}:${id}`;

/**
 * Records that the resident was shown `value` (e.g. a report's status) for `key`. A mark that already
 * holds the value is left as it is, so `at` tells since when the resident knows it, and pages that
 * watch the table do not re-render on every visit.
 */
export async function markSeen(db: AppDatabase, key: string, value: string, at = new Date()): Promise<void> {
  await db.transaction("rw", db.seen, async () => {
    const current = await db.seen.get(key);
    if (current?.value === value) return;
    await db.seen.put({ key, value, at: at.toISOString() } satisfies SeenMark);
  });
}

/** The values seen for the keys; a key never seen is absent from the map. */
export async function seenValues(db: AppDatabase, keys: readonly string[]): Promise<Map<string, string>> {
  const marks = await db.seen.bulkGet([...keys]);
  return new Map(marks.flatMap((mark) => (mark ? [[mark.key, mark.value] as const] : [])));
}
