// The city map's layers, who keeps them and where the map is: constants without zod, for code
// that needs no schemas (the console's permissions, the map page's first paint).

/** Bounding box of the city (BKG VG250, simplified): west, south, east, north. */
export const CITY_BOUNDS = [8.5793, 52.9864, 8.7114, 53.1092] as const;
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/**
 * Features of the city's layers lie within this box (the city plus about 3 km): a feature outside
 * it is a mistake, most often latitude and longitude swapped.
 */
export const LAYER_BOUNDS: Bounds = [8.53, 52.96, 8.76, 53.14];

/** Layers the city keeps itself; each is a public synced collection `map-<layer>`. */
export const MAP_LAYERS = ["vacant-lots", "wifi", "schools", "broadband", "mobile-coverage"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
export const collectionOfLayer = (layer: MapLayer) => `map-${layer}`;

export const OFFLINE_MIN_ZOOM = 10;
export const OFFLINE_MAX_ZOOM = 16;

/** The department that keeps each layer; admins may edit every layer. */
export const LAYER_DEPARTMENTS = {
  "vacant-lots": "bauamt",
  wifi: "wirtschaft",
  schools: "wirtschaft",
  broadband: "wirtschaft",
  "mobile-coverage": "wirtschaft",
} as const satisfies Record<MapLayer, string>;
