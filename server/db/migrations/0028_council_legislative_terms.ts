// Frozen once shipped: never edit this migration; a change is a new migration.
import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The Body's legislative terms (Wahlperioden) as the OParl import normalised them (JSON in `data`),
    // keyed by their OParl id; replaced whole on every import. `sample` marks the seed's rows.
    await db.schema
      .createTable("council_legislative_terms")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
