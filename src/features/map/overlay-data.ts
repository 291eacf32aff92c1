// What the overlays show, read from the device (the sync fills the tables): the city's five layers,
// the directory's shops, the offices with their opening state, and the areas of warnings in force.
// Works offline alike.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { type Accessor, createMemo, createSignal } from "solid-js";
import type { MapFeature } from "../../lib/contract/map";
import { MAP_LAYERS, type MapLayer } from "../../lib/contract/map-constants";
import type { Office } from "../../lib/contract/guide";
import type { Shop } from "../../lib/contract/shops";
import type { CouncilPaper } from "../../lib/contract/council";
import type { Warning } from "../../lib/contract/warnings";
import { createLiveQuery, type LiveQuery } from "../../lib/live-query";
import type * as OpeningHours from "../offices/opening-state";
import type { OpeningState } from "../offices/opening-state";
import { allPapers } from "../council/data";
import { councilPlaceId } from "../council/paths";
import { allOffices } from "../services/data";
import { allShops } from "../shops/data";
import { allWarnings } from "../warnings/data";
import { relate } from "../warnings/model";
import { createNow } from "../warnings/now";
import { layerFeatures } from "./data";
import { type OverlayLayer, perOverlay } from "./overlays";

export type OverlayItem =
  | { layer: MapLayer; id: string; geometry: Point | Polygon | MultiPolygon; feature: MapFeature }
  | { layer: "shops"; id: string; geometry: Point; shop: Shop }
  | { layer: "offices"; id: string; geometry: Point; office: Office; opening: OpeningState["kind"] }
  | { layer: "warnings"; id: string; geometry: Polygon | MultiPolygon; warning: Warning }
  | { layer: "council-papers"; id: string; geometry: Point; paper: CouncilPaper; place: string | null };

export const itemKey = (layer: OverlayLayer, id: string) => `${layer}/${id}`;

function stateOf(item: OverlayItem): string {
  switch (item.layer) {
    case "offices":
      return item.opening;
    case "shops":
    case "council-papers":
      return "default";
    case "warnings":
      return item.warning.severity;
    default: {
      const feature = item.feature;
      if (feature.layer === "broadband") return feature.properties.status;
      if (feature.layer === "mobile-coverage") return feature.properties.quality;
      return "default";
    }
  }
}

function toFeature(item: OverlayItem): Feature {
  return {
    type: "Feature",
    geometry: item.geometry,
    properties: { key: itemKey(item.layer, item.id), state: stateOf(item) },
  };
}

export type OverlayData = {
  /** Every item by `itemKey`. */
  items: Accessor<Map<string, OverlayItem>>;
  collections: Accessor<Record<OverlayLayer, FeatureCollection>>;
  /** All tables read once (an item not found then is not on the device). */
  ready: Accessor<boolean>;
  /**
   * Loads the opening-hours evaluator (about 115 KB) for the offices' open or closed state; until
   * then offices show as "unknown". Called once the map is drawn, off the way to the first picture.
   */
  evaluateOpeningHours: () => void;
};

export function createOverlayData(): OverlayData {
  const query = (layer: MapLayer): LiveQuery<MapFeature[]> =>
    createLiveQuery(() => () => layerFeatures(layer));
  const layers: Record<MapLayer, LiveQuery<MapFeature[]>> = {
    "vacant-lots": query("vacant-lots"),
    wifi: query("wifi"),
    schools: query("schools"),
    broadband: query("broadband"),
    "mobile-coverage": query("mobile-coverage"),
  };
  const shops = createLiveQuery(() => allShops);
  const offices = createLiveQuery(() => allOffices);
  const warnings = createLiveQuery(() => allWarnings);
  const papers = createLiveQuery(() => allPapers);
  const now = createNow();
  // A signal, not a resource: a resource would suspend the page (and detach the map) while it loads.
  const [evaluator, setEvaluator] = createSignal<typeof OpeningHours>();
  let evaluatorRequested = false;
  const evaluateOpeningHours = () => {
    if (evaluatorRequested) return;
    evaluatorRequested = true;
    import("../offices/opening-state").then(
      (module) => setEvaluator(() => module),
      (error: unknown) => console.warn("map: opening hours not evaluated", error),
    );
  };

  const items = createMemo(() => {
    const all = new Map<string, OverlayItem>();
    const add = (item: OverlayItem) => all.set(itemKey(item.layer, item.id), item);
    for (const layer of MAP_LAYERS)
      for (const feature of layers[layer].data() ?? [])
        add({ layer, id: feature.id, geometry: feature.geometry, feature });
    for (const shop of shops.data() ?? [])
      add({
        layer: "shops",
        id: shop.id,
        geometry: { type: "Point", coordinates: [...shop.location] },
        shop,
      });
    const evaluate = evaluator();
    const at = new Date(now());
    for (const office of offices.data() ?? [])
      add({
        layer: "offices",
        id: office.id,
        geometry: { type: "Point", coordinates: [office.geo.lon, office.geo.lat] },
        office,
        opening: evaluate ? evaluate.openingState(office.openingHours, at).kind : "unknown",
      });
    for (const paper of papers.data() ?? [])
      // Records synced before papers carried their places lack the field.
      for (const [index, place] of (paper.locations ?? []).entries())
        add({
          layer: "council-papers",
          id: councilPlaceId(paper.id, index),
          geometry: { type: "Point", coordinates: [place.lon, place.lat] },
          paper,
          place: place.description,
        });
    for (const entry of relate(warnings.data() ?? [], now())) {
      if (!entry.active) continue;
      // Records stored before warnings had areas lack the field altogether.
      const area = entry.warning.area ?? null;
      if (area) add({ layer: "warnings", id: entry.warning.id, geometry: area, warning: entry.warning });
    }
    return all;
  });

  const collections = createMemo(() => {
    const byLayer = perOverlay((): FeatureCollection => ({ type: "FeatureCollection", features: [] }));
    for (const item of items().values()) byLayer[item.layer].features.push(toFeature(item));
    return byLayer;
  });

  const ready = () =>
    offices.ready() &&
    shops.ready() &&
    warnings.ready() &&
    papers.ready() &&
    MAP_LAYERS.every((layer) => layers[layer].ready());
  return { items, collections, ready, evaluateOpeningHours };
}

/** West, south, east, north of a geometry. */
export function geometryBounds(geometry: Point | Polygon | MultiPolygon): [number, number, number, number] {
  const positions =
    geometry.type === "Point"
      ? [geometry.coordinates]
      : geometry.type === "Polygon"
        ? geometry.coordinates.flat()
        : geometry.coordinates.flat(2);
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
