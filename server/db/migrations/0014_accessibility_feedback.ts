// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Feedback on barriers (the accessibility statement's feedback mechanism). Deleting an account
    // keeps the feedback (the city must answer it) but forgets whose it was.
    await db.schema
      .createTable("accessibility_feedback")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("message", "text", (c) => c.notNull())
      .addColumn("page", "text")
      .addColumn("name", "text")
      .addColumn("email", "text")
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("answer_by", "text", (c) => c.notNull())
      .addColumn("answered_at", "text")
      .execute();
    await sql`create index accessibility_feedback_open on accessibility_feedback (answered_at, received_at)`.execute(
      db,
    );
  },
};
