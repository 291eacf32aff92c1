// "Download my data" (GDPR Art. 15 and 20): one ZIP with konto.json (profile, postbox, appointments,
// sessions ...), every document and every postbox attachment. The audit entries about the account are included: Art. 15(1)(c) gives the
// citizen the right to know who received (here: looked at) their data.
import { strToU8, zipSync, type Zippable } from "fflate";
import type { AuditEntry } from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { AuditLogTable } from "../../db/schema";
import { listOwnApplications } from "../applications/store";
import { toStaffAppointment } from "../appointments/views";
import { documentOf } from "./documents";
import { listPostbox } from "./postbox";
import { listAuditAbout } from "../../platform/audit/store";
import { listPasskeys } from "../auth/store";
import { listDocumentFiles } from "./document-store";
import { listAttachmentFilesOf } from "./postbox-store";
import { listSessionsOf } from "../../platform/sessions/store";
import { findAccount, listAppointmentRowsOf, profileOf } from "./store";

export const EXPORT_FILE_NAME = "delmenhorst-konto-export.zip";

export const auditEntryOf = (row: AuditLogTable): AuditEntry => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  subjectId: row.subject_id,
  reason: row.reason,
  details: row.details,
});

export async function buildExport(db: Db, accountId: string): Promise<Uint8Array<ArrayBuffer>> {
  const account = await findAccount(db, accountId);
  if (!account) throw new Error(`Account ${accountId} vanished during the export`);

  const documentFiles = await listDocumentFiles(db, accountId);
  const postbox = await listPostbox(db, accountId);
  const attachmentFiles = await listAttachmentFilesOf(db, accountId);
  const passkeys = await listPasskeys(db, accountId);
  const sessions = await listSessionsOf(db, accountId);
  const appointments = await listAppointmentRowsOf(db, accountId);
  const audit = await listAuditAbout(db, accountId);

  const summary = {
    exportedAt: new Date().toISOString(),
    profile: profileOf(account),
    account: {
      role: account.role,
      department: account.department,
      language: account.language,
      createdAt: account.created_at,
      emailVerifiedAt: account.email_verified_at,
      identityProvider: account.identity_provider,
    },
    documents: documentFiles.map(documentOf),
    postbox,
    passkeys: passkeys.map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.created_at,
      lastUsedAt: p.last_used_at,
    })),
    sessions: sessions.map((s) => ({
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      userAgent: s.user_agent,
    })),
    appointments: appointments.map(toStaffAppointment),
    applications: await listOwnApplications(db, accountId),
    auditLog: audit.map(auditEntryOf),
  };

  const zip: Zippable = { "konto.json": strToU8(JSON.stringify(summary, null, 2)) };
  const used = new Set<string>();
  for (const file of documentFiles) {
    zip[uniquePath(used, "dokumente", file.name)] = new Uint8Array(file.content);
  }
  for (const file of attachmentFiles) {
    zip[uniquePath(used, `postfach/${file.message_id ?? "ohne-nachricht"}`, file.name)] = new Uint8Array(
      file.content,
    );
  }
  // A copy typed as backed by a plain ArrayBuffer, which Response bodies require.
  return new Uint8Array(zipSync(zip));
}

/** Two documents may share a name; the second becomes "name (2).pdf" instead of overwriting the first. */
function uniquePath(used: Set<string>, folder: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : "";
  let path = `${folder}/${name}`;
  for (let n = 2; used.has(path); n++) path = `${folder}/${stem} (${n})${ext}`;
  used.add(path);
  return path;
}
