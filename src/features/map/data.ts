// The map's layers on the device: the queries the pages use (the sync fills the tables, see
// ./collections.ts). Without the schemas, so that the map page does not load zod.
import type { MapFeature } from "../../lib/contract/map";
import type { MapLayer } from "../../lib/contract/map-constants";
import { type AppDatabase, appDb } from "../../lib/db";

/** The Dexie table that holds each layer's copy. */
export const layerTables = {
  "vacant-lots": (db: AppDatabase) => db.mapVacantLots,
  wifi: (db: AppDatabase) => db.mapWifi,
  schools: (db: AppDatabase) => db.mapSchools,
  broadband: (db: AppDatabase) => db.mapBroadband,
  "mobile-coverage": (db: AppDatabase) => db.mapCoverage,
} satisfies Record<MapLayer, (db: AppDatabase) => unknown>;

export async function layerFeatures(layer: MapLayer): Promise<MapFeature[]> {
  return layerTables[layer](appDb()).toArray();
}

export async function featureById(layer: MapLayer, id: string): Promise<MapFeature | undefined> {
  return layerTables[layer](appDb()).get(id);
}
