// The city map's layers as they travel through the sync feed and the staff API (zod schemas and
// the types of the staff API). Constants and tile arithmetic live in map-constants.ts and
// map-tiles.ts and are re-exported here.
import { LAYER_BOUNDS, MAP_LAYERS, type MapLayer } from "./map-constants";
import { z } from "./zod";

export * from "./map-constants";
export * from "./map-tiles";

const position = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) =>
      lon >= LAYER_BOUNDS[0] && lon <= LAYER_BOUNDS[2] && lat >= LAYER_BOUNDS[1] && lat <= LAYER_BOUNDS[3],
    { message: "position outside the city area (longitude first, then latitude)" },
  );
/** A closed ring of at least four positions (RFC 7946 § 3.1.6). */
const ring = z
  .array(position)
  .min(4)
  .max(5000)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], {
    message: "a ring must end where it starts",
  });

export const pointSchema = z.object({ type: z.literal("Point"), coordinates: position });
export const polygonSchema = z.object({
  type: z.literal("Polygon"),
  coordinates: z.array(ring).min(1).max(50),
});
export const multiPolygonSchema = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(200),
});
const areaSchema = z.discriminatedUnion("type", [polygonSchema, multiPolygonSchema]);
const pointOrAreaSchema = z.discriminatedUnion("type", [pointSchema, polygonSchema, multiPolygonSchema]);
export type PointGeometry = z.infer<typeof pointSchema>;
export type LayerGeometry = z.infer<typeof pointOrAreaSchema>;

const text = z.string().trim().min(2).max(200);
const addressSchema = z.object({ street: text, postalCode: z.string().regex(/^277(49|5[0-5])$/) });

export const LAND_USES = ["residential", "mixed", "commercial", "industrial", "special"] as const;
export const DEVELOPMENT_STATES = ["developed", "partly", "undeveloped"] as const;
export const AVAILABILITIES = ["available", "reserved", "unknown"] as const;

/** A vacant lot (Baulücke). Never any personal data of the owner (§ 200 Abs. 3 BauGB). */
export const vacantLotSchema = z.object({
  parcel: z.object({
    /** Gemarkung */
    district: text,
    flur: z.int().min(1).max(999),
    /** Flurstück, "123" or "123/4" */
    number: z.string().regex(/^\d{1,5}(\/\d{1,4})?$/),
  }),
  street: text,
  areaSqm: z.int().min(1).max(1_000_000),
  /** Bebauungsplan number, or inside built-up areas without one (§ 34 BauGB). */
  planningLaw: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("plan"), plan: z.string().trim().min(1).max(40) }),
    z.object({ kind: z.literal("section-34") }),
  ]),
  use: z.enum(LAND_USES),
  development: z.enum(DEVELOPMENT_STATES),
  availability: z.enum(AVAILABILITIES),
});

export const HOTSPOT_PLACES = ["school", "youth-centre", "library", "citizens-office", "other"] as const;
export const HOTSPOT_STATES = ["in-operation", "disrupted", "planned"] as const;
export const wifiHotspotSchema = z.object({
  name: text,
  place: z.enum(HOTSPOT_PLACES),
  address: addressSchema,
  status: z.enum(HOTSPOT_STATES),
});

export const SCHOOL_KINDS = ["primary", "secondary", "vocational", "special", "youth-centre"] as const;
export const schoolSchema = z.object({ name: text, kind: z.enum(SCHOOL_KINDS), address: addressSchema });

export const EXPANSION_STATES = ["planned", "under-construction", "available"] as const;
/** A fibre expansion area. */
export const broadbandAreaSchema = z.object({
  name: text,
  status: z.enum(EXPANSION_STATES),
  /** Month the connection is planned for ("2027-03"); none once available. */
  plannedMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  provider: text.optional(),
});

export const COVERAGE_QUALITIES = ["none", "weak", "good"] as const;
/** A report of mobile coverage at a place (collected by the city, no reporter data). */
export const coverageReportSchema = z.object({
  quality: z.enum(COVERAGE_QUALITIES),
  reportedOn: z.iso.date(),
  note: z.string().trim().max(500).optional(),
});

const featureId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "letters, digits, . _ -");

const feature = <L extends MapLayer, G extends z.ZodType, P extends z.ZodType>(
  layer: L,
  geometry: G,
  properties: P,
) =>
  z.object({
    id: featureId,
    layer: z.literal(layer),
    geometry,
    properties,
    /** Sample content that the city still has to replace with its own. */
    sample: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  });

export const vacantLotFeatureSchema = feature("vacant-lots", pointOrAreaSchema, vacantLotSchema);
export const wifiFeatureSchema = feature("wifi", pointSchema, wifiHotspotSchema);
export const schoolFeatureSchema = feature("schools", pointSchema, schoolSchema);
export const broadbandFeatureSchema = feature("broadband", areaSchema, broadbandAreaSchema);
export const coverageFeatureSchema = feature("mobile-coverage", pointSchema, coverageReportSchema);

/** The record of each layer's synced collection. */
export const mapFeatureSchemas = {
  "vacant-lots": vacantLotFeatureSchema,
  wifi: wifiFeatureSchema,
  schools: schoolFeatureSchema,
  broadband: broadbandFeatureSchema,
  "mobile-coverage": coverageFeatureSchema,
} as const;
export type MapFeature = z.infer<(typeof mapFeatureSchemas)[MapLayer]>;
export type MapFeatureOf<L extends MapLayer> = z.infer<(typeof mapFeatureSchemas)[L]>;

/** What staff write; the geometry and properties are checked against the layer's schema. */
export const PUBLICATION_STATES = ["allowed", "notice-period", "objected"] as const;
export type Publication = (typeof PUBLICATION_STATES)[number];
export const featureWriteSchema = z.strictObject({
  geometry: z.unknown(),
  properties: z.unknown(),
  sample: z.boolean().default(false),
  /**
   * Vacant lots only: published when the owner did not object within the notice period
   * (§ 200 Abs. 3 BauGB). Other layers are always published.
   */
  publication: z.enum(PUBLICATION_STATES).optional(),
});
export type FeatureWrite = z.input<typeof featureWriteSchema>;

/** A feature as staff see it: the published record plus what only staff know. */
export type StaffMapFeature = MapFeature & {
  publication: Publication;
  source: "manual" | "import";
};

export const LAYER_SOURCE_KINDS = ["geojson", "ogc-features", "wfs"] as const;
export const layerSourceSchema = z.strictObject({
  kind: z.enum(LAYER_SOURCE_KINDS),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  /** OGC API Features: the collection id; WFS: the feature type name. Not for plain GeoJSON. */
  collection: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{1,120}$/)
    .optional(),
});
export type LayerSource = z.infer<typeof layerSourceSchema>;

export type LayerImportStatus = {
  source: LayerSource | null;
  lastRunAt: string | null;
  /** "ok" with the number of features, or the error of the last run (old data kept). */
  lastResult: { ok: true; features: number } | { ok: false; error: string } | null;
};

export type ImportResult = { imported: number; removed: number };

// The answers of /api/staff/map (server/features/map/staff-routes.ts).
/** What only staff see of a feature, beside the published record. */
const staffFeaturePartSchema = z.object({
  publication: z.enum(PUBLICATION_STATES),
  source: z.enum(["manual", "import"]),
});
export const staffMapFeatureSchema = z.intersection(
  z.union([
    vacantLotFeatureSchema,
    wifiFeatureSchema,
    schoolFeatureSchema,
    broadbandFeatureSchema,
    coverageFeatureSchema,
  ]),
  staffFeaturePartSchema,
);
/** A feature of `layer` as staff see it: the console reads the answers of one layer with this. */
export const staffMapFeatureOf = (layer: MapLayer) =>
  z.intersection(mapFeatureSchemas[layer], staffFeaturePartSchema);
export const layerImportStatusSchema = z.object({
  source: layerSourceSchema.nullable(),
  lastRunAt: z.string().nullable(),
  lastResult: z
    .discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), features: z.number() }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ])
    .nullable(),
});
export const importResultSchema = z.object({ imported: z.number(), removed: z.number() });
/** GET /api/staff/map/layers: each layer the staff member keeps, with counts and import source. */
export const staffLayersSchema = z.object({
  layers: z.array(
    z.object({
      layer: z.enum(MAP_LAYERS),
      features: z.number(),
      published: z.number(),
      import: layerImportStatusSchema,
    }),
  ),
});
export type LayerOverview = z.infer<typeof staffLayersSchema>["layers"][number];
export const offlineInfoSchema = z.object({
  minZoom: z.number(),
  maxZoom: z.number(),
  averageTileBytes: z.record(z.string(), z.number()),
});

/** Sizes the browser needs for "Karte offline speichern". */
export type OfflineInfo = {
  minZoom: number;
  maxZoom: number;
  /** Average size of a tile the server has cached, per zoom level; a default where none is. */
  averageTileBytes: Record<string, number>;
};
