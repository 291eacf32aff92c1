// Rules of the console's inbox: a department sees and changes only its own reports (admins all),
// assigns them to its staff, sets a status with a public note (a rejection needs one), merges a
// duplicate into the kept report (supports add up), forwards to another department or the
// Stadtwerke, publishes or hides photos, marks the text reviewed (then it is public), and reads
// statistics. Every change is audited; status changes notify the reporter.
import { randomUUID } from "node:crypto";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import type { Department } from "../../../src/lib/contract/account-constants";
import {
  isOpenStatus,
  reportCategorySchema,
  reportDepartmentSchema,
  type ReportStats,
  reportStatusSchema,
  type StaffReport,
  type StaffReportListQuery,
  type StatusChange,
} from "../../../src/lib/contract/reports";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { hashToken, newToken } from "../../http/session";
import { recordAudit } from "../../platform/audit/store";
import { publishOwnReports } from "./feed";
import { enqueueStatusPush } from "./notify";
import {
  activeStaffOf,
  type ApiKeyRow,
  duplicatesOf,
  findApiKeyById,
  findReport,
  insertApiKey,
  insertSupport,
  listApiKeys,
  listReports,
  moveSupports,
  type PhotoMeta,
  photoFile,
  photosOf,
  type ReportRow,
  setPhotoPublished,
  staffAccount,
  staffNames,
  statisticsRows,
  updateApiKey,
  updateReport,
} from "./store";

/** The department whose reports the actor sees; undefined for admins (all). */
function scopeOf(actor: SignedInAccount): string | undefined {
  if (actor.role === "admin") return undefined;
  if (actor.role === "staff" && actor.department) return actor.department;
  throw new ProblemError(403, "forbidden", "Reports are handled by a department");
}

const staffPhotoUrls = (reportId: string, photoId: string) => ({
  id: photoId,
  small: `/api/staff/reports/${reportId}/photos/${photoId}/small.webp`,
  large: `/api/staff/reports/${reportId}/photos/${photoId}/large.webp`,
});

function staffReport(row: ReportRow, photos: readonly PhotoMeta[], names: Map<string, string>): StaffReport {
  return {
    id: row.id,
    category: reportCategorySchema.parse(row.category),
    department: reportDepartmentSchema.parse(row.department),
    lat: row.lat,
    lon: row.lon,
    address: row.address,
    status: reportStatusSchema.parse(row.status),
    publicNote: row.public_note,
    description: row.description,
    reviewed: row.reviewed === 1,
    email: row.email,
    hasAccount: row.account_id !== null,
    source: row.source,
    supportCount: row.support_count,
    photos: photos
      .filter((photo) => photo.report_id === row.id)
      .map((photo) => ({ ...staffPhotoUrls(row.id, photo.id), published: photo.published === 1 })),
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    duplicateOf: row.duplicate_of,
    reopenedAt: row.reopened_at,
    reopenReason: row.reopen_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function staffReports(db: Db, rows: ReportRow[]) {
  const photos = await photosOf(
    db,
    rows.map((row) => row.id),
  );
  const names = await staffNames(db, [...new Set(rows.flatMap((row) => row.assignee_id ?? []))]);
  return rows.map((row) => staffReport(row, photos, names));
}

/** The report when the actor's department has it (404 otherwise: other departments' reports are not theirs to know). */
async function visibleReport(db: Db, actor: SignedInAccount, id: string): Promise<ReportRow> {
  const scope = scopeOf(actor);
  const row = await findReport(db, id);
  if (!row || (scope && row.department !== scope)) throw new ProblemError(404, "not_found");
  return row;
}

export async function inbox(db: Db, actor: SignedInAccount, query: StaffReportListQuery) {
  const scope = scopeOf(actor);
  const assigneeId =
    query.assignee === "me" ? actor.id : query.assignee === "none" ? null : (query.assignee ?? undefined);
  const { rows, total } = await listReports(
    db,
    {
      department: scope ?? query.department,
      categories: query.category,
      statuses: query.status,
      bbox: query.bbox,
      assigneeId,
      withDuplicates: true,
    },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { reports: await staffReports(db, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function readStaffReport(db: Db, actor: SignedInAccount, id: string) {
  const row = await visibleReport(db, actor, id);
  await recordAudit(db, { actor, action: "reports.read", subjectId: id });
  return (await staffReports(db, [row]))[0]!;
}

async function changed(db: Db, id: string) {
  const row = await findReport(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  return (await staffReports(db, [row]))[0]!;
}

/**
 * Who the actor may assign reports of `department` to: the active staff (and admins) of that department.
 * Staff ask for their own department whatever they send, as in the inbox; admins for any, or all.
 */
export async function colleagues(db: Db, actor: SignedInAccount, department?: Department) {
  const rows = await activeStaffOf(db, scopeOf(actor) ?? department);
  return {
    colleagues: rows.map((row) => ({
      id: row.id,
      name: `${row.given_name} ${row.family_name}`,
      department: reportDepartmentSchema.parse(row.department),
    })),
  };
}

export async function assign(db: Db, actor: SignedInAccount, id: string, assigneeId: string | null) {
  return inTransaction(db, async (trx) => {
    const row = await visibleReport(trx, actor, id);
    if (assigneeId) {
      // The department's active staff; admins (who see every department) may take any report.
      const staff = await staffAccount(trx, assigneeId);
      const fits =
        staff &&
        staff.disabled_at === null &&
        (staff.role === "admin" || (staff.role === "staff" && staff.department === row.department));
      if (!fits) {
        throw new ProblemError(400, "validation_failed", undefined, [
          { path: "assigneeId", message: "not a staff member of the report's department" },
        ]);
      }
    }
    await updateReport(trx, id, { assignee_id: assigneeId, updated_at: new Date().toISOString() });
    await publishOwnReports(trx, [id]);
    await recordAudit(trx, { actor, action: "reports.assigned", subjectId: id, details: { assigneeId } });
    return changed(trx, id);
  });
}

/** Sets the status; the caller sends the mails (returned) after the commit. */
export async function setStatus(db: Db, actor: SignedInAccount, id: string, change: StatusChange) {
  return inTransaction(db, async (trx) => {
    const row = await visibleReport(trx, actor, id);
    if (row.duplicate_of)
      throw new ProblemError(409, "conflict", "A merged duplicate follows the kept report");
    const at = new Date().toISOString();
    const note = change.publicNote || null;
    await updateReport(trx, id, {
      status: change.status,
      public_note: note,
      status_changed_at: at,
      updated_at: at,
    });
    await publishOwnReports(trx, [id]);
    await recordAudit(trx, {
      actor,
      action: "reports.status-changed",
      subjectId: id,
      details: { from: row.status, to: change.status },
    });
    // The reporter and the reporters of merged duplicates hear of it.
    const reporters = [row, ...(await duplicatesOf(trx, id))];
    for (const reporter of reporters) await enqueueStatusPush(trx, reporter, change.status, at);
    return { report: await changed(trx, id), reporters, note };
  });
}

export async function merge(db: Db, actor: SignedInAccount, id: string, intoId: string) {
  return inTransaction(db, async (trx) => {
    if (id === intoId) throw new ProblemError(409, "conflict", "A report cannot be merged into itself");
    const duplicate = await visibleReport(trx, actor, id);
    const kept = await visibleReport(trx, actor, intoId);
    if (duplicate.duplicate_of) throw new ProblemError(409, "conflict", "Already merged");
    if (kept.duplicate_of)
      throw new ProblemError(409, "conflict", "Merge into the kept report, not a duplicate");
    // Supports add up: the duplicate's supporters (each once) and its reporter count for the kept one.
    await moveSupports(trx, id, intoId);
    await insertSupport(trx, intoId, hashToken(`report:${id}`), duplicate.created_at);
    const at = new Date().toISOString();
    await updateReport(trx, id, { duplicate_of: intoId, updated_at: at });
    // Duplicates merged into this one before now point to the kept report as well.
    const earlier = await duplicatesOf(trx, id);
    for (const { id: earlierId } of earlier) {
      await updateReport(trx, earlierId, { duplicate_of: intoId, updated_at: at });
    }
    await updateReport(trx, intoId, { updated_at: at });
    await publishOwnReports(trx, [id, intoId, ...earlier.map((row) => row.id)]);
    await recordAudit(trx, { actor, action: "reports.merged", subjectId: id, details: { into: intoId } });
    return changed(trx, id);
  });
}

export async function forward(db: Db, actor: SignedInAccount, id: string, department: Department) {
  return inTransaction(db, async (trx) => {
    const row = await visibleReport(trx, actor, id);
    await updateReport(trx, id, { department, assignee_id: null, updated_at: new Date().toISOString() });
    await publishOwnReports(trx, [id]);
    await recordAudit(trx, {
      actor,
      action: "reports.forwarded",
      subjectId: id,
      details: { from: row.department, to: department },
    });
    return changed(trx, id);
  });
}

export async function publishPhoto(
  db: Db,
  actor: SignedInAccount,
  id: string,
  photoId: string,
  published: boolean,
) {
  return inTransaction(db, async (trx) => {
    await visibleReport(trx, actor, id);
    if (!(await setPhotoPublished(trx, id, photoId, published))) throw new ProblemError(404, "not_found");
    await updateReport(trx, id, { updated_at: new Date().toISOString() });
    await publishOwnReports(trx, [id]);
    await recordAudit(trx, {
      actor,
      action: published ? "reports.photo-published" : "reports.photo-hidden",
      subjectId: id,
      details: { photoId },
    });
    return changed(trx, id);
  });
}

export async function review(db: Db, actor: SignedInAccount, id: string, reviewed: boolean) {
  return inTransaction(db, async (trx) => {
    await visibleReport(trx, actor, id);
    await updateReport(trx, id, { reviewed: reviewed ? 1 : 0, updated_at: new Date().toISOString() });
    await publishOwnReports(trx, [id]);
    await recordAudit(trx, { actor, action: "reports.reviewed", subjectId: id, details: { reviewed } });
    return changed(trx, id);
  });
}

export async function staffPhoto(
  db: Db,
  actor: SignedInAccount,
  id: string,
  photoId: string,
  variant: "small" | "large",
) {
  await visibleReport(db, actor, id);
  const found = await photoFile(db, id, photoId, variant);
  if (!found) throw new ProblemError(404, "not_found");
  return new Uint8Array(found.bytes);
}

/** Per month (Berlin time of creation) and category: created, done, still open. */
export async function statistics(
  db: Db,
  actor: SignedInAccount,
  department?: Department,
): Promise<ReportStats> {
  const scope = scopeOf(actor) ?? department;
  const counts = new Map<string, ReportStats["rows"][number]>();
  for (const row of await statisticsRows(db, scope)) {
    const month = berlinDate(new Date(row.created_at)).slice(0, 7);
    const category = reportCategorySchema.parse(row.category);
    const key = `${month} ${category}`;
    const entry = counts.get(key) ?? { month, category, created: 0, done: 0, open: 0 };
    const status = reportStatusSchema.parse(row.status);
    entry.created++;
    if (status === "done") entry.done++;
    if (isOpenStatus(status)) entry.open++;
    counts.set(key, entry);
  }
  const rows = [...counts.values()].sort((a, b) =>
    a.month === b.month ? a.category.localeCompare(b.category) : b.month.localeCompare(a.month),
  );
  return { rows };
}

// ---- Open311 API keys (admins) ----

const apiKeyOf = (row: ApiKeyRow) => ({
  id: row.id,
  client: row.client,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

export async function apiKeys(db: Db) {
  return { keys: (await listApiKeys(db)).map(apiKeyOf) };
}

export async function issueApiKey(db: Db, actor: SignedInAccount, client: string) {
  const secret = `o311_${newToken()}`;
  const row: ApiKeyRow = {
    id: randomUUID(),
    client,
    key_hash: hashToken(secret),
    created_by: actor.id,
    created_at: new Date().toISOString(),
    revoked_at: null,
    last_used_at: null,
  };
  await insertApiKey(db, row);
  await recordAudit(db, { actor, action: "reports.api-key-issued", subjectId: row.id, details: { client } });
  return { key: apiKeyOf(row), secret };
}

export async function revokeApiKey(db: Db, actor: SignedInAccount, id: string) {
  const row = await findApiKeyById(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  if (!row.revoked_at) await updateApiKey(db, id, { revoked_at: new Date().toISOString() });
  await recordAudit(db, {
    actor,
    action: "reports.api-key-revoked",
    subjectId: id,
    details: { client: row.client },
  });
}
