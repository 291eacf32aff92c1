// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
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
};
