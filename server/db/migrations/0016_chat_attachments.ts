// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // A photo or PDF sent in a chat is a message entry whose file (kind "chat") is in `files`; the
    // entry names it, so the log carries attachments like any message and retention finds them.
    await db.schema.alterTable("chat_entries").addColumn("file_id", "text").execute();
    await db.schema.createIndex("chat_entries_file").on("chat_entries").column("file_id").execute();
  },
};
