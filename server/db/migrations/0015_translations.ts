// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Residents' proposals for a better translation. Deleting an account keeps the proposal (it is
    // about the app's text) but forgets whose it was.
    await db.schema
      .createTable("translation_reports")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("page", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("proposal", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("handled_at", "text")
      .execute();
    await sql`create index translation_reports_open on translation_reports (handled_at, received_at)`.execute(
      db,
    );
    // The city's review marks: a whole language (text_key '') or one text of it.
    await db.schema
      .createTable("translation_reviews")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("text_key", "text", (c) => c.notNull())
      .addColumn("reviewed_at", "text", (c) => c.notNull())
      .addColumn("reviewed_by", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addPrimaryKeyConstraint("translation_reviews_pk", ["language", "text_key"])
      .execute();
  },
};
