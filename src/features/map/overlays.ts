// The map's overlay layers: which exist, how each is drawn and how the legend explains it.
// Circles, fills and lines only: they need no glyphs, so they render over any basemap and offline.
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { MAP_LAYERS } from "../../lib/contract/map-constants";

export const OVERLAY_LAYERS = [...MAP_LAYERS, "shops", "offices", "warnings", "council-papers"] as const;
export type OverlayLayer = (typeof OVERLAY_LAYERS)[number];

/** One value per overlay, spelled out so the type checker sees every layer. */
export function perOverlay<T>(make: (layer: OverlayLayer) => T): Record<OverlayLayer, T> {
  return {
    "vacant-lots": make("vacant-lots"),
    wifi: make("wifi"),
    schools: make("schools"),
    broadband: make("broadband"),
    "mobile-coverage": make("mobile-coverage"),
    shops: make("shops"),
    offices: make("offices"),
    warnings: make("warnings"),
    "council-papers": make("council-papers"),
  };
}

export const isOverlayLayer = (value: string): value is OverlayLayer =>
  OVERLAY_LAYERS.some((layer) => layer === value);

/** One colour of a layer; `state` is the value of the feature property "state" it stands for. */
export type LegendClass = { state: string; color: string; labelKey: string };

type OverlayStyle = { points: boolean; areas: boolean; classes: LegendClass[] };

const single = (layer: OverlayLayer, color: string): LegendClass[] => [
  { state: "default", color, labelKey: `map.layers.${layer}` },
];
const classes = (labelPrefix: string, colors: Record<string, string>): LegendClass[] =>
  Object.entries(colors).map(([state, color]) => ({ state, color, labelKey: `${labelPrefix}.${state}` }));

// Colours keep 3:1 against the basemap's light ground (WCAG 1.4.11); the legend and the popups say in
// words what they mean (WCAG 1.4.1).
export const OVERLAY_STYLES: Record<OverlayLayer, OverlayStyle> = {
  "vacant-lots": { points: true, areas: true, classes: single("vacant-lots", "#6a1b9a") },
  wifi: { points: true, areas: false, classes: single("wifi", "#0d47a1") },
  schools: { points: true, areas: false, classes: single("schools", "#ad1457") },
  broadband: {
    points: false,
    areas: true,
    classes: classes("map.values.expansion", {
      planned: "#b26a00",
      "under-construction": "#d84315",
      available: "#00695c",
    }),
  },
  "mobile-coverage": {
    points: true,
    areas: false,
    classes: classes("map.values.coverage", { none: "#c62828", weak: "#8d6e00", good: "#2e7d32" }),
  },
  // One colour: whether a shop is open shows in its popup, so hundreds of entries need no evaluation.
  shops: { points: true, areas: false, classes: single("shops", "#00838f") },
  offices: {
    points: true,
    areas: false,
    classes: classes("map.view.legend.offices", { open: "#1b5e20", closed: "#455a64", unknown: "#6d4c41" }),
  },
  // The council's papers with a place (OParl Location): one colour, the popup names the paper.
  "council-papers": { points: true, areas: false, classes: single("council-papers", "#4e342e") },
  warnings: {
    points: false,
    areas: true,
    classes: classes("warnings.severity", {
      Extreme: "#7a0b0f",
      Severe: "#c62828",
      Moderate: "#e65100",
      Minor: "#9e7700",
      Unknown: "#616161",
    }),
  },
};

export const sourceId = (layer: OverlayLayer) => `overlay-${layer}`;

/** The map layers that draw one overlay, areas before points. */
export function overlayLayerIds(layer: OverlayLayer): { areas: string[]; points: string[] } {
  const style = OVERLAY_STYLES[layer];
  return {
    areas: style.areas ? [`${sourceId(layer)}-fill`, `${sourceId(layer)}-line`] : [],
    points: style.points ? [`${sourceId(layer)}-circle`] : [],
  };
}

function colorOf(layer: OverlayLayer): ExpressionSpecification | string {
  const legend = OVERLAY_STYLES[layer].classes;
  if (legend.length === 1) return legend[0]!.color;
  const [first, ...rest] = legend.flatMap((c) => [c.state, c.color]);
  return ["match", ["get", "state"], first!, rest[0]!, ...rest.slice(1), legend[0]!.color];
}

const IS_AREA: ExpressionSpecification = ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]];
const IS_POINT: ExpressionSpecification = ["==", ["geometry-type"], "Point"];

/** The area layers (fill + outline) and the point layers of one overlay. */
export function overlayLayerSpecs(layer: OverlayLayer): {
  areas: LayerSpecification[];
  points: LayerSpecification[];
} {
  const source = sourceId(layer);
  const color = colorOf(layer);
  const ids = overlayLayerIds(layer);
  const areas: LayerSpecification[] = [];
  if (ids.areas.length > 0) {
    areas.push(
      {
        id: `${source}-fill`,
        type: "fill",
        source,
        filter: IS_AREA,
        paint: { "fill-color": color, "fill-opacity": 0.25 },
      },
      {
        id: `${source}-line`,
        type: "line",
        source,
        filter: IS_AREA,
        paint: { "line-color": color, "line-width": 2 },
      },
    );
  }
  const points: LayerSpecification[] = ids.points.map((id) => ({
    id,
    type: "circle",
    source,
    filter: IS_POINT,
    paint: {
      "circle-color": color,
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 10, 5, 16, 9],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
    },
  }));
  return { areas, points };
}

export const BOUNDARY_SOURCE = "city-boundary";
export const BOUNDARY_COLOR = "#37474f";
export const POSITION_SOURCE = "my-position";
export const POSITION_COLOR = "#1565c0";

export const boundaryLineLayer: LayerSpecification = {
  id: `${BOUNDARY_SOURCE}-line`,
  type: "line",
  source: BOUNDARY_SOURCE,
  paint: { "line-color": BOUNDARY_COLOR, "line-width": 2.5, "line-dasharray": [3, 2] },
};

export const positionLayers: LayerSpecification[] = [
  {
    id: `${POSITION_SOURCE}-accuracy`,
    type: "fill",
    source: POSITION_SOURCE,
    filter: IS_AREA,
    paint: { "fill-color": POSITION_COLOR, "fill-opacity": 0.12 },
  },
  {
    id: `${POSITION_SOURCE}-dot`,
    type: "circle",
    source: POSITION_SOURCE,
    filter: IS_POINT,
    paint: {
      "circle-color": POSITION_COLOR,
      "circle-radius": 8,
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 3,
    },
  },
];
