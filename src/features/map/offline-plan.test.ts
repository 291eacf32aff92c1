import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CITY_BOUNDS, type OfflineInfo, tilesInBounds } from "../../lib/contract/map";
import { absoluteStyle } from "./map-style";
import { planOfflineMap, tileSources, tileZooms } from "./offline-plan";

const ORIGIN = "https://app.example";
const style: StyleSpecification = {
  version: 8,
  sprite: "/api/map/sprite/sprite",
  glyphs: "/api/map/glyphs/{fontstack}/{range}.pbf",
  sources: {
    raster: { type: "raster", tiles: ["/api/map/tiles/raster/{z}/{x}/{y}"], tileSize: 256, maxzoom: 12 },
    vector: { type: "vector", tiles: ["/api/map/tiles/vector/{z}/{x}/{y}"], minzoom: 11, maxzoom: 14 },
  },
  layers: [
    {
      id: "streets",
      type: "symbol",
      source: "vector",
      "source-layer": "roads",
      layout: { "text-font": ["Noto Sans Regular"] },
    },
  ],
};
const info: OfflineInfo = { minZoom: 10, maxZoom: 16, averageTileBytes: { "11": 1000, "12": 2000 } };

describe("the offline map plan", () => {
  it("makes the server's relative URLs absolute and keeps the {z}/{x}/{y} tokens", () => {
    const absolute = absoluteStyle(style, ORIGIN);
    expect(absolute.sprite).toBe(`${ORIGIN}/api/map/sprite/sprite`);
    expect(absolute.glyphs).toBe(`${ORIGIN}/api/map/glyphs/{fontstack}/{range}.pbf`);
    const raster = absolute.sources["raster"];
    expect(raster && "tiles" in raster && raster.tiles).toEqual([
      `${ORIGIN}/api/map/tiles/raster/{z}/{x}/{y}`,
    ]);
  });

  it("asks 256-pixel tiles one level deeper and stops at each source's zoom range", () => {
    const [raster, vector] = tileSources(style);
    expect(tileZooms(raster!, 10, 12)).toEqual([11, 12]);
    expect(tileZooms(vector!, 10, 16)).toEqual([11, 12, 13, 14]);
  });

  it("counts the city's tiles per level and estimates their size", () => {
    const plan = planOfflineMap(style, info, 10, 11);
    const count = (z: number) => tilesInBounds(CITY_BOUNDS, z).length;
    expect(plan.tiles).toBe(count(11) + count(12) + count(11));
    // Levels without an average use the default of 25 kB.
    expect(plan.estimatedBytes).toBe(count(11) * 1000 + count(12) * 2000 + count(11) * 1000);
    expect(plan.urls).toContain("/api/map/sprite/sprite@2x.png");
    expect(plan.urls).toContain("/api/map/glyphs/Noto Sans Regular/0-255.pbf");
    expect(plan.urls.filter((url) => url.includes("/tiles/"))).toHaveLength(plan.tiles);
  });
});
