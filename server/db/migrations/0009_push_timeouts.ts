// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Deliveries in a row that the push service let time out, and since when: at three over a
    // day the subscription goes, as after a 410 (a tarpit endpoint must not be asked forever).
    await db.schema
      .alterTable("push_subscriptions")
      .addColumn("timeouts", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("push_subscriptions").addColumn("timeout_since", "text").execute();
  },
};
