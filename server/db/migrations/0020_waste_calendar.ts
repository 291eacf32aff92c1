// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Collection districts: where their iCalendar file comes from, how its summaries map to bins, the
    // dates of the last good import (residents get them through the change feed) and the last failure.
    await db.schema
      .createTable("waste_districts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("source_url", "text")
      .addColumn("mapping", "text")
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("days", "text", (c) => c.notNull())
      .addColumn("unmapped", "text", (c) => c.notNull())
      .addColumn("last_import_at", "text")
      .addColumn("last_error", "text")
      .addColumn("last_error_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // Reminders by Web Push the evening before, one per push subscription (a device): which bins,
    // at what Berlin time, for which district. It ends with the subscription.
    await db.schema
      .createTable("waste_reminders")
      .addColumn("subscription_id", "text", (c) =>
        c.primaryKey().references("push_subscriptions.id").onDelete("cascade"),
      )
      .addColumn("district_id", "text", (c) =>
        c.notNull().references("waste_districts.id").onDelete("cascade"),
      )
      .addColumn("bins", "text", (c) => c.notNull())
      .addColumn("time", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
};
