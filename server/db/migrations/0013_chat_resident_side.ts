// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // An anonymous start sent again after its answer was lost finds its conversation by the hash of
    // its client id and proof-of-work solution (both only ever known to that browser and the server).
    await db.schema.alterTable("chat_conversations").addColumn("start_key_hash", "text").execute();
    await db.schema
      .createIndex("chat_conversations_start_key")
      .on("chat_conversations")
      .column("start_key_hash")
      .execute();
    // The one-question rating after the chat (1 to 5), for the office lead's figures.
    await db.schema.alterTable("chat_conversations").addColumn("rating", "integer").execute();
    await db.schema.alterTable("chat_conversations").addColumn("rated_at", "text").execute();
  },
};
