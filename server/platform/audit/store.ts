// Platform (server/platform/): shared by several features, owned by none.
// The audit log: who among staff read or changed whose personal data, when and why.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";

export type AuditAction =
  | "citizen.search"
  | "citizen.read"
  | "citizen.identity-confirmed"
  | "citizen.message-sent"
  | "staff.created"
  | "staff.updated"
  | "guide.service-updated"
  | "guide.office-updated"
  | "guide.life-situation-updated"
  | "appointments.day-read"
  | "appointments.checked-in"
  | "appointments.no-show"
  | "appointments.closure-created"
  | "appointments.closure-removed"
  | "application.viewed"
  | "application.file-viewed"
  | "application.claimed"
  | "application.question-asked"
  | "application.decided"
  | "application.exported"
  | "shops.claims-read"
  | "shops.claim-decided"
  | "shops.change-decided"
  | "business.consultations-read"
  | "business.consultation-done"
  | "chat.transcript-read"
  | "chat.blocked"
  | "chat.settings-updated"
  | "chat.case-answered"
  | "chat.canned-updated"
  | "chat.canned-deleted"
  | "chat.leads-updated"
  | "accessibility.feedback-read"
  | "translations.reports-read"
  | "translations.report-handled"
  | "translations.reviewed"
  | "translations.review-withdrawn"
  | "accessibility.feedback-answered"
  | "accessibility.sign-language-video-updated"
  | "reports.read"
  | "reports.assigned"
  | "reports.status-changed"
  | "reports.merged"
  | "reports.forwarded"
  | "reports.photo-published"
  | "reports.photo-hidden"
  | "reports.reviewed"
  | "reports.api-key-issued"
  | "reports.api-key-revoked"
  | "council.stream-attached"
  | "council.stream-updated"
  | "council.stream-removed"
  | "council.stream-item-marked"
  | "council.stream-span-skipped"
  | "council.stream-span-restored"
  | "council.event-created"
  | "council.event-updated"
  | "council.event-removed"
  | "council.question-moderated"
  | "council.meeting-created"
  | "council.meeting-updated"
  | "council.meeting-deleted";

export async function recordAudit(
  db: Db,
  entry: {
    actor: SignedInAccount;
    action: AuditAction;
    subjectId?: string | null;
    reason?: string | null;
    details?: unknown;
  },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: randomUUID(),
      at: new Date().toISOString(),
      actor_id: entry.actor.id,
      actor_name: `${entry.actor.givenName} ${entry.actor.familyName}`,
      action: entry.action,
      subject_id: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute();
}

/** The entries about one subject, oldest first (a citizen's export). */
export const listAuditAbout = (db: Db, subjectId: string) =>
  db
    .selectFrom("audit_log")
    .selectAll()
    .where("subject_id", "=", subjectId)
    .orderBy("at")
    .orderBy("id")
    .execute();

/** The newest entries, optionally about one subject or by one actor. */
export function listAuditEntries(db: Db, filter: { subject?: string; actor?: string; limit: number }) {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit);
  if (filter.subject) query = query.where("subject_id", "=", filter.subject);
  if (filter.actor) query = query.where("actor_id", "=", filter.actor);
  return query.execute();
}
