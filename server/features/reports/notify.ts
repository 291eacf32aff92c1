// A report's reporter hears of each status change: by push on the device named at creation (in the
// language chosen there), and by mail when an address was given. Reporters of duplicates merged
// into the report hear it too. Neither names the description: a lock screen or a shared mailbox
// may be seen by others; the public note is staff's text meant for the public anyway.
import { reportPagePath, type ReportStatus } from "../../../src/lib/contract/reports";
import type { Db } from "../../db/database";
import type { Mail } from "../../mail/mailer";
import { SIGNATURE } from "../../mail/templates";
import { enqueuePushJob } from "../push/jobs";
import { reportRef, reportStatusPayload } from "../push/reports-payload";
import { languageOf } from "./service";
import type { ReportRow } from "./store";

const STATUS_DE: Record<ReportStatus, string> = {
  received: "eingegangen",
  in_progress: "in Bearbeitung",
  done: "erledigt",
  not_responsible: "nicht zuständig",
  rejected: "abgelehnt",
};
const STATUS_EN: Record<ReportStatus, string> = {
  received: "received",
  in_progress: "in progress",
  done: "done",
  not_responsible: "not our responsibility",
  rejected: "rejected",
};

/** Written in the status change's transaction: one push per device and change (the ref is unique). */
export async function enqueueStatusPush(db: Db, row: ReportRow, status: ReportStatus, changeAt: string) {
  if (!row.push_subscription_id) return;
  const payload = reportStatusPayload(languageOf(row.language), row.id, status);
  await enqueuePushJob(db, reportRef(row.push_subscription_id, row.id, `status-${changeAt}`), payload);
}

/** The mail of a status change, in German unless the report was written in English. */
export function statusMail(
  row: ReportRow,
  status: ReportStatus,
  note: string | null,
  appOrigin: string,
): Mail | null {
  if (!row.email) return null;
  const link = `${appOrigin}${reportPagePath(row.id)}`;
  if (row.language === "en") {
    return {
      to: row.email,
      subject: `Your defect report: ${STATUS_EN[status]}`,
      text: `Hello,\n\nyour report to the City of Delmenhorst now has the status "${STATUS_EN[status]}".${note ? `\n\nNote: ${note}` : ""}\n\nSee the report: ${link}${SIGNATURE.en}`,
    };
  }
  return {
    to: row.email,
    subject: `Ihre Meldung: ${STATUS_DE[status]}`,
    text: `Guten Tag,\n\nIhre Meldung an die Stadt Delmenhorst hat jetzt den Stand „${STATUS_DE[status]}“.${note ? `\n\nHinweis: ${note}` : ""}\n\nZur Meldung: ${link}${SIGNATURE.de}`,
  };
}
