// Frozen once shipped: never edit this migration; a change is a new migration.
import { randomBytes } from "node:crypto";
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("change_counter")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "bigint", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("sync_entries")
      .addColumn("collection", "text", (c) => c.notNull())
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("owner_id", "text")
      .addColumn("data", "text")
      .addColumn("version", "bigint", (c) => c.notNull())
      .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("sync_entries_pk", ["collection", "id"])
      .execute();
    await db.schema
      .createIndex("sync_entries_feed")
      .on("sync_entries")
      .columns(["collection", "owner_id", "version"])
      .execute();
    await db.schema
      .createTable("idempotency_keys")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("status", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("idempotency_keys_pk", ["scope", "key"])
      .execute();
    await db.schema
      .createTable("feedback")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("client_id", "text", (c) => c.notNull())
      .addColumn("page", "text", (c) => c.notNull())
      .addColumn("helpful", "integer", (c) => c.notNull())
      .addColumn("comment", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("feedback_page").on("feedback").column("page").execute();

    const meta = db as Kysely<{ meta: { key: string; value: string } }>;
    // The epoch names this database in sync cursors (src/lib/contract/sync.ts).
    const epoch = randomBytes(8).toString("hex");
    await meta.insertInto("meta").values({ key: "epoch", value: epoch }).execute();
    const counter = db as Kysely<{ change_counter: { name: string; value: number } }>;
    await counter.insertInto("change_counter").values({ name: "sync", value: 0 }).execute();
  },
};
