// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, PostgresAdapter } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
    // Defect reports (Mängelmelder): from the app (anonymous or with an account) or Open311. The
    // email, the account and the creator's secret never leave the console; the description is public
    // only once `reviewed`.
    await db.schema
      .createTable("defect_reports")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("department", "text", (c) => c.notNull())
      .addColumn("lat", "double precision", (c) => c.notNull())
      .addColumn("lon", "double precision", (c) => c.notNull())
      .addColumn("address", "text")
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("reviewed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("email", "text")
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("secret_hash", "text", (c) => c.notNull())
      .addColumn("push_subscription_id", "text", (c) =>
        c.references("push_subscriptions.id").onDelete("set null"),
      )
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("public_note", "text")
      .addColumn("status_changed_at", "text", (c) => c.notNull())
      .addColumn("support_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("assignee_id", "text")
      .addColumn("duplicate_of", "text")
      .addColumn("reopened_at", "text")
      .addColumn("reopen_reason", "text")
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("defect_reports_department")
      .on("defect_reports")
      .columns(["department", "status"])
      .execute();
    // The 50 m check and the map's box narrow by latitude first.
    await db.schema
      .createIndex("defect_reports_position")
      .on("defect_reports")
      .columns(["lat", "lon"])
      .execute();
    await db.schema.createIndex("defect_reports_account").on("defect_reports").column("account_id").execute();

    await db.schema
      .createTable("defect_report_photos")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("report_id", "text", (c) => c.notNull().references("defect_reports.id").onDelete("cascade"))
      .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("width", "integer", (c) => c.notNull())
      .addColumn("height", "integer", (c) => c.notNull())
      .addColumn("small", binary, (c) => c.notNull())
      .addColumn("large", binary, (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("defect_report_photos_report")
      .on("defect_report_photos")
      .column("report_id")
      .execute();

    // "+1": one row per report and supporter (a hash of the account or the device id).
    await db.schema
      .createTable("defect_report_supports")
      .addColumn("report_id", "text", (c) => c.notNull().references("defect_reports.id").onDelete("cascade"))
      .addColumn("supporter", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("defect_report_supports_pk", ["report_id", "supporter"])
      .execute();

    // Areas a device follows: a push for each new report inside the circle.
    await db.schema
      .createTable("defect_report_follows")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("subscription_id", "text", (c) =>
        c.notNull().references("push_subscriptions.id").onDelete("cascade"),
      )
      .addColumn("lat", "double precision", (c) => c.notNull())
      .addColumn("lon", "double precision", (c) => c.notNull())
      .addColumn("radius_m", "integer", (c) => c.notNull())
      .addColumn("categories", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("defect_report_follows_subscription")
      .on("defect_report_follows")
      .column("subscription_id")
      .execute();

    // Open311 clients' keys, issued by admins; only a hash is kept.
    await db.schema
      .createTable("open311_api_keys")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("client", "text", (c) => c.notNull())
      .addColumn("key_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .addColumn("last_used_at", "text")
      .execute();
  },
};
