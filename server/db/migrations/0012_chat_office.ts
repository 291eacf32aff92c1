// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Canned answers the Bürgerbüro keeps for its chat agents; one may link a services guide page.
    await db.schema
      .createTable("chat_canned_answers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("service_id", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .execute();
    // The chat's leads (named by admins): they see the statistics and keep the canned answers.
    await db.schema
      .createTable("chat_leads")
      .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
      .addColumn("appointed_at", "text", (c) => c.notNull())
      .addColumn("appointed_by", "text")
      .execute();
  },
};
