// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration } from "kysely";

export const migration: Migration = {
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
};
