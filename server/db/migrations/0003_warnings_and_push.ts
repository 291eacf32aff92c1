// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The current state of each warning (upstream or city notice); `data` is the Warning record.
    await db.schema
      .createTable("warnings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("provider", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("msg_type", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("sent", "text", (c) => c.notNull())
      .addColumn("expires", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // Every state a warning had, in the order received: the history the issue asks to keep.
    await db.schema
      .createTable("warning_history")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("warning_id", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("warning_history_warning")
      .on("warning_history")
      .columns(["warning_id", "recorded_at"])
      .execute();
    // What the poller knows per district: validators for conditional requests, health, back-off.
    await db.schema
      .createTable("nina_regions")
      .addColumn("ars", "text", (c) => c.primaryKey())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_success_at", "text")
      .addColumn("last_error_at", "text")
      .addColumn("last_error", "text")
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_poll_at", "text")
      .execute();
    await db.schema
      .createTable("push_subscriptions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("endpoint", "text", (c) => c.notNull().unique())
      .addColumn("p256dh", "text", (c) => c.notNull())
      .addColumn("auth", "text", (c) => c.notNull())
      .addColumn("manage_token_hash", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      // The session it was made or last changed in: postbox notices only while that session lives.
      .addColumn("session_hash", "text")
      .addColumn("preferences", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("push_subscriptions_account")
      .on("push_subscriptions")
      .column("account_id")
      .execute();
    // One job per event to fan out; it survives a restart and resumes where it stopped.
    await db.schema
      .createTable("push_jobs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("topic", "text", (c) => c.notNull())
      .addColumn("ref", "text", (c) => c.notNull().unique())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("sent", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("failed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("removed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .execute();
    // Which subscription got a job's message: a resumed job skips them (nothing sent twice).
    await db.schema
      .createTable("push_deliveries")
      .addColumn("job_id", "text", (c) => c.notNull().references("push_jobs.id").onDelete("cascade"))
      .addColumn("subscription_id", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("push_deliveries_pk", ["job_id", "subscription_id"])
      .execute();
  },
};
