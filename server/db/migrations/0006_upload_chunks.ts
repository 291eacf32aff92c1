// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, PostgresAdapter } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
    // Parts of a resumable upload (PATCH /api/applications/uploads/:id) until the last one arrives.
    await db.schema
      .createTable("upload_chunks")
      .addColumn("upload_id", "text", (c) => c.notNull())
      .addColumn("offset", "integer", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("total", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("content", binary, (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("upload_chunks_pk", ["upload_id", "offset"])
      .execute();
    await db.schema.createIndex("upload_chunks_account").on("upload_chunks").column("account_id").execute();
  },
};
