// The city map's layers on the device: one synced public collection per layer (see the contract).
import { mapFeatureSchemas } from "../../lib/contract/map";
import { collectionOfLayer, MAP_LAYERS } from "../../lib/contract/map-constants";
import type { CollectionBinding } from "../../lib/sync";
import { layerTables } from "./data";

export const mapCollections: CollectionBinding[] = MAP_LAYERS.map((layer) => ({
  name: collectionOfLayer(layer),
  table: layerTables[layer],
  schema: mapFeatureSchemas[layer],
}));
