// The city's map layers as staff keep them (table map_features) and their import sources.
// What may be public is mirrored into the layer's sync collection in the same transaction.
import type { Selectable } from "kysely";
import {
  collectionOfLayer,
  type LayerImportStatus,
  type LayerSource,
  type MapFeature,
  type MapLayer,
  mapFeatureSchemas,
  type Publication,
  type StaffMapFeature,
} from "../../../src/lib/contract/map";
import type { Db } from "../../db/database";
import type { MapFeatureTable } from "../../db/schema";
import { deleteEntry, upsertEntries } from "../../platform/sync/store";

export type StoredFeature = {
  record: MapFeature;
  publication: Publication;
  source: "manual" | "import";
};

function toStaffFeature(row: Selectable<MapFeatureTable>): StaffMapFeature {
  const record = mapFeatureSchemas[row.layer as MapLayer].parse({
    id: row.id,
    layer: row.layer,
    geometry: JSON.parse(row.geometry),
    properties: JSON.parse(row.properties),
    sample: row.sample === 1,
    updatedAt: row.updated_at,
  });
  return {
    ...record,
    publication:
      row.publication === "objected" || row.publication === "notice-period" ? row.publication : "allowed",
    source: row.source === "import" ? "import" : "manual",
  };
}

/** Writes features and publishes those that may be public; the others leave the feed. */
export async function saveFeatures(db: Db, layer: MapLayer, features: StoredFeature[]): Promise<void> {
  if (features.length === 0) return;
  for (const { record, publication, source } of features) {
    const row = {
      geometry: JSON.stringify(record.geometry),
      properties: JSON.stringify(record.properties),
      sample: record.sample ? 1 : 0,
      publication,
      source,
      updated_at: record.updatedAt,
    };
    await db
      .insertInto("map_features")
      .values({ layer, id: record.id, ...row })
      .onConflict((oc) => oc.columns(["layer", "id"]).doUpdateSet(row))
      .execute();
  }
  const collection = collectionOfLayer(layer);
  const published = features.filter((f) => f.publication === "allowed");
  await upsertEntries(
    db,
    collection,
    published.map(({ record }) => ({ id: record.id, data: record })),
  );
  for (const { record } of features.filter((f) => f.publication !== "allowed"))
    await deleteEntry(db, collection, record.id);
}

export async function deleteFeatures(db: Db, layer: MapLayer, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { numDeletedRows } = await db
    .deleteFrom("map_features")
    .where("layer", "=", layer)
    .where("id", "in", ids)
    .executeTakeFirst();
  for (const id of ids) await deleteEntry(db, collectionOfLayer(layer), id);
  return Number(numDeletedRows);
}

export async function findFeature(db: Db, layer: MapLayer, id: string): Promise<StaffMapFeature | undefined> {
  const row = await db
    .selectFrom("map_features")
    .selectAll()
    .where("layer", "=", layer)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toStaffFeature(row);
}

export async function listFeatures(db: Db, layer: MapLayer): Promise<StaffMapFeature[]> {
  const rows = await db
    .selectFrom("map_features")
    .selectAll()
    .where("layer", "=", layer)
    .orderBy("id")
    .execute();
  return rows.map(toStaffFeature);
}

export async function importedIds(db: Db, layer: MapLayer): Promise<string[]> {
  const rows = await db
    .selectFrom("map_features")
    .select("id")
    .where("layer", "=", layer)
    .where("source", "=", "import")
    .execute();
  return rows.map((r) => r.id);
}

export async function layerCounts(db: Db): Promise<Map<string, { features: number; published: number }>> {
  const rows = await db
    .selectFrom("map_features")
    .select(["layer", "publication"])
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .groupBy(["layer", "publication"])
    .execute();
  const counts = new Map<string, { features: number; published: number }>();
  for (const row of rows) {
    const entry = counts.get(row.layer) ?? { features: 0, published: 0 };
    entry.features += Number(row.n);
    if (row.publication === "allowed") entry.published += Number(row.n);
    counts.set(row.layer, entry);
  }
  return counts;
}

export async function readSource(db: Db, layer: MapLayer): Promise<LayerImportStatus> {
  const row = await db
    .selectFrom("map_layer_sources")
    .selectAll()
    .where("layer", "=", layer)
    .executeTakeFirst();
  if (!row) return { source: null, lastRunAt: null, lastResult: null };
  const source: LayerSource = {
    kind: row.kind as LayerSource["kind"],
    url: row.url,
    ...(row.collection ? { collection: row.collection } : {}),
  };
  return {
    source,
    lastRunAt: row.last_run_at,
    lastResult: row.last_result ? (JSON.parse(row.last_result) as LayerImportStatus["lastResult"]) : null,
  };
}

export async function writeSource(db: Db, layer: MapLayer, source: LayerSource): Promise<void> {
  const values = { kind: source.kind, url: source.url, collection: source.collection ?? null };
  await db
    .insertInto("map_layer_sources")
    .values({ layer, ...values, last_run_at: null, last_result: null })
    .onConflict((oc) => oc.column("layer").doUpdateSet({ ...values, last_run_at: null, last_result: null }))
    .execute();
}

export async function removeSource(db: Db, layer: MapLayer): Promise<boolean> {
  const { numDeletedRows } = await db
    .deleteFrom("map_layer_sources")
    .where("layer", "=", layer)
    .executeTakeFirst();
  return numDeletedRows > 0n;
}

export async function recordSourceRun(
  db: Db,
  layer: MapLayer,
  at: string,
  result: NonNullable<LayerImportStatus["lastResult"]>,
): Promise<void> {
  await db
    .updateTable("map_layer_sources")
    .set({ last_run_at: at, last_result: JSON.stringify(result) })
    .where("layer", "=", layer)
    .execute();
}

export async function layersWithSources(db: Db): Promise<MapLayer[]> {
  const rows = await db.selectFrom("map_layer_sources").select("layer").execute();
  return rows.map((r) => r.layer as MapLayer);
}
