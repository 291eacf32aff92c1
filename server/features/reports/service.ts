// Rules of defect reports on the residents' side: a new report goes to its category's department,
// open reports of the same category within 50 m are offered for "+1" instead, a supporter counts
// once, only its reporter (account or the creator's secret) adds photos or reopens a done report
// within 14 days, and devices that follow an area get a push for each new report inside it.
// Public shapes never carry the email, the account or unreviewed text and photos.
import { randomUUID } from "node:crypto";
import { isUiLanguage, type UiLanguage } from "../../../src/lib/contract/languages";
import {
  CATEGORY_DEPARTMENTS,
  type Follow,
  type FollowArea,
  FOLLOW_RADIUS_MAX_M,
  isOpenStatus,
  type MyReport,
  NEARBY_RADIUS_M,
  type NewReport,
  OPEN_STATUSES,
  REOPEN_DAYS,
  REPORT_MAX_PHOTOS,
  type PublicReport,
  type ReportCategory,
  reportCategorySchema,
  type ReportListQuery,
  reportStatusSchema,
} from "../../../src/lib/contract/reports";
import { z } from "../../../src/lib/contract/zod";
import { type Db, inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { boxAround, distanceM } from "../../lib/geo";
import { spendSolution } from "../../http/proof-of-work";
import { hashToken, newToken } from "../../http/session";
import { enqueuePushJob } from "../push/jobs";
import { newReportNearbyPayload, reportRef } from "../push/reports-payload";
import { ownedSubscription } from "../push/service";
import type { ProcessedPhoto } from "../shops/photos";
import { publishOwnReports } from "./feed";
import {
  deleteFollow,
  findReport,
  followsInBox,
  followsOf,
  insertFollow,
  insertPhoto,
  insertReport,
  insertSupport,
  listReports,
  openReportsInBox,
  photoCount,
  type ReportRow,
  reportsOfAccount,
  updateReport,
} from "./store";
import { ownReports, publicReport, publicReports, reopenUntil } from "./views";

// ---- Creating ----

export type ReportOrigin = {
  accountId: string | null;
  /** "app", "open311" or "open311:<key id>". */
  source: string;
};

export type CreateInput = Omit<NewReport, "push"> & { pushSubscriptionId?: string | null };

/** Stores a report for its category's department and tells the devices that follow the place. */
export async function storeReport(
  db: Db,
  input: CreateInput,
  origin: ReportOrigin,
  now: Date,
  sample = false,
): Promise<{ row: ReportRow; secret: string }> {
  const secret = newToken();
  const at = now.toISOString();
  const row: ReportRow = {
    id: randomUUID(),
    category: input.category,
    department: CATEGORY_DEPARTMENTS[input.category],
    lat: input.lat,
    lon: input.lon,
    address: input.address ?? null,
    description: input.description,
    reviewed: 0,
    email: input.email ?? null,
    account_id: origin.accountId,
    secret_hash: hashToken(secret),
    push_subscription_id: input.pushSubscriptionId ?? null,
    language: input.language,
    source: origin.source,
    status: "received",
    public_note: null,
    status_changed_at: at,
    support_count: 0,
    assignee_id: null,
    duplicate_of: null,
    reopened_at: null,
    reopen_reason: null,
    sample: sample ? 1 : 0,
    created_at: at,
    updated_at: at,
  };
  await insertReport(db, row);
  if (row.account_id) await publishOwnReports(db, [row.id]);
  await notifyFollowers(db, row);
  return { row, secret };
}

/** POST /api/reports: anonymous writes pay with a solved proof of work (spent in the transaction). */
export async function createReport(
  db: Db,
  input: NewReport,
  accountId: string | null,
  proof: string | undefined,
  now: Date,
) {
  if (!accountId) await spendSolution(db, proof);
  const { push, ...rest } = input;
  if (push) await ownedSubscription(db, push.subscriptionId, push.manageToken);
  const { row, secret } = await storeReport(
    db,
    { ...rest, pushSubscriptionId: push?.subscriptionId ?? null },
    { accountId, source: "app" },
    now,
  );
  return { report: publicReport(row, []), secret };
}

async function notifyFollowers(db: Db, row: ReportRow) {
  const candidates = await followsInBox(db, boxAround(row.lat, row.lon, FOLLOW_RADIUS_MAX_M));
  for (const follow of candidates) {
    if (follow.subscription_id === row.push_subscription_id) continue;
    if (distanceM(follow, row) > follow.radius_m) continue;
    const categories = categoriesOf(follow.categories);
    if (categories.length && !categories.includes(reportCategorySchema.parse(row.category))) continue;
    const payload = newReportNearbyPayload(languageOf(follow.language), row.id);
    await enqueuePushJob(db, reportRef(follow.subscription_id, row.id, "new"), payload);
  }
}

const categoriesSchema = z.array(reportCategorySchema);
const categoriesOf = (text: string): ReportCategory[] => categoriesSchema.parse(JSON.parse(text));
export const languageOf = (value: string): UiLanguage => (isUiLanguage(value) ? value : "de");

// ---- Reading ----

export async function findPublicReport(db: Db, id: string): Promise<PublicReport> {
  const row = await findReport(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  return (await publicReports(db, [row]))[0]!;
}

export async function listPublic(db: Db, query: ReportListQuery) {
  const { rows, total } = await listReports(
    db,
    { bbox: query.bbox, categories: query.category, statuses: query.status },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { reports: await publicReports(db, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Open reports of the category within NEARBY_RADIUS_M, nearest first. */
export async function nearbyReports(db: Db, category: ReportCategory, lat: number, lon: number) {
  const rows = await openReportsInBox(db, category, boxAround(lat, lon, NEARBY_RADIUS_M), OPEN_STATUSES);
  const near = rows
    .map((row) => ({ row, distance: distanceM({ lat, lon }, row) }))
    .filter(({ distance }) => distance <= NEARBY_RADIUS_M)
    .sort((a, b) => a.distance - b.distance);
  const reports = await publicReports(
    db,
    near.map(({ row }) => row),
  );
  return { reports: reports.map((report, i) => ({ ...report, distanceM: Math.round(near[i]!.distance) })) };
}

export async function myReports(db: Db, accountId: string): Promise<MyReport[]> {
  return ownReports(db, await reportsOfAccount(db, accountId));
}

// ---- The reporter's own changes ----

/** The report, when the caller is its reporter: its account, or the creator's secret. */
async function ownReport(db: Db, id: string, accountId: string | null, secret: string | undefined) {
  const row = await findReport(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  const byAccount = accountId !== null && row.account_id === accountId;
  const bySecret = !!secret && hashToken(secret) === row.secret_hash;
  if (!byAccount && !bySecret) throw new ProblemError(403, "forbidden", "Only the reporter may do this");
  return row;
}

export async function addPhoto(
  db: Db,
  id: string,
  accountId: string | null,
  secret: string | undefined,
  photo: ProcessedPhoto,
  now: Date,
) {
  const row = await ownReport(db, id, accountId, secret);
  if ((await photoCount(db, id)) >= REPORT_MAX_PHOTOS) {
    throw new ProblemError(409, "conflict", `At most ${REPORT_MAX_PHOTOS} photos per report`);
  }
  await inTransaction(db, async (trx) => {
    await insertPhoto(trx, {
      id: photo.id,
      report_id: id,
      published: 0,
      width: photo.width,
      height: photo.height,
      small: photo.small,
      large: photo.large,
      created_at: now.toISOString(),
    });
    await updateReport(trx, id, { updated_at: now.toISOString() });
    await publishOwnReports(trx, [id]);
  });
  // Not public until staff publish it: the answer shows the report as anyone sees it.
  return findPublicReport(db, row.id);
}

export async function reopenReport(
  db: Db,
  id: string,
  accountId: string | null,
  secret: string | undefined,
  reason: string,
  now: Date,
) {
  const row = await ownReport(db, id, accountId, secret);
  const until = reopenUntil(row);
  if (!until || now.toISOString() > until) {
    throw new ProblemError(409, "conflict", `Only a done report, within ${REOPEN_DAYS} days`);
  }
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    await updateReport(trx, id, {
      status: "received",
      public_note: null,
      status_changed_at: at,
      reopened_at: at,
      reopen_reason: reason,
      updated_at: at,
    });
    await publishOwnReports(trx, [id]);
  });
  return findPublicReport(db, id);
}

/** "+1": counted once per supporter; a merged duplicate's support goes to the kept report. */
export async function supportReport(
  db: Db,
  id: string,
  accountId: string | null,
  deviceId: string,
  now: Date,
): Promise<PublicReport> {
  let row = await findReport(db, id);
  if (row?.duplicate_of) row = await findReport(db, row.duplicate_of);
  if (!row) throw new ProblemError(404, "not_found");
  if (!isOpenStatus(reportStatusSchema.parse(row.status))) {
    throw new ProblemError(409, "conflict", "Only open reports can be supported");
  }
  const supporter = hashToken(accountId ? `account:${accountId}` : `device:${deviceId}`);
  const keptId = row.id;
  await inTransaction(db, async (trx) => {
    if (await insertSupport(trx, keptId, supporter, now.toISOString()))
      await publishOwnReports(trx, [keptId]);
  });
  return findPublicReport(db, row.id);
}

// ---- Followed areas ----

const followOf = (row: {
  id: string;
  lat: number;
  lon: number;
  radius_m: number;
  categories: string;
}): Follow => ({
  id: row.id,
  lat: row.lat,
  lon: row.lon,
  radiusM: row.radius_m,
  categories: categoriesOf(row.categories),
});

export async function followArea(db: Db, input: FollowArea, now: Date): Promise<Follow> {
  await ownedSubscription(db, input.push.subscriptionId, input.push.manageToken);
  if ((await followsOf(db, input.push.subscriptionId)).length >= 10) {
    throw new ProblemError(409, "conflict", "At most 10 areas per device");
  }
  const row = {
    id: randomUUID(),
    subscription_id: input.push.subscriptionId,
    lat: input.lat,
    lon: input.lon,
    radius_m: input.radiusM,
    categories: JSON.stringify(input.categories),
    language: input.language,
    created_at: now.toISOString(),
  };
  await insertFollow(db, row);
  return followOf(row);
}

export async function listFollows(db: Db, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  return { follows: (await followsOf(db, subscriptionId)).map(followOf) };
}

export async function unfollow(db: Db, subscriptionId: string, token: string, id: string) {
  await ownedSubscription(db, subscriptionId, token);
  if (!(await deleteFollow(db, subscriptionId, id))) throw new ProblemError(404, "not_found");
}
