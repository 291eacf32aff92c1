// What "Karte offline speichern" fetches for a zoom range, and how large that will be. Pure: the
// download itself is in ./offline-map.ts.
import type { StyleSpecification } from "maplibre-gl";
import type { OfflineInfo } from "../../lib/contract/map";
import { type Bounds, CITY_BOUNDS } from "../../lib/contract/map-constants";
import { tilesInBounds } from "../../lib/contract/map-tiles";

/** Fallback when the server has no average for a zoom level yet (a typical vector tile). */
const DEFAULT_TILE_BYTES = 25_000;
/** Latin, Latin-1 and Latin Extended-A, and general punctuation („ “ –): enough for German street names. */
const GLYPH_RANGES = ["0-255", "256-511", "8192-8447"];

type TileSource = { templates: string[]; minzoom: number; maxzoom: number; zoomOffset: number };

/**
 * The tiled sources of a style. MapLibre draws a map zoom level z with tiles of level
 * z + log2(512 / tileSize): 256-pixel raster tiles come one level deeper than 512-pixel ones.
 */
export function tileSources(style: StyleSpecification): TileSource[] {
  const sources: TileSource[] = [];
  for (const source of Object.values(style.sources)) {
    if (!("tiles" in source) || !source.tiles || source.tiles.length === 0) continue;
    const tileSize = "tileSize" in source && source.tileSize ? source.tileSize : 512;
    sources.push({
      templates: source.tiles,
      minzoom: source.minzoom ?? 0,
      maxzoom: source.maxzoom ?? 22,
      zoomOffset: Math.round(Math.log2(512 / tileSize)),
    });
  }
  return sources;
}

/** Tile levels a source needs for map zoom levels from..to; above its maxzoom MapLibre scales its last level. */
export function tileZooms(source: TileSource, from: number, to: number): number[] {
  const zooms = new Set<number>();
  for (let z = from; z <= to; z++) {
    const tileZoom = Math.min(source.maxzoom, z + source.zoomOffset);
    if (tileZoom >= source.minzoom) zooms.add(tileZoom);
  }
  return [...zooms].sort((a, b) => a - b);
}

const tileUrl = (template: string, z: number, x: number, y: number) =>
  template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y));

function spriteUrls(sprite: StyleSpecification["sprite"]): string[] {
  if (sprite === undefined) return [];
  const bases = typeof sprite === "string" ? [sprite] : sprite.map((s) => s.url);
  return bases.flatMap((base) => [".json", ".png", "@2x.json", "@2x.png"].map((suffix) => base + suffix));
}

/** Font stacks the style's labels name literally (an expression would need the data to evaluate). */
function fontStacks(style: StyleSpecification): string[] {
  const stacks = new Set<string>();
  for (const layer of style.layers) {
    if (layer.type !== "symbol") continue;
    const font = layer.layout?.["text-font"];
    if (Array.isArray(font) && font.every((f): f is string => typeof f === "string"))
      stacks.add(font.join(","));
  }
  return [...stacks];
}

function glyphUrls(style: StyleSpecification): string[] {
  const template = style.glyphs;
  if (!template) return [];
  return fontStacks(style).flatMap((stack) =>
    GLYPH_RANGES.map((range) => template.replace("{fontstack}", stack).replace("{range}", range)),
  );
}

export type OfflinePlan = {
  /** Style resources first (sprite, glyphs), then the tiles. */
  urls: string[];
  tiles: number;
  estimatedBytes: number;
};

export function averageTileBytes(info: OfflineInfo, zoom: number): number {
  return info.averageTileBytes[String(zoom)] ?? DEFAULT_TILE_BYTES;
}

/** Everything the map needs to show the city at map zoom levels from..to without a network. */
export function planOfflineMap(
  style: StyleSpecification,
  info: OfflineInfo,
  from: number,
  to: number,
  bounds: Bounds = CITY_BOUNDS,
): OfflinePlan {
  const urls = [...spriteUrls(style.sprite), ...glyphUrls(style)];
  let tiles = 0;
  let estimatedBytes = 0;
  for (const source of tileSources(style)) {
    for (const z of tileZooms(source, from, to)) {
      const level = tilesInBounds(bounds, z);
      tiles += level.length;
      estimatedBytes += level.length * averageTileBytes(info, z);
      // One template per tile: the others name mirrors of the same tile.
      for (const tile of level) urls.push(tileUrl(source.templates[0]!, tile.z, tile.x, tile.y));
    }
  }
  return { urls, tiles, estimatedBytes };
}
