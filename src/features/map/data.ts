// The map's layers on the device: the queries the pages use (the sync fills the tables, see ./collections.ts).
import type { MapFeature, MapLayer } from "../../lib/contract/map";
import { appDb } from "../../lib/db";
import { layerTables } from "./collections";

export async function layerFeatures(layer: MapLayer): Promise<MapFeature[]> {
  return layerTables[layer](appDb()).toArray();
}

export async function featureById(layer: MapLayer, id: string): Promise<MapFeature | undefined> {
  return layerTables[layer](appDb()).get(id);
}
