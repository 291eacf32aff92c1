// The only SQL of the streams and info events (migration 0025).
import type { Db } from "../../db/database";
import type {
  CouncilEventQuestionTable,
  CouncilInfoEventTable,
  CouncilStreamChapterTable,
  CouncilStreamSkipTable,
  CouncilStreamTable,
} from "./tables";

// ---- Info events ----

export const listInfoEvents = (db: Db) =>
  db.selectFrom("council_info_events").selectAll().orderBy("starts_at").orderBy("id").execute();

export const findInfoEvent = (db: Db, id: string) =>
  db.selectFrom("council_info_events").selectAll().where("id", "=", id).executeTakeFirst();

export async function upsertInfoEvent(db: Db, row: CouncilInfoEventTable): Promise<void> {
  const { id, created_at: _, ...changes } = row;
  const updated = await db
    .updateTable("council_info_events")
    .set(changes)
    .where("id", "=", id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await db.insertInto("council_info_events").values(row).execute();
}

export const deleteInfoEvent = async (db: Db, id: string) =>
  Number((await db.deleteFrom("council_info_events").where("id", "=", id).executeTakeFirst()).numDeletedRows);

// ---- Streams ----

export const listStreams = (db: Db) =>
  db.selectFrom("council_streams").selectAll().orderBy("starts_at").orderBy("id").execute();

export const findStream = (db: Db, id: string) =>
  db.selectFrom("council_streams").selectAll().where("id", "=", id).executeTakeFirst();

export const findStreamOf = (db: Db, target: { kind: "meeting" | "event"; id: string }) =>
  db
    .selectFrom("council_streams")
    .selectAll()
    .where(target.kind === "meeting" ? "meeting_id" : "event_id", "=", target.id)
    .executeTakeFirst();

export const insertStream = (db: Db, row: CouncilStreamTable) =>
  db.insertInto("council_streams").values(row).execute();

export const updateStream = (db: Db, id: string, changes: Partial<Omit<CouncilStreamTable, "id">>) =>
  db.updateTable("council_streams").set(changes).where("id", "=", id).execute();

export const setEventStreamsStart = (db: Db, eventId: string, startsAt: string) =>
  db.updateTable("council_streams").set({ starts_at: startsAt }).where("event_id", "=", eventId).execute();

export const deleteStream = async (db: Db, id: string) =>
  Number((await db.deleteFrom("council_streams").where("id", "=", id).executeTakeFirst()).numDeletedRows);

export const listChapters = (db: Db, streamId: string) =>
  db
    .selectFrom("council_stream_chapters")
    .selectAll()
    .where("stream_id", "=", streamId)
    .orderBy("seconds")
    .orderBy("at")
    .execute();

export const insertChapter = (db: Db, row: CouncilStreamChapterTable) =>
  db.insertInto("council_stream_chapters").values(row).execute();

export const listSkips = (db: Db, streamId: string) =>
  db
    .selectFrom("council_stream_skips")
    .selectAll()
    .where("stream_id", "=", streamId)
    .orderBy("from_seconds")
    .execute();

export const insertSkip = (db: Db, row: CouncilStreamSkipTable) =>
  db.insertInto("council_stream_skips").values(row).execute();

export const deleteSkip = async (db: Db, streamId: string, id: string) =>
  Number(
    (
      await db
        .deleteFrom("council_stream_skips")
        .where("stream_id", "=", streamId)
        .where("id", "=", id)
        .executeTakeFirst()
    ).numDeletedRows,
  );

// ---- Questions ----

export const insertQuestion = (db: Db, row: CouncilEventQuestionTable) =>
  db.insertInto("council_event_questions").values(row).execute();

export const listQuestions = (db: Db, eventId: string, status?: string) => {
  let query = db.selectFrom("council_event_questions").selectAll().where("event_id", "=", eventId);
  if (status) query = query.where("status", "=", status);
  return query.orderBy("created_at").orderBy("id").execute();
};

export const findQuestion = (db: Db, id: string) =>
  db.selectFrom("council_event_questions").selectAll().where("id", "=", id).executeTakeFirst();

export const setQuestionStatus = (db: Db, id: string, status: string, at: string) =>
  db.updateTable("council_event_questions").set({ status, moderated_at: at }).where("id", "=", id).execute();

// ---- Reminders ----

export async function saveStreamReminder(
  db: Db,
  row: { stream_id: string; subscription_id: string; language: string; created_at: string },
): Promise<void> {
  await db
    .insertInto("council_stream_reminders")
    .values(row)
    .onConflict((oc) => oc.columns(["stream_id", "subscription_id"]).doUpdateSet({ language: row.language }))
    .execute();
}

export const deleteStreamReminder = (db: Db, streamId: string, subscriptionId: string) =>
  db
    .deleteFrom("council_stream_reminders")
    .where("stream_id", "=", streamId)
    .where("subscription_id", "=", subscriptionId)
    .execute();

export const hasStreamReminder = async (db: Db, streamId: string, subscriptionId: string) =>
  (await db
    .selectFrom("council_stream_reminders")
    .select("stream_id")
    .where("stream_id", "=", streamId)
    .where("subscription_id", "=", subscriptionId)
    .executeTakeFirst()) !== undefined;

/** Reminders of streams starting in (from, to]: the job's window. */
export const remindersStartingBetween = (db: Db, from: string, to: string) =>
  db
    .selectFrom("council_stream_reminders as r")
    .innerJoin("council_streams as s", "s.id", "r.stream_id")
    .select(["r.stream_id", "r.subscription_id", "r.language", "s.starts_at", "s.meeting_id", "s.event_id"])
    .where("s.starts_at", ">", from)
    .where("s.starts_at", "<=", to)
    .execute();
