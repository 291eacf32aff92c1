// The basemap: the style the server configures (GET /api/map/style.json), or, when it cannot be
// loaded, a plain background with the city boundary so the overlays still have a place.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { z } from "../../lib/contract/zod";
import { BOUNDARY_COLOR, BOUNDARY_SOURCE } from "./overlays";
import { CITY_BOUNDARY, CITY_BOUNDARY_ATTRIBUTION } from "./city-boundary";

export const STYLE_URL = "/api/map/style.json";
const STYLE_TIMEOUT_MS = 10_000;

// Only what the app relies on is checked; MapLibre validates the rest and reports errors itself.
const styleShape = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.looseObject({ type: z.string() })),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
  glyphs: z.string().optional(),
  sprite: z.union([z.string(), z.array(z.object({ id: z.string(), url: z.string() }))]).optional(),
});

export function isStyle(value: unknown): value is StyleSpecification {
  return styleShape.safeParse(value).success;
}

/**
 * The server writes its URLs relative (/api/map/...); MapLibre resolves requests only from absolute
 * ones. Joined as text: a URL parser would percent-encode the {z}/{x}/{y} and {fontstack} tokens.
 */
export function absoluteUrl(url: string, origin: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? origin + url : url;
}

function absoluteSource(source: SourceSpecification, origin: string): SourceSpecification {
  const copy = { ...source };
  if ("tiles" in copy && copy.tiles) copy.tiles = copy.tiles.map((url) => absoluteUrl(url, origin));
  if ("url" in copy && typeof copy.url === "string") copy.url = absoluteUrl(copy.url, origin);
  return copy;
}

export function absoluteStyle(style: StyleSpecification, origin: string): StyleSpecification {
  const sprite = style.sprite;
  return {
    ...style,
    sources: Object.fromEntries(
      Object.entries(style.sources).map(([id, source]) => [id, absoluteSource(source, origin)]),
    ),
    ...(sprite !== undefined && {
      sprite:
        typeof sprite === "string"
          ? absoluteUrl(sprite, origin)
          : sprite.map((s) => ({ ...s, url: absoluteUrl(s.url, origin) })),
    }),
    ...(style.glyphs !== undefined && { glyphs: absoluteUrl(style.glyphs, origin) }),
  };
}

/** The server's style with absolute URLs; throws when it cannot be had (offline, upstream down). */
export async function fetchServerStyle(init: RequestInit = {}): Promise<StyleSpecification> {
  const response = await fetch(STYLE_URL, {
    headers: { Accept: "application/json" },
    signal: AbortSignal.timeout(STYLE_TIMEOUT_MS),
    ...init,
  });
  if (!response.ok) throw new Error(`style: HTTP ${response.status}`);
  const style: unknown = await response.json();
  if (!isStyle(style)) throw new Error("style: not a MapLibre style");
  return absoluteStyle(style, location.origin);
}

export const FALLBACK_BACKGROUND = "#f4f1ea";

/** Background and the city area: what the map shows without a basemap. */
export function fallbackStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": FALLBACK_BACKGROUND } }],
  };
}

/** The city boundary's source, added over every basemap (with the BKG's attribution). */
export const boundarySource: SourceSpecification = {
  type: "geojson",
  data: CITY_BOUNDARY,
  attribution: CITY_BOUNDARY_ATTRIBUTION,
};

export const boundaryFillLayer: LayerSpecification = {
  id: `${BOUNDARY_SOURCE}-fill`,
  type: "fill",
  source: BOUNDARY_SOURCE,
  paint: { "fill-color": "#ffffff", "fill-opacity": 0.8, "fill-outline-color": BOUNDARY_COLOR },
};

export type BaseStyle = { style: StyleSpecification; fromServer: boolean };

export async function loadBaseStyle(): Promise<BaseStyle> {
  try {
    return { style: await fetchServerStyle(), fromServer: true };
  } catch (error) {
    console.warn("map: basemap style not available, using the fallback", error);
    return { style: fallbackStyle(), fromServer: false };
  }
}
