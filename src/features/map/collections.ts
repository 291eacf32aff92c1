// The city map's layers on the device: one synced public collection per layer (see the contract).
import { collectionOfLayer, MAP_LAYERS, type MapLayer, mapFeatureSchemas } from "../../lib/contract/map";
import type { AppDatabase } from "../../lib/db";
import type { CollectionBinding } from "../../lib/sync";

/** The Dexie table that holds each layer's copy. */
export const layerTables = {
  "vacant-lots": (db: AppDatabase) => db.mapVacantLots,
  wifi: (db: AppDatabase) => db.mapWifi,
  schools: (db: AppDatabase) => db.mapSchools,
  broadband: (db: AppDatabase) => db.mapBroadband,
  "mobile-coverage": (db: AppDatabase) => db.mapCoverage,
} satisfies Record<MapLayer, (db: AppDatabase) => unknown>;

export const mapCollections: CollectionBinding[] = MAP_LAYERS.map((layer) => ({
  name: collectionOfLayer(layer),
  table: layerTables[layer],
  schema: mapFeatureSchemas[layer],
}));
