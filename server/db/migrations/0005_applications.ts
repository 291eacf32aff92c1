// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("applications")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("reference", "text", (c) => c.notNull().unique())
      // null once the citizen deleted the account: a submitted application is the city's record.
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("applicant_name", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("definition_version", "integer", (c) => c.notNull())
      .addColumn("department", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("answers", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("claimed_by", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("submitted_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("applications_department")
      .on("applications")
      .columns(["department", "status"])
      .execute();
    await db.schema.createIndex("applications_account").on("applications").column("account_id").execute();
    await db.schema
      .createTable("application_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("application_id", "text", (c) =>
        c.notNull().references("applications.id").onDelete("cascade"),
      )
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("actor_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("text", "text")
      .addColumn("outcome", "text")
      .addColumn("message_id", "text", (c) => c.references("postbox_messages.id").onDelete("set null"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("application_events_application")
      .on("application_events")
      .columns(["application_id", "created_at"])
      .execute();
    // Files of an application: uploads wait with kind "upload" and their owner until a submission
    // or an answer takes them; then they belong to the application (and stay when the account goes).
    await db.schema
      .alterTable("files")
      .addColumn("application_id", "text", (c) => c.references("applications.id").onDelete("cascade"))
      .execute();
    await db.schema.alterTable("files").addColumn("slot", "text").execute();
    await db.schema.alterTable("files").addColumn("event_id", "text").execute();
    await db.schema.createIndex("files_application").on("files").column("application_id").execute();
  },
};
