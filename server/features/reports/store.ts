// SQL of defect reports: the reports, their photos, supports ("+1"), followed areas and the Open311
// API keys. Rows go out as stored; service.ts turns them into the contract's public or staff shape.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database";
import type {
  DefectReportFollowTable,
  DefectReportPhotoTable,
  DefectReportTable,
  Open311ApiKeyTable,
} from "../../db/schema";

export type ReportRow = Selectable<DefectReportTable>;
export type PhotoMeta = Pick<Selectable<DefectReportPhotoTable>, "id" | "report_id" | "published">;
export type FollowRow = Selectable<DefectReportFollowTable>;
export type ApiKeyRow = Selectable<Open311ApiKeyTable>;

/** Which reports a list shows; every field narrows. */
export type ReportFilter = {
  bbox?: readonly [number, number, number, number];
  categories?: readonly string[];
  statuses?: readonly string[];
  department?: string;
  /** null: unassigned. */
  assigneeId?: string | null;
  ids?: readonly string[];
  createdFrom?: string;
  createdTo?: string;
  /** Merged duplicates are left out unless asked for. */
  withDuplicates?: boolean;
};

const count = (value: unknown) => Number(value ?? 0);

function filtered(db: Db, filter: ReportFilter) {
  let query = db.selectFrom("defect_reports");
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    query = query
      .where("lat", ">=", south)
      .where("lat", "<=", north)
      .where("lon", ">=", west)
      .where("lon", "<=", east);
  }
  if (filter.categories?.length) query = query.where("category", "in", filter.categories);
  if (filter.statuses?.length) query = query.where("status", "in", filter.statuses);
  if (filter.department) query = query.where("department", "=", filter.department);
  if (filter.assigneeId === null) query = query.where("assignee_id", "is", null);
  else if (filter.assigneeId) query = query.where("assignee_id", "=", filter.assigneeId);
  if (filter.ids) query = query.where("id", "in", filter.ids.length ? filter.ids : [""]);
  if (filter.createdFrom) query = query.where("created_at", ">=", filter.createdFrom);
  if (filter.createdTo) query = query.where("created_at", "<=", filter.createdTo);
  if (!filter.withDuplicates) query = query.where("duplicate_of", "is", null);
  return query;
}

export async function listReports(
  db: Db,
  filter: ReportFilter,
  paging: { limit: number; offset: number },
): Promise<{ rows: ReportRow[]; total: number }> {
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const total = await filtered(db, filter)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return { rows, total: count(total?.n) };
}

export function insertReport(db: Db, row: Insertable<DefectReportTable>) {
  return db.insertInto("defect_reports").values(row).execute();
}

export function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom("defect_reports").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function updateReport(db: Db, id: string, change: Updateable<DefectReportTable>) {
  await db.updateTable("defect_reports").set(change).where("id", "=", id).execute();
}

export function reportsOfAccount(db: Db, accountId: string): Promise<ReportRow[]> {
  return db
    .selectFrom("defect_reports")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .limit(500)
    .execute();
}

export function reportsByIds(db: Db, ids: readonly string[]): Promise<ReportRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("defect_reports").selectAll().where("id", "in", ids).execute();
}

/** Reports sent with an account, by id after `afterId`: the personal feeds' one-time backfill pages through them. */
export function accountReportsAfter(db: Db, afterId: string, limit: number): Promise<ReportRow[]> {
  return db
    .selectFrom("defect_reports")
    .selectAll()
    .where("account_id", "is not", null)
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Open reports of a category inside a box (the caller measures the real distance). */
export function openReportsInBox(
  db: Db,
  category: string,
  box: readonly [number, number, number, number],
  openStatuses: readonly string[],
): Promise<ReportRow[]> {
  return filtered(db, { bbox: box, categories: [category], statuses: openStatuses })
    .selectAll()
    .execute();
}

/** Per report, status and category with its creation time: the statistics count them. */
export function statisticsRows(db: Db, department: string | undefined) {
  let query = db
    .selectFrom("defect_reports")
    .select(["category", "status", "created_at"])
    .where("duplicate_of", "is", null);
  if (department) query = query.where("department", "=", department);
  return query.execute();
}

// ---- Photos ----

export function insertPhoto(db: Db, row: Insertable<DefectReportPhotoTable>) {
  return db.insertInto("defect_report_photos").values(row).execute();
}

export async function photoCount(db: Db, reportId: string): Promise<number> {
  const row = await db
    .selectFrom("defect_report_photos")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("report_id", "=", reportId)
    .executeTakeFirst();
  return count(row?.n);
}

export function photosOf(db: Db, reportIds: readonly string[]): Promise<PhotoMeta[]> {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("defect_report_photos")
    .select(["id", "report_id", "published"])
    .where("report_id", "in", reportIds)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function photoFile(db: Db, reportId: string, photoId: string, variant: "small" | "large") {
  return db
    .selectFrom("defect_report_photos")
    .select(["published", variant === "small" ? "small as bytes" : "large as bytes"])
    .where("report_id", "=", reportId)
    .where("id", "=", photoId)
    .executeTakeFirst();
}

export async function setPhotoPublished(db: Db, reportId: string, photoId: string, published: boolean) {
  const result = await db
    .updateTable("defect_report_photos")
    .set({ published: published ? 1 : 0 })
    .where("report_id", "=", reportId)
    .where("id", "=", photoId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ---- Supports ----

/** True when this supporter had not supported the report before. */
export async function insertSupport(db: Db, reportId: string, supporter: string, at: string) {
  const result = await db
    .insertInto("defect_report_supports")
    .values({ report_id: reportId, supporter, created_at: at })
    .onConflict((oc) => oc.columns(["report_id", "supporter"]).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await db
    .updateTable("defect_reports")
    .set((eb) => ({ support_count: eb("support_count", "+", 1) }))
    .where("id", "=", reportId)
    .execute();
  return true;
}

/** A merged duplicate's supporters move to the kept report (one each); returns how many were new. */
export async function moveSupports(db: Db, fromId: string, intoId: string): Promise<number> {
  const supporters = await db
    .selectFrom("defect_report_supports")
    .select(["supporter", "created_at"])
    .where("report_id", "=", fromId)
    .execute();
  let added = 0;
  for (const { supporter, created_at } of supporters) {
    if (await insertSupport(db, intoId, supporter, created_at)) added++;
  }
  return added;
}

// ---- Followed areas ----

export function insertFollow(db: Db, row: Insertable<DefectReportFollowTable>) {
  return db.insertInto("defect_report_follows").values(row).execute();
}

export function followsOf(db: Db, subscriptionId: string): Promise<FollowRow[]> {
  return db
    .selectFrom("defect_report_follows")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .orderBy("created_at")
    .execute();
}

export async function deleteFollow(db: Db, subscriptionId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("defect_report_follows")
    .where("id", "=", id)
    .where("subscription_id", "=", subscriptionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Follows whose centre lies within `box` (the largest radius around a point); the caller measures. */
export function followsInBox(db: Db, box: readonly [number, number, number, number]): Promise<FollowRow[]> {
  const [west, south, east, north] = box;
  return db
    .selectFrom("defect_report_follows")
    .selectAll()
    .where("lat", ">=", south)
    .where("lat", "<=", north)
    .where("lon", ">=", west)
    .where("lon", "<=", east)
    .execute();
}

// ---- Staff names ----

export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("accounts")
    .select(["id", "given_name", "family_name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [row.id, `${row.given_name} ${row.family_name}`]));
}

export function staffAccount(db: Db, id: string) {
  return db
    .selectFrom("accounts")
    .select(["id", "role", "department", "disabled_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Staff and admins working for the department (any department when undefined) whose accounts are not disabled. */
export function activeStaffOf(db: Db, department: string | undefined) {
  let query = db
    .selectFrom("accounts")
    .select(["id", "given_name", "family_name", "department"])
    .where("role", "in", ["staff", "admin"])
    .where("disabled_at", "is", null);
  query =
    department === undefined
      ? query.where("department", "is not", null)
      : query.where("department", "=", department);
  return query.orderBy("family_name").orderBy("given_name").orderBy("id").execute();
}

// ---- Open311 API keys ----

export function insertApiKey(db: Db, row: Insertable<Open311ApiKeyTable>) {
  return db.insertInto("open311_api_keys").values(row).execute();
}

export function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  return db.selectFrom("open311_api_keys").selectAll().orderBy("created_at").execute();
}

export function findApiKeyById(db: Db, id: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom("open311_api_keys").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findActiveApiKey(db: Db, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom("open311_api_keys")
    .selectAll()
    .where("key_hash", "=", keyHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
}

export async function updateApiKey(db: Db, id: string, change: Updateable<Open311ApiKeyTable>) {
  await db.updateTable("open311_api_keys").set(change).where("id", "=", id).execute();
}

/** Reports merged into `id`: their reporters hear of its status changes too. */
export function duplicatesOf(db: Db, id: string): Promise<ReportRow[]> {
  return db.selectFrom("defect_reports").selectAll().where("duplicate_of", "=", id).execute();
}

export function photosWithState(db: Db, reportId: string) {
  return db
    .selectFrom("defect_report_photos")
    .select(["id", "report_id", "published"])
    .where("report_id", "=", reportId)
    .execute();
}
