// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, PostgresAdapter } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
    // Delmenhorst Shopping: every entry (live or waiting for its first approval) with its merchant.
    await db.schema
      .createTable("shops")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("record", "text", (c) => c.notNull())
      .addColumn("live", "integer", (c) => c.notNull())
      .addColumn("owner_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("trust", "text", (c) => c.notNull())
      .addColumn("osm_id", "text")
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("shops_owner").on("shops").column("owner_id").execute();
    await db.schema.createIndex("shops_osm").on("shops").column("osm_id").execute();
    await db.schema
      .createTable("shop_claims")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id").onDelete("cascade"))
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("phone", "text", (c) => c.notNull())
      .addColumn("message", "text", (c) => c.notNull())
      .addColumn("new_entry", "integer", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("reason", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("decided_at", "text")
      .addColumn("decided_by", "text")
      .execute();
    await db.schema.createIndex("shop_claims_account").on("shop_claims").column("account_id").execute();
    await db.schema.createIndex("shop_claims_shop").on("shop_claims").column("shop_id").execute();
    // A merchant's change to a live entry while it waits for review.
    await db.schema
      .createTable("shop_changes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id").onDelete("cascade"))
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("details", "text", (c) => c.notNull())
      .addColumn("photo", "text")
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("reason", "text")
      .addColumn("submitted_at", "text", (c) => c.notNull())
      .addColumn("decided_at", "text")
      .addColumn("decided_by", "text")
      .execute();
    await db.schema.createIndex("shop_changes_shop").on("shop_changes").column("shop_id").execute();
    // Every published version of an entry: who changed what, when.
    await db.schema
      .createTable("shop_revisions")
      .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id").onDelete("cascade"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("record", "text", (c) => c.notNull())
      .addColumn("by", "text", (c) => c.notNull())
      .addColumn("author_id", "text")
      .addColumn("note", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("shop_revisions_pk", ["shop_id", "version"])
      .execute();
    // Photos, resized on upload (small and large WebP, without the camera's metadata).
    await db.schema
      .createTable("shop_photos")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id").onDelete("cascade"))
      .addColumn("account_id", "text")
      .addColumn("width", "integer", (c) => c.notNull())
      .addColumn("height", "integer", (c) => c.notNull())
      .addColumn("small", binary, (c) => c.notNull())
      .addColumn("large", binary, (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("shop_photos_shop").on("shop_photos").column("shop_id").execute();
    // Consultation requests to the economic development agency.
    await db.schema
      .createTable("consultations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
};
