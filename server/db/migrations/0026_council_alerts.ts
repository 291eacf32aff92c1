// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // What a device follows in the council (issue 21): a committee (our id of the organization), a
    // keyword, or a circle. Tied to the device's push subscription (gone with it); `account_id` only
    // when the resident asked for the weekly mail while signed in.
    await db.schema
      .createTable("council_follows")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("subscription_id", "text", (c) =>
        c.notNull().references("push_subscriptions.id").onDelete("cascade"),
      )
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("organization_id", "text")
      .addColumn("keyword", "text")
      .addColumn("lat", "double precision")
      .addColumn("lon", "double precision")
      .addColumn("radius_m", "integer")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("weekly_mail", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await sql`create index council_follows_subscription on council_follows (subscription_id)`.execute(db);
    // One push per device and item, ever: what was sent is recorded (a paper imported again, or its
    // job pruned, never sends twice).
    await db.schema
      .createTable("council_alerts_sent")
      .addColumn("subscription_id", "text", (c) =>
        c.notNull().references("push_subscriptions.id").onDelete("cascade"),
      )
      .addColumn("item_key", "text", (c) => c.notNull())
      .addColumn("sent_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("council_alerts_sent_pk", ["subscription_id", "item_key"])
      .execute();
    // The week's matches of accounts that asked for the weekly mail; `mailed_at` once mailed.
    await db.schema
      .createTable("council_alert_matches")
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("item_key", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("matched_at", "text", (c) => c.notNull())
      .addColumn("mailed_at", "text")
      .addPrimaryKeyConstraint("council_alert_matches_pk", ["account_id", "item_key"])
      .execute();
    // The weeks whose mail went out (ISO week of Berlin's date, "2026-W50"): once per week.
    await db.schema
      .createTable("council_alert_weeks")
      .addColumn("week", "text", (c) => c.primaryKey())
      .addColumn("mailed_at", "text", (c) => c.notNull())
      .execute();
  },
};
