// The console's requests for the city map's layers (server/features/map). Every answer is parsed
// with the contract's schemas; nothing is stored: residents get the published state by the sync.
import {
  type FeatureWrite,
  type ImportResult,
  type LayerImportStatus,
  type LayerSource,
  layerSourceSchema,
  MAP_LAYERS,
  type MapLayer,
  mapFeatureSchemas,
  PUBLICATION_STATES,
  type StaffMapFeature,
} from "../../../lib/contract/map";
import { z } from "../../../lib/contract/zod";
import { type ProblemFault, send } from "../../../lib/http";

/** One fault the server found in a write or an import ("features.3.geometry.coordinates"). */
export type Fault = ProblemFault;

const sendNoStore = (url: string, init: RequestInit) => send(fetch, url, { cache: "no-store", ...init });

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await sendNoStore(url, { headers: { Accept: "application/json" } });
  return schema.parse(await response.json());
}

async function write<T>(
  method: "POST" | "PUT",
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await sendNoStore(url, {
    method,
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  return schema.parse(await response.json());
}

/** With an empty JSON body: the server refuses a body-less DELETE as of unknown media type (415). */
async function remove(url: string): Promise<void> {
  await sendNoStore(url, { method: "DELETE", headers: JSON_HEADERS, body: "{}" });
}

const importStatusSchema: z.ZodType<LayerImportStatus> = z.object({
  source: layerSourceSchema.nullable(),
  lastRunAt: z.string().nullable(),
  lastResult: z
    .discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), features: z.int().min(0) }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ])
    .nullable(),
});

const importResultSchema: z.ZodType<ImportResult> = z.object({
  imported: z.int().min(0),
  removed: z.int().min(0),
});

export type LayerOverview = {
  layer: MapLayer;
  features: number;
  published: number;
  import: LayerImportStatus;
};

const layersSchema = z.object({
  layers: z.array(
    z.object({
      layer: z.enum(MAP_LAYERS),
      features: z.int().min(0),
      published: z.int().min(0),
      import: importStatusSchema,
    }),
  ),
});

/** What only staff see of a feature, beside the published record. */
const staffPartSchema = z.object({
  publication: z.enum(PUBLICATION_STATES),
  source: z.enum(["manual", "import"]),
});

/** A feature of `layer` as the staff API sends it: the layer's own record plus the staff part. */
function staffFeature(layer: MapLayer, value: unknown): StaffMapFeature {
  return { ...mapFeatureSchemas[layer].parse(value), ...staffPartSchema.parse(value) };
}

const layerUrl = (layer: MapLayer) => `/api/staff/map/layers/${encodeURIComponent(layer)}`;
const featureUrl = (layer: MapLayer, id: string) => `${layerUrl(layer)}/features/${encodeURIComponent(id)}`;

export const fetchMapLayers = async (): Promise<LayerOverview[]> =>
  (await read("/api/staff/map/layers", layersSchema)).layers;

export async function fetchLayerFeatures(layer: MapLayer): Promise<StaffMapFeature[]> {
  const { features } = await read(
    `${layerUrl(layer)}/features`,
    z.object({ features: z.array(z.unknown()) }),
  );
  return features.map((feature) => staffFeature(layer, feature));
}

/** Creates or replaces the feature; refused writes throw FaultsError with the fields at fault. */
export async function saveMapFeature(
  layer: MapLayer,
  id: string,
  body: FeatureWrite,
): Promise<StaffMapFeature> {
  return staffFeature(layer, await write("PUT", featureUrl(layer, id), body, z.unknown()));
}

export const deleteMapFeature = (layer: MapLayer, id: string): Promise<void> => remove(featureUrl(layer, id));

/** Replaces the layer's imported features; a faulty collection changes nothing (FaultsError). */
export const importLayer = (layer: MapLayer, collection: unknown): Promise<ImportResult> =>
  write("POST", `${layerUrl(layer)}/import`, collection, importResultSchema);

export const saveLayerSource = (layer: MapLayer, source: LayerSource): Promise<LayerImportStatus> =>
  write("PUT", `${layerUrl(layer)}/source`, source, importStatusSchema);

export const removeLayerSource = (layer: MapLayer): Promise<void> => remove(`${layerUrl(layer)}/source`);

/** Imports from the configured source now; on failure the layer keeps its data. */
export const runLayerSource = (layer: MapLayer): Promise<ImportResult> =>
  write("POST", `${layerUrl(layer)}/source/run`, {}, importResultSchema);
