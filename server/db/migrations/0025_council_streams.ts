// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Citizens' information events entered in the console (no OParl object of their own).
    await db.schema
      .createTable("council_info_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text")
      .addColumn("place", "text", (c) => c.notNull())
      .addColumn("topic", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      /** JSON: [{ name, url }]. */
      .addColumn("documents", "text", (c) => c.notNull())
      /** JSON: [{ id, number, name }], the programme the "Jetzt" buttons point at. */
      .addColumn("agenda", "text", (c) => c.notNull())
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("council_info_events_start")
      .on("council_info_events")
      .column("starts_at")
      .execute();

    // One stream per meeting (OParl id, hashed as the records' ids) or info event.
    await db.schema
      .createTable("council_streams")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("meeting_id", "text", (c) => c.unique())
      .addColumn("event_id", "text", (c) =>
        c.unique().references("council_info_events.id").onDelete("cascade"),
      )
      .addColumn("live_url", "text")
      .addColumn("recording_url", "text")
      .addColumn("state", "text", (c) => c.notNull())
      /** When it went live: chapters count their seconds from here. */
      .addColumn("started_at", "text")
      .addColumn("current_item_id", "text")
      /** The meeting's or event's start, copied when attached: the reminder's clock. */
      .addColumn("starts_at", "text")
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("council_stream_chapters")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("stream_id", "text", (c) => c.notNull().references("council_streams.id").onDelete("cascade"))
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("seconds", "double precision", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("council_stream_chapters_stream")
      .on("council_stream_chapters")
      .columns(["stream_id", "seconds"])
      .execute();

    // § 64 (2) NKomVG: a member objected to the recording of their contribution.
    await db.schema
      .createTable("council_stream_skips")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("stream_id", "text", (c) => c.notNull().references("council_streams.id").onDelete("cascade"))
      .addColumn("from_seconds", "double precision", (c) => c.notNull())
      .addColumn("to_seconds", "double precision", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("council_stream_skips_stream")
      .on("council_stream_skips")
      .column("stream_id")
      .execute();

    await db.schema
      .createTable("council_event_questions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("event_id", "text", (c) =>
        c.notNull().references("council_info_events.id").onDelete("cascade"),
      )
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("moderated_at", "text")
      .execute();
    await db.schema
      .createIndex("council_event_questions_event")
      .on("council_event_questions")
      .columns(["event_id", "status"])
      .execute();

    // "Erinnern": one device, one stream; the push job's ref makes it fire once.
    await db.schema
      .createTable("council_stream_reminders")
      .addColumn("stream_id", "text", (c) => c.notNull().references("council_streams.id").onDelete("cascade"))
      .addColumn("subscription_id", "text", (c) =>
        c.notNull().references("push_subscriptions.id").onDelete("cascade"),
      )
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("council_stream_reminders_pk", ["stream_id", "subscription_id"])
      .execute();
  },
};
