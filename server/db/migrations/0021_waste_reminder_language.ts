// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The reminder is written in the resident's app language (any of the ten), which the push
    // subscription's own language (de or en, for warnings) does not carry.
    await db.schema
      .alterTable("waste_reminders")
      .addColumn("language", "text", (c) => c.notNull().defaultTo("de"))
      .execute();
  },
};
