// The city map in Chromium against the production server, its tile proxy and the stand-in basemap
// (no internet here): what the map page adds to the app in JS and CSS, the time from navigation to the
// map's first `idle` with warm caches, and the offline download of the city at zoom 10-16 through the
// real "Karte offline speichern" flow.
import { chromium } from "playwright-core";
import { CITY_BOUNDS, tilesInBounds } from "../src/lib/contract/map";
import { startTileFixtureServer } from "../server/testing/tile-fixture-server";
import { CHROMIUM_FLAGS, chromiumPath } from "./browser";
import { pageChunks } from "./bundle";
import { startServer } from "./server";

export const MAP_PATH = "/karte";
const IDLE_RUNS = 7;
const OFFLINE_ZOOMS = { from: 10, to: 16 };

export type MapBench = {
  /** JS and CSS (gzip -9) loaded by the map page and not by the start page, maplibre's worker included. */
  chunkGzipBytes: number;
  chunks: { path: string; gzipBytes: number }[];
  /** Median and every run, milliseconds from navigation start to the first `idle`. */
  firstIdleMs: number;
  firstIdleRuns: number[];
  offlineTiles: number;
  offlineBytes: number;
  offlineSeconds: number;
  /** Size of one stand-in tile: the bytes above are the stand-in's, not basemap.de's. */
  standInTileBytes: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchMap(root: string): Promise<MapBench> {
  const basemap = await startTileFixtureServer();
  const server = await startServer(root, { MAP_STYLE_URL: basemap.styleUrl });
  try {
    const start = new Set((await pageChunks(server.baseUrl, "/")).map((c) => c.path));
    const chunks = (await pageChunks(server.baseUrl, MAP_PATH)).filter((c) => !start.has(c.path));
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
    try {
      const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: "de-DE" });
      const page = await context.newPage();
      const idle = page.locator("[data-map-state=idle]");
      // Warm: the service worker installed and in control, the map's chunks, style and tiles cached.
      await page.goto(`${server.baseUrl}${MAP_PATH}`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 30_000,
      });
      await page.reload();
      await idle.waitFor({ timeout: 60_000 });
      const runs: number[] = [];
      for (let i = 0; i < IDLE_RUNS; i++) {
        await page.goto(`${server.baseUrl}${MAP_PATH}`);
        await idle.waitFor({ timeout: 60_000 });
        runs.push(
          await page.evaluate(() => {
            const mark = performance.getEntriesByName("map:first-idle")[0];
            if (!mark) throw new Error("the map set no map:first-idle mark");
            return Math.round(mark.startTime);
          }),
        );
      }

      await page.getByLabel("Von Zoomstufe").selectOption(String(OFFLINE_ZOOMS.from));
      await page.getByLabel("Bis Zoomstufe").selectOption(String(OFFLINE_ZOOMS.to));
      const started = performance.now();
      await page.getByRole("button", { name: "Karte offline speichern" }).click();
      await page.getByText(/^Gespeichert: /).waitFor({ timeout: 600_000 });
      const offlineSeconds = (performance.now() - started) / 1000;
      const stored = await page.evaluate(async () => {
        const cache = await caches.open("map-offline");
        let bytes = 0;
        let tiles = 0;
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          bytes += (await response!.arrayBuffer()).byteLength;
          if (new URL(request.url).pathname.startsWith("/api/map/tiles/")) tiles++;
        }
        return { bytes, tiles };
      });
      const expectedTiles = Array.from(
        { length: OFFLINE_ZOOMS.to - OFFLINE_ZOOMS.from + 1 },
        (_, i) => tilesInBounds(CITY_BOUNDS, OFFLINE_ZOOMS.from + i).length,
      ).reduce((a, b) => a + b, 0);
      if (stored.tiles !== expectedTiles)
        throw new Error(`the offline download stored ${stored.tiles} tiles, expected ${expectedTiles}`);
      const tile = await fetch(`${basemap.baseUrl}/tiles/10/536/333.png`);
      return {
        chunkGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
        chunks: chunks.map(({ path, gzipBytes }) => ({ path, gzipBytes })),
        firstIdleMs: median(runs),
        firstIdleRuns: runs,
        offlineTiles: stored.tiles,
        offlineBytes: stored.bytes,
        offlineSeconds,
        standInTileBytes: (await tile.arrayBuffer()).byteLength,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    await basemap.close();
  }
}
