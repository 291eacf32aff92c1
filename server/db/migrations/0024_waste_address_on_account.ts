// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The waste calendar's address, kept on the account so the resident's other devices know it.
    await db.schema.alterTable("accounts").addColumn("waste_street_id", "text").execute();
    await db.schema.alterTable("accounts").addColumn("waste_house_number", "text").execute();
  },
};
