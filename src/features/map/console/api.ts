// The console's requests for the city map's layers (server/features/map). Every answer is parsed
// with the contract's schemas; nothing is stored: residents get the published state by the sync.
import { getJson, sendJson } from "../../../lib/api";
import {
  type FeatureWrite,
  type ImportResult,
  importResultSchema,
  type LayerImportStatus,
  layerImportStatusSchema,
  type LayerOverview,
  type LayerSource,
  type MapLayer,
  type StaffMapFeature,
  staffLayersSchema,
  staffMapFeatureOf,
} from "../../../lib/contract/map";
import { z } from "../../../lib/contract/zod";
import type { ProblemFault } from "../../../lib/http";

export type { LayerOverview };

/** One fault the server found in a write or an import ("features.3.geometry.coordinates"). */
export type Fault = ProblemFault;

/** 204 No Content; with an empty JSON body, as jsonRequired() refuses a body-less DELETE (415). */
const remove = (url: string): Promise<void> => sendJson("DELETE", url, {});

const layerUrl = (layer: MapLayer) => `/api/staff/map/layers/${encodeURIComponent(layer)}`;
const featureUrl = (layer: MapLayer, id: string) => `${layerUrl(layer)}/features/${encodeURIComponent(id)}`;

export const fetchMapLayers = async (): Promise<LayerOverview[]> =>
  (await getJson("/api/staff/map/layers", staffLayersSchema)).layers;

export const fetchLayerFeatures = async (layer: MapLayer): Promise<StaffMapFeature[]> =>
  (await getJson(`${layerUrl(layer)}/features`, z.object({ features: z.array(staffMapFeatureOf(layer)) })))
    .features;

/** Creates or replaces the feature; refused writes throw ApiError with the fields at fault. */
export const saveMapFeature = (layer: MapLayer, id: string, body: FeatureWrite): Promise<StaffMapFeature> =>
  sendJson("PUT", featureUrl(layer, id), body, staffMapFeatureOf(layer));

export const deleteMapFeature = (layer: MapLayer, id: string): Promise<void> => remove(featureUrl(layer, id));

/** Replaces the layer's imported features; a faulty collection changes nothing (ApiError.faults). */
export const importLayer = (layer: MapLayer, collection: unknown): Promise<ImportResult> =>
  sendJson("POST", `${layerUrl(layer)}/import`, collection, importResultSchema);

export const saveLayerSource = (layer: MapLayer, source: LayerSource): Promise<LayerImportStatus> =>
  sendJson("PUT", `${layerUrl(layer)}/source`, source, layerImportStatusSchema);

export const removeLayerSource = (layer: MapLayer): Promise<void> => remove(`${layerUrl(layer)}/source`);

/** Imports from the configured source now; on failure the layer keeps its data. */
export const runLayerSource = (layer: MapLayer): Promise<ImportResult> =>
  sendJson("POST", `${layerUrl(layer)}/source/run`, {}, importResultSchema);
