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
import { findAccount, profileOf } from "./store";

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

  const documentFiles = await db
    .selectFrom("files")
    .selectAll()
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const postbox = await listPostbox(db, accountId);
  const attachmentFiles = await db
    .selectFrom("files")
    .innerJoin("postbox_messages", "postbox_messages.id", "files.message_id")
    .select(["files.id", "files.message_id", "files.name", "files.content"])
    .where("postbox_messages.account_id", "=", accountId)
    .where("files.kind", "=", "attachment")
    .orderBy("files.created_at")
    .orderBy("files.id")
    .execute();
  const passkeys = await db
    .selectFrom("passkeys")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("account_id", "=", accountId)
    .orderBy("created_at")
    .execute();
  const sessions = await db
    .selectFrom("sessions")
    .select(["created_at", "last_seen_at", "user_agent"])
    .where("account_id", "=", accountId)
    .orderBy("created_at")
    .execute();
  const appointments = await db
    .selectFrom("appointments")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("starts_at")
    .execute();
  const audit = await db
    .selectFrom("audit_log")
    .selectAll()
    .where("subject_id", "=", accountId)
    .orderBy("at")
    .orderBy("id")
    .execute();

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
