// Frozen once shipped: never edit this migration; a change is a new migration.
import { randomBytes } from "node:crypto";
import { type Kysely, type Migration, PostgresAdapter } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
    await db.schema
      .createTable("accounts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text")
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("department", "text")
      .addColumn("given_name", "text", (c) => c.notNull())
      .addColumn("family_name", "text", (c) => c.notNull())
      .addColumn("birth_date", "text")
      .addColumn("street", "text")
      .addColumn("postal_code", "text")
      .addColumn("city", "text")
      .addColumn("phone", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("email_verified_at", "text")
      .addColumn("identity_verified_at", "text")
      .addColumn("identity_provider", "text")
      .addColumn("identity_verified_by", "text")
      .addColumn("disabled_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("persistent", "integer", (c) => c.notNull())
      .addColumn("user_agent", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_account").on("sessions").column("account_id").execute();
    await db.schema
      .createTable("account_tokens")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema
      .createTable("passkeys")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("public_key", "text", (c) => c.notNull())
      .addColumn("counter", "bigint", (c) => c.notNull())
      .addColumn("transports", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_used_at", "text")
      .execute();
    await db.schema.createIndex("passkeys_account").on("passkeys").column("account_id").execute();
    await db.schema
      .createTable("webauthn_challenges")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("challenge", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("postbox_messages")
      .addColumn("id", "text", (c) => c.primaryKey())
      // null once the citizen deleted the account: issued decisions stay in the city's records.
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("recipient_name", "text", (c) => c.notNull())
      .addColumn("sender_account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("sender_department", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("opened_at", "text")
      .execute();
    await db.schema.createIndex("postbox_account").on("postbox_messages").column("account_id").execute();
    await db.schema
      .createIndex("postbox_department")
      .on("postbox_messages")
      .column("sender_department")
      .execute();
    await db.schema
      .createTable("files")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("owner_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("message_id", "text", (c) => c.references("postbox_messages.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("media_type", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("sha256", "text", (c) => c.notNull())
      .addColumn("content", binary, (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("files_owner").on("files").columns(["owner_id", "kind"]).execute();
    await db.schema.createIndex("files_message").on("files").column("message_id").execute();
    await db.schema
      .createTable("audit_log")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_name", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("subject_id", "text")
      .addColumn("reason", "text")
      .addColumn("details", "text")
      .execute();
    await db.schema.createIndex("audit_at").on("audit_log").column("at").execute();
    await db.schema.createIndex("audit_subject").on("audit_log").column("subject_id").execute();

    const meta = db as Kysely<{ meta: { key: string; value: string } }>;
    // Signs CSRF tokens (server/http/csrf.ts); in the database so every server process shares it.
    await meta
      .insertInto("meta")
      .values({ key: "csrf_secret", value: randomBytes(32).toString("base64url") })
      .execute();
  },
};
