// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // A device's push subscription that asked to hear about answers in a conversation. Both ends
    // cascade: a 410 from the push service or the conversation's deletion takes the link with it.
    await db.schema
      .createTable("chat_push_links")
      .addColumn("conversation_id", "text", (c) =>
        c.notNull().references("chat_conversations.id").onDelete("cascade"),
      )
      .addColumn("subscription_id", "text", (c) =>
        c.notNull().references("push_subscriptions.id").onDelete("cascade"),
      )
      // 1: the notice may show the start of the answer (the resident chose it; lock screens are public).
      .addColumn("preview", "integer", (c) => c.notNull().defaultTo(0))
      // The last push for this conversation to this device: at most one a minute.
      .addColumn("pushed_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("chat_push_links_pk", ["conversation_id", "subscription_id"])
      .execute();
    await db.schema
      .createIndex("chat_push_links_subscription")
      .on("chat_push_links")
      .column("subscription_id")
      .execute();
    // The resident's open event streams (one row each, renewed at every heartbeat): a resident with
    // one is looking at the chat and gets no push. Rows of a crashed process simply expire.
    await db.schema
      .createTable("chat_presence")
      .addColumn("conversation_id", "text", (c) =>
        c.notNull().references("chat_conversations.id").onDelete("cascade"),
      )
      .addColumn("stream_id", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("chat_presence_pk", ["conversation_id", "stream_id"])
      .execute();
  },
};
