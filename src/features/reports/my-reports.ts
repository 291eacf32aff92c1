// The resident's own reports on this device: the sync keeps them in the table `myReports` (personal
// feed "my-reports", src/lib/contract/collections.ts), so "Meine Meldungen" reads offline; and what
// the resident was shown of them (src/lib/seen.ts), for the start page's "new status".
import { MY_REPORTS_COLLECTION, type MyReport, myReportSchema } from "../../lib/contract/reports";
import { appDb } from "../../lib/db";
import { markSeen, seenKey } from "../../lib/seen";

export type StoredMyReports = {
  /** Newest first, as GET /api/reports/mine answers. */
  reports: MyReport[];
  /** When the feed last came to this device ("Stand"); null before its first sync. */
  syncedAt: string | null;
};

// A copy stored by an older version is read again against today's shape; one that no longer fits waits for the next sync.
const valid = (value: unknown): MyReport[] => {
  const parsed = myReportSchema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
};

export async function storedMyReports(): Promise<StoredMyReports> {
  const db = appDb();
  const [records, state] = await Promise.all([
    db.myReports.toArray(),
    db.syncState.get(MY_REPORTS_COLLECTION),
  ]);
  const reports = records.flatMap(valid).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { reports, syncedAt: state?.syncedAt ?? null };
}

/** The device's copy of one of the resident's reports, or undefined when it is not theirs (or not synced yet). */
export async function storedMyReport(id: string): Promise<MyReport | undefined> {
  return valid(await appDb().myReports.get(id))[0];
}

/** Remembers the status the resident was shown of their own reports (key "report:<id>"). */
export async function markReportsSeen(reports: readonly Pick<MyReport, "id" | "status">[]): Promise<void> {
  const db = appDb();
  for (const report of reports) await markSeen(db, seenKey("report", report.id), report.status);
}

/** As markReportsSeen, for a report page: only when the report is one of the resident's own. */
export async function markSeenIfOwn(report: Pick<MyReport, "id" | "status">): Promise<void> {
  if (await appDb().myReports.get(report.id)) await markReportsSeen([report]);
}
