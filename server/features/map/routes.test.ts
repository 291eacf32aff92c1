// /api/map: the tile proxy caches on disk, revalidates with 304, passes upstream failures as a clean
// status, and serves nothing but the style's resources within the city area (never an open proxy).
import { mkdtempSync, rmSync } from "node:fs";
import { readdir, readFile, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CITY_BOUNDS, tileX, tileY } from "../../../src/lib/contract/map";
import { problemSchema } from "../../../src/lib/contract/problem";
import { z } from "../../../src/lib/contract/zod";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { pruneTileCache } from "../../integrations/tiles";
import { startTileFixtureServer, type TileFixtureServer } from "../../testing/tile-fixture-server";

let t: TestApp;
let upstream: TileFixtureServer;
let cacheDir: string;

async function startApp() {
  return createTestApp({ MAP_STYLE_URL: upstream.styleUrl, MAP_CACHE_DIR: cacheDir });
}

beforeEach(async () => {
  upstream = await startTileFixtureServer();
  cacheDir = mkdtempSync(join(tmpdir(), "delmenhorst-tiles-"));
  t = await startApp();
});

afterEach(async () => {
  await t.close();
  await upstream.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

// The tile with the city centre at zoom 14.
const z14 = { z: 14, x: tileX(8.632, 14), y: tileY(53.05, 14) };
const tilePath = ({ z, x, y }: { z: number; x: number; y: number }) =>
  `/api/map/tiles/basemap/${z}/${x}/${y}`;
const upstreamTilePath = ({ z, x, y }: { z: number; x: number; y: number }) => `/tiles/${z}/${x}/${y}.png`;

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  expect(problemSchema.parse(await response.json()).code).toBe(code);
}

const styleSchema = z.object({
  sources: z.object({
    basemap: z.object({ tiles: z.array(z.string()), minzoom: z.number(), maxzoom: z.number() }),
  }),
  sprite: z.string(),
  glyphs: z.string(),
});

describe("style", () => {
  it("points every URL of the upstream style at the proxy", async () => {
    const response = await t.app.request("/api/map/style.json");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(upstream.baseUrl);
    const style = styleSchema.parse(JSON.parse(text));
    expect(style.sources.basemap.tiles).toEqual(["/api/map/tiles/basemap/{z}/{x}/{y}"]);
    expect(style.sprite).toBe("/api/map/sprite/sprite");
    expect(style.glyphs).toBe("/api/map/glyphs/{fontstack}/{range}.pbf");
  });

  it("answers 502 when the upstream style cannot be had", async () => {
    upstream.fail("/styles/", 500);
    await expectProblem(await t.app.request("/api/map/style.json"), 502, "upstream_failed");
  });
});

describe("tiles", () => {
  it("fetches a tile from the upstream once and serves it from the disk cache after", async () => {
    const first = await t.app.request(tilePath(z14));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/png");
    expect(first.headers.get("cache-control")).toBe("public, max-age=86400");
    const body = Buffer.from(await first.arrayBuffer());
    expect(body.subarray(1, 4).toString()).toBe("PNG");

    const again = await t.app.request(tilePath(z14));
    expect(Buffer.from(await again.arrayBuffer())).toEqual(body);
    // A restarted server keeps the cache: still one upstream request.
    await t.close();
    t = await startApp();
    expect((await t.app.request(tilePath(z14))).status).toBe(200);
    expect(upstream.count(upstreamTilePath(z14))).toBe(1);
  });

  it("forgets tiles nobody asked for in 30 days, and keeps those in use", async () => {
    const other = { ...z14, x: z14.x + 1 };
    await t.app.request(tilePath(z14));
    await t.app.request(tilePath(other));
    const month = 30 * 24 * 3600_000;
    expect(await pruneTileCache(cacheDir, month)).toBe(0);
    // The other tile was last fetched or revalidated 31 days ago.
    const files = (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(3); // the style and two tiles
    const metas = await Promise.all(
      files.map(async (f) => ({ f, body: await readFile(join(cacheDir, f), "utf8") })),
    );
    const otherFile = metas.find((m) => m.body.includes(upstreamTilePath(other)));
    const old = new Date(Date.now() - month - 24 * 3600_000);
    await utimes(join(cacheDir, otherFile!.f), old, old);
    expect(await pruneTileCache(cacheDir, month)).toBe(1);
    expect((await t.app.request(tilePath(z14))).status).toBe(200);
    expect((await t.app.request(tilePath(other))).status).toBe(200);
    expect(upstream.count(upstreamTilePath(z14))).toBe(1);
    expect(upstream.count(upstreamTilePath(other))).toBe(2);
  });

  it("asks the upstream once for tiles requested at the same time", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.app.request(tilePath(z14))));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(upstream.count(upstreamTilePath(z14))).toBe(1);
  });

  it("answers 304 to a browser that has the tile", async () => {
    const first = await t.app.request(tilePath(z14));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await t.app.request(tilePath(z14), { headers: { "if-none-match": etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    const changed = await t.app.request(tilePath(z14), { headers: { "if-none-match": '"other"' } });
    expect(changed.status).toBe(200);
  });

  it("passes upstream errors as a clean status, and serves a cached tile while the upstream is down", async () => {
    await t.app.request(tilePath(z14));
    upstream.fail("/tiles/", 503);
    const next = { ...z14, x: z14.x + 1 };
    await expectProblem(await t.app.request(tilePath(next)), 502, "upstream_failed");
    expect((await t.app.request(tilePath(z14))).status).toBe(200);
    upstream.fail("/tiles/", 404);
    await expectProblem(await t.app.request(tilePath({ ...z14, y: z14.y + 1 })), 404, "tile_not_available");
  });

  it("answers 504 when the upstream does not answer in time", async () => {
    upstream.fail("/tiles/", "hang");
    const started = Date.now();
    const response = await t.app.request(tilePath(z14));
    await expectProblem(response, 504, "upstream_timeout");
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it("refuses tiles outside the city area, beyond the zoom levels and of unknown sources", async () => {
    const berlin = { z: 14, x: tileX(13.4, 14), y: tileY(52.52, 14) };
    await expectProblem(await t.app.request(tilePath(berlin)), 404, "tile_not_available");
    await expectProblem(await t.app.request(tilePath({ z: 19, x: 0, y: 0 })), 404, "tile_not_available");
    await expectProblem(await t.app.request("/api/map/tiles/basemap/14/-1/5"), 404, "tile_not_available");
    await expectProblem(await t.app.request("/api/map/tiles/basemap/14/x/5"), 404, "tile_not_available");
    await expectProblem(
      await t.app.request(`/api/map/tiles/other/${z14.z}/${z14.x}/${z14.y}`),
      404,
      "tile_not_available",
    );
    await expectProblem(await t.app.request("/api/map/tiles/basemap/3/99/1"), 404, "tile_not_available");
    // Only tiles at the city went upstream: none of these did.
    expect(upstream.requests.filter((r) => r.path.startsWith("/tiles/"))).toEqual([]);
    // Low zoom levels: the one tile that holds the city is served.
    const overview = { z: 5, x: tileX(CITY_BOUNDS[0], 5), y: tileY(CITY_BOUNDS[1], 5) };
    expect((await t.app.request(tilePath(overview))).status).toBe(200);
  });

  it("serves only the style's sprite and glyph files", async () => {
    expect((await t.app.request("/api/map/sprite/sprite.json")).status).toBe(200);
    expect((await t.app.request("/api/map/sprite/sprite@2x.png")).status).toBe(200);
    expect(upstream.count("/sprites/basemap@2x.png")).toBe(1);
    expect((await t.app.request("/api/map/glyphs/Noto%20Sans%20Regular/0-255.pbf")).status).toBe(200);
    for (const path of [
      "/api/map/sprite/other.json",
      "/api/map/sprite/sprite.svg",
      "/api/map/glyphs/Noto%20Sans%20Regular/0-300.pbf",
      "/api/map/glyphs/..%2F..%2Fetc/0-255.pbf",
    ])
      await expectProblem(await t.app.request(path), 404, "tile_not_available");
  });
});

describe("offline info", () => {
  it("estimates tile sizes from the tiles served", async () => {
    const before = z
      .object({ averageTileBytes: z.record(z.string(), z.number()) })
      .parse(await (await t.app.request("/api/map/offline-info")).json());
    expect(before.averageTileBytes["14"]).toBe(30 * 1024);
    const tile = Buffer.from(await (await t.app.request(tilePath(z14))).arrayBuffer());
    const after = z
      .object({
        minZoom: z.number(),
        maxZoom: z.number(),
        averageTileBytes: z.record(z.string(), z.number()),
      })
      .parse(await (await t.app.request("/api/map/offline-info")).json());
    expect(after).toMatchObject({ minZoom: 10, maxZoom: 16 });
    expect(after.averageTileBytes["14"]).toBe(tile.length);
  });
});
