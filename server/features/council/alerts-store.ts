// SQL of council alerts: followed committees, keywords and areas per device, what each device was
// sent, the weekly mail's matches, and which items existed before an import run.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db/database";
import type { CouncilFollowTable } from "./tables";

export type CouncilFollowRow = Selectable<CouncilFollowTable>;

export function insertCouncilFollow(db: Db, row: Insertable<CouncilFollowTable>) {
  return db.insertInto("council_follows").values(row).execute();
}

export function councilFollowsOf(db: Db, subscriptionId: string): Promise<CouncilFollowRow[]> {
  return db
    .selectFrom("council_follows")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function allCouncilFollows(db: Db): Promise<CouncilFollowRow[]> {
  return db.selectFrom("council_follows").selectAll().orderBy("created_at").orderBy("id").execute();
}

/** The weekly mail switched on (with the account) or off for an existing follow. */
export function setCouncilFollowMail(db: Db, id: string, accountId: string | null) {
  return db
    .updateTable("council_follows")
    .set({ account_id: accountId, weekly_mail: accountId ? 1 : 0 })
    .where("id", "=", id)
    .execute();
}

export async function deleteCouncilFollow(db: Db, subscriptionId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("council_follows")
    .where("id", "=", id)
    .where("subscription_id", "=", subscriptionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Records that the item went to the device; false when it had been sent before. */
export async function markAlertSent(db: Db, subscriptionId: string, itemKey: string, at: string) {
  const result = await db
    .insertInto("council_alerts_sent")
    .values({ subscription_id: subscriptionId, item_key: itemKey, sent_at: at })
    .onConflict((oc) => oc.columns(["subscription_id", "item_key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function insertAlertMatch(
  db: Db,
  row: {
    account_id: string;
    item_key: string;
    kind: string;
    title: string;
    path: string;
    matched_at: string;
  },
) {
  return db
    .insertInto("council_alert_matches")
    .values({ ...row, mailed_at: null })
    .onConflict((oc) => oc.columns(["account_id", "item_key"]).doNothing())
    .execute();
}

/** Matches not mailed yet, with the account's address and language, oldest first per account. */
export function unmailedMatches(db: Db) {
  return db
    .selectFrom("council_alert_matches as m")
    .innerJoin("accounts as a", "a.id", "m.account_id")
    .select([
      "m.account_id",
      "m.item_key",
      "m.kind",
      "m.title",
      "m.path",
      "m.matched_at",
      "a.email",
      "a.language",
    ])
    .where("m.mailed_at", "is", null)
    .orderBy("m.account_id")
    .orderBy("m.matched_at")
    .execute();
}

export function markMatchesMailed(db: Db, accountId: string, at: string) {
  return db
    .updateTable("council_alert_matches")
    .set({ mailed_at: at })
    .where("account_id", "=", accountId)
    .where("mailed_at", "is", null)
    .execute();
}

export async function weekMailed(db: Db, week: string): Promise<boolean> {
  const row = await db
    .selectFrom("council_alert_weeks")
    .select("week")
    .where("week", "=", week)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markWeekMailed(db: Db, week: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto("council_alert_weeks")
    .values({ week, mailed_at: at })
    .onConflict((oc) => oc.column("week").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const CHUNK = 500;
const chunks = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** Of these meetings, those stored already, with how many agenda items each has. */
export async function storedMeetingAgendas(db: Db, ids: string[]): Promise<Map<string, number>> {
  const known = new Map<string, number>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom("council_meetings").select("id").where("id", "in", part).execute();
    for (const row of rows) known.set(row.id, 0);
    const counts = await db
      .selectFrom("council_agenda_items")
      .select(["meeting_id", (eb) => eb.fn.countAll<number | string>().as("count")])
      .where("meeting_id", "in", part)
      .groupBy("meeting_id")
      .execute();
    for (const row of counts) known.set(row.meeting_id, Number(row.count));
  }
  return known;
}

/** Of these papers, those stored already. */
export async function storedPaperIds(db: Db, ids: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom("council_papers").select("id").where("id", "in", part).execute();
    for (const row of rows) known.add(row.id);
  }
  return known;
}

/** The committees (OParl ids) of stored meetings: a consultation without its own names its meeting's. */
export async function meetingOrganizations(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom("council_meetings")
      .select(["id", "data"])
      .where("id", "in", part)
      .execute();
    for (const row of rows) {
      const data: unknown = JSON.parse(row.data);
      const ids =
        typeof data === "object" && data !== null ? Reflect.get(data, "organizationIds") : undefined;
      found.set(row.id, Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : []);
    }
  }
  return found;
}
