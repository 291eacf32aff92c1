// The reporter's own reports in their personal change feed "my-reports" (src/lib/contract/reports.ts),
// so that the device reads "Meine Meldungen" offline. Every change to a report that its reporter sees
// (created, status, merged, forwarded, photos, reviewed text, reopened, support) puts its current own
// view there, the one GET /api/reports/mine answers with; reports sent without an account enter no feed.
import { MY_REPORTS_COLLECTION } from "../../../src/lib/contract/reports";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { upsertEntries } from "../../platform/sync/store";
import { accountReportsAfter, reportsByIds, type ReportRow } from "./store";
import { ownReports } from "./views";

const BACKFILL_KEY = "seed:reports-own-feeds";
const BACKFILL_BATCH = 500;

async function publishRows(db: Db, rows: readonly ReportRow[]): Promise<number> {
  const owned = rows.filter((row) => row.account_id !== null);
  const views = await ownReports(db, owned);
  return upsertEntries(
    db,
    MY_REPORTS_COLLECTION,
    owned.map((row, i) => ({ id: row.id, data: views[i], ownerId: row.account_id })),
  );
}

/** Puts the reports' current own view into their reporters' feeds (unchanged ones keep their version). */
export async function publishOwnReports(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await publishRows(db, await reportsByIds(db, ids));
}

/**
 * Reports sent with an account before the feed existed reach it once, at the first start of this
 * version (the guide's booking rules came to existing entries the same way); returns how many.
 */
export async function publishOwnReportsOnce(db: Db): Promise<number> {
  if (await seedDone(db, BACKFILL_KEY)) return 0;
  return db.transaction().execute(async (trx) => {
    let written = 0;
    let after = "";
    for (;;) {
      const rows = await accountReportsAfter(trx, after, BACKFILL_BATCH);
      written += await publishRows(trx, rows);
      if (rows.length < BACKFILL_BATCH) break;
      after = rows.at(-1)!.id;
    }
    await markSeedDone(trx, BACKFILL_KEY);
    return written;
  });
}
