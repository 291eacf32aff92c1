// A report's reporter hears of each status change: by push on the device named at creation (in the
// language chosen there), and by mail when an address was given. Reporters of duplicates merged
// into the report hear it too. Neither names the description: a lock screen or a shared mailbox
// may be seen by others; the public note is staff's text meant for the public anyway. Both speak the
// resident's language (all ten).
import { reportPagePath, type ReportStatus } from "../../../src/lib/contract/reports";
import type { Db } from "../../db/database";
import type { Mail } from "../../mail/mailer";
import { residentMail } from "../../mail/templates";
import { enqueuePushJob } from "../push/jobs";
import { reportRef, reportStatusName, reportStatusPayload } from "../push/reports-payload";
import { languageOf } from "./service";
import type { ReportRow } from "./store";

/** Written in the status change's transaction: one push per device and change (the ref is unique). */
export async function enqueueStatusPush(db: Db, row: ReportRow, status: ReportStatus, changeAt: string) {
  if (!row.push_subscription_id) return;
  const payload = reportStatusPayload(languageOf(row.language), row.id, status);
  await enqueuePushJob(db, reportRef(row.push_subscription_id, row.id, `status-${changeAt}`), payload);
}

/** The mail of a status change, in the language the report was written in (all ten). */
export function statusMail(
  row: ReportRow,
  status: ReportStatus,
  note: string | null,
  appOrigin: string,
): Mail | null {
  if (!row.email) return null;
  const link = `${appOrigin}${reportPagePath(row.id)}`;
  const language = languageOf(row.language);
  return residentMail(row.email, language, (t) =>
    t.reportStatus(reportStatusName(language, status), note, link),
  );
}
