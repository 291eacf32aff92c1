// One set of migrations for SQLite and PostgreSQL. Never change a migration that has shipped; add one.
import { randomBytes } from "node:crypto";
import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from "kysely";

export const migrations: Record<string, Migration> = {
  "0001_foundation": {
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
  },
  "0002_accounts": {
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
  },
  "0003_warnings_and_push": {
    async up(db: Kysely<unknown>) {
      // The current state of each warning (upstream or city notice); `data` is the Warning record.
      await db.schema
        .createTable("warnings")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("msg_type", "text", (c) => c.notNull())
        .addColumn("severity", "text", (c) => c.notNull())
        .addColumn("sent", "text", (c) => c.notNull())
        .addColumn("expires", "text")
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("first_seen_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      // Every state a warning had, in the order received: the history the issue asks to keep.
      await db.schema
        .createTable("warning_history")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("warning_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("recorded_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("warning_history_warning")
        .on("warning_history")
        .columns(["warning_id", "recorded_at"])
        .execute();
      // What the poller knows per district: validators for conditional requests, health, back-off.
      await db.schema
        .createTable("nina_regions")
        .addColumn("ars", "text", (c) => c.primaryKey())
        .addColumn("etag", "text")
        .addColumn("last_modified", "text")
        .addColumn("last_success_at", "text")
        .addColumn("last_error_at", "text")
        .addColumn("last_error", "text")
        .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_poll_at", "text")
        .execute();
      await db.schema
        .createTable("push_subscriptions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("endpoint", "text", (c) => c.notNull().unique())
        .addColumn("p256dh", "text", (c) => c.notNull())
        .addColumn("auth", "text", (c) => c.notNull())
        .addColumn("manage_token_hash", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
        // The session it was made or last changed in: postbox notices only while that session lives.
        .addColumn("session_hash", "text")
        .addColumn("preferences", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("push_subscriptions_account")
        .on("push_subscriptions")
        .column("account_id")
        .execute();
      // One job per event to fan out; it survives a restart and resumes where it stopped.
      await db.schema
        .createTable("push_jobs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("topic", "text", (c) => c.notNull())
        .addColumn("ref", "text", (c) => c.notNull().unique())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("sent", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("failed", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("removed", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text")
        .execute();
      // Which subscription got a job's message: a resumed job skips them (nothing sent twice).
      await db.schema
        .createTable("push_deliveries")
        .addColumn("job_id", "text", (c) => c.notNull().references("push_jobs.id").onDelete("cascade"))
        .addColumn("subscription_id", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("push_deliveries_pk", ["job_id", "subscription_id"])
        .execute();
    },
  },
  "0004_appointments": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("appointments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("reference", "text", (c) => c.notNull().unique())
        .addColumn("office_id", "text", (c) => c.notNull())
        .addColumn("counter", "integer", (c) => c.notNull())
        .addColumn("starts_at", "text", (c) => c.notNull())
        .addColumn("ends_at", "text", (c) => c.notNull())
        .addColumn("services", "text", (c) => c.notNull())
        .addColumn("visit_type", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        // Deleting an account deletes its appointments (no personal data left behind).
        .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("phone", "text")
        .addColumn("language", "text", (c) => c.notNull())
        // The mail's link (confirm, cancel, move): only its SHA-256 is kept.
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("hold_expires_at", "text")
        .addColumn("reminder_sent_at", "text")
        .addColumn("checked_in_at", "text")
        .addColumn("cancelled_at", "text")
        .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("appointments_office_start")
        .on("appointments")
        .columns(["office_id", "starts_at"])
        .execute();
      await db.schema.createIndex("appointments_email").on("appointments").column("email").execute();
      await db.schema.createIndex("appointments_account").on("appointments").column("account_id").execute();
      // One row per five minutes a counter is taken. The primary key is what makes a double
      // booking impossible, on SQLite and PostgreSQL alike, whatever the concurrency.
      await db.schema
        .createTable("appointment_units")
        .addColumn("office_id", "text", (c) => c.notNull())
        .addColumn("counter", "integer", (c) => c.notNull())
        .addColumn("unit_start", "text", (c) => c.notNull())
        .addColumn("appointment_id", "text", (c) =>
          c.notNull().references("appointments.id").onDelete("cascade"),
        )
        // Set while the booking waits for the mail's link; after it the unit may be taken over.
        .addColumn("hold_expires_at", "text")
        .addPrimaryKeyConstraint("appointment_units_pk", ["office_id", "counter", "unit_start"])
        .execute();
      await db.schema
        .createIndex("appointment_units_appointment")
        .on("appointment_units")
        .column("appointment_id")
        .execute();
      await db.schema
        .createTable("appointment_closures")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("office_id", "text", (c) => c.notNull())
        .addColumn("starts_at", "text", (c) => c.notNull())
        .addColumn("ends_at", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("created_by", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("appointment_closures_office")
        .on("appointment_closures")
        .columns(["office_id", "ends_at"])
        .execute();
      // Solved proof-of-work challenges, so that one solution books only once.
      await db.schema
        .createTable("used_challenges")
        .addColumn("signature", "text", (c) => c.primaryKey())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
    },
  },
  "0005_applications": {
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
  },
  "0006_upload_chunks": {
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
  },
  "0007_map_layers": {
    async up(db: Kysely<unknown>) {
      // The city's map layers as staff keep them; what may be public goes on to the sync feed.
      await db.schema
        .createTable("map_features")
        .addColumn("layer", "text", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("geometry", "text", (c) => c.notNull())
        .addColumn("properties", "text", (c) => c.notNull())
        .addColumn("sample", "integer", (c) => c.notNull())
        .addColumn("publication", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("map_features_pk", ["layer", "id"])
        .execute();
      // Where a layer's data is imported from (OGC API Features, WFS, GeoJSON) and how the last run went.
      await db.schema
        .createTable("map_layer_sources")
        .addColumn("layer", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("collection", "text")
        .addColumn("last_run_at", "text")
        .addColumn("last_result", "text")
        .execute();
    },
  },
  "0008_shops": {
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
  },
  "0009_push_timeouts": {
    async up(db: Kysely<unknown>) {
      // Deliveries in a row that the push service let time out, and since when: at three over a
      // day the subscription goes, as after a 410 (a tarpit endpoint must not be asked forever).
      await db.schema
        .alterTable("push_subscriptions")
        .addColumn("timeouts", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable("push_subscriptions").addColumn("timeout_since", "text").execute();
    },
  },
  "0010_application_departments": {
    async up(db: Kysely<unknown>) {
      // Dog registrations go to the Steueramt and trade registrations to the Ordnungsamt, the offices the
      // services guide names. Open ones lose their claim: the clerk of the old department no longer sees them.
      for (const [type, department] of [
        ["hundeanmeldung", "steueramt"],
        ["gewerbeanmeldung", "ordnungsamt"],
      ] as const) {
        await sql`update applications set department = ${department} where type = ${type}`.execute(db);
        await sql`update applications set claimed_by = null
          where type = ${type} and status <> 'decided'`.execute(db);
      }
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, { cause: error });
  }
}
