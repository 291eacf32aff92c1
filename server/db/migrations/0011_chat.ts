// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The Bürgerbüro chat: one row per conversation, its log in chat_entries numbered by seq.
    await db.schema
      .createTable("chat_conversations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("topic", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("department", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("token_hash", "text")
      .addColumn("resident_name", "text")
      .addColumn("question", "text")
      .addColumn("agent_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("last_seq", "integer", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("waiting_since", "text")
      .addColumn("accepted_at", "text")
      .addColumn("ended_at", "text")
      .addColumn("outcome", "text")
      .addColumn("blocked", "integer", (c) => c.notNull())
      .addColumn("saved_to_postbox", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("chat_conversations_status")
      .on("chat_conversations")
      .columns(["status", "department", "waiting_since"])
      .execute();
    await db.schema
      .createIndex("chat_conversations_agent")
      .on("chat_conversations")
      .column("agent_id")
      .execute();
    await db.schema
      .createIndex("chat_conversations_account")
      .on("chat_conversations")
      .column("account_id")
      .execute();
    await db.schema
      .createIndex("chat_conversations_token")
      .on("chat_conversations")
      .column("token_hash")
      .unique()
      .execute();
    await db.schema
      .createIndex("chat_conversations_ended")
      .on("chat_conversations")
      .column("ended_at")
      .execute();
    await db.schema
      .createTable("chat_entries")
      .addColumn("conversation_id", "text", (c) =>
        c.notNull().references("chat_conversations.id").onDelete("cascade"),
      )
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("author", "text", (c) => c.notNull())
      .addColumn("author_id", "text")
      .addColumn("author_name", "text")
      .addColumn("text", "text")
      .addColumn("client_id", "text")
      .addColumn("read_up_to", "integer")
      .addColumn("outcome", "text")
      .addColumn("sent_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("chat_entries_pk", ["conversation_id", "seq"])
      .execute();
    // Events have no client id (NULLs never collide); a message's id is unique in its conversation.
    await db.schema
      .createIndex("chat_entries_client")
      .on("chat_entries")
      .columns(["conversation_id", "client_id"])
      .unique()
      .execute();
    await db.schema
      .createTable("chat_agents")
      .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
      .addColumn("on_duty", "integer", (c) => c.notNull())
      .addColumn("capacity", "integer", (c) => c.notNull())
      .addColumn("expires_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("chat_settings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("hours", "text", (c) => c.notNull())
      .addColumn("agent_departments", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .execute();
    // "Leave a message" outside chat hours: answered into the postbox or by mail.
    await db.schema
      .createTable("chat_cases")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("topic", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("name", "text")
      .addColumn("email", "text")
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("answered_at", "text")
      .addColumn("answered_by", "text")
      .execute();
    await db.schema
      .createIndex("chat_cases_status")
      .on("chat_cases")
      .columns(["status", "created_at"])
      .execute();
  },
};
