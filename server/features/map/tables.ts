// The city map's features and where each layer is imported from (Kysely types; times ISO strings).

export interface MapFeatureTable {
  layer: string;
  id: string;
  /** GeoJSON geometry (lon, lat), checked against the layer's schema. */
  geometry: string;
  properties: string;
  sample: number;
  /** allowed | notice-period | objected (§ 200 Abs. 3 BauGB; other layers: allowed). */
  publication: string;
  /** manual | import: an import replaces the layer's earlier imported features. */
  source: string;
  updated_at: string;
}

export interface MapLayerSourceTable {
  layer: string;
  kind: string;
  url: string;
  collection: string | null;
  last_run_at: string | null;
  /** JSON: { ok: true, features } or { ok: false, error }. */
  last_result: string | null;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface MapTables {
  map_features: MapFeatureTable;
  map_layer_sources: MapLayerSourceTable;
}
