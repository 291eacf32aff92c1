// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Settings of the accessibility offers that admins keep in the console, one row per key (the
    // start page's video in German Sign Language: key "sign-language-video", value its https address).
    await db.schema
      .createTable("accessibility_settings")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
};
