// /api/map: the basemap through the tile proxy (style, tiles, sprite, glyphs) and what the
// offline download needs. The layers themselves reach devices through the sync feed.
import type { Context } from "hono";
import {
  type Bounds,
  CITY_BOUNDS,
  OFFLINE_MAX_ZOOM,
  OFFLINE_MIN_ZOOM,
  type OfflineInfo,
} from "../../../src/lib/contract/map";
import type { Config } from "../../config";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { type CachedResource, createTileProxy, TileProxyError } from "../../integrations/tiles";

/** Tiles are served for the city and its surroundings (about 25 km around), up to street level. */
export const TILE_BOUNDS: Bounds = [
  CITY_BOUNDS[0] - 0.35,
  CITY_BOUNDS[1] - 0.2,
  CITY_BOUNDS[2] + 0.35,
  CITY_BOUNDS[3] + 0.2,
];
export const TILE_MAX_ZOOM = 18;

const DAY = 24 * 3600;

export function mapRoutes(config: Pick<Config, "mapStyleUrl" | "mapCacheDir">) {
  const app = createRouter();
  const proxy = createTileProxy({
    styleUrl: config.mapStyleUrl,
    cacheDir: config.mapCacheDir,
    bounds: TILE_BOUNDS,
    maxZoom: TILE_MAX_ZOOM,
  });

  // A map view asks for a few dozen tiles at once and "Karte offline speichern" for about 1,300
  // (zoom 10-16); this only stops bulk copying of the area through us.
  app.use("*", rateLimit({ name: "map", windowMs: 60_000, max: 6000 }));

  app.get("/style.json", async (c) => send(c, await serve(() => proxy.style()), 3600));

  app.get("/tiles/:source/:z/:x/:y", async (c) => {
    const [z, x, y] = [c.req.param("z"), c.req.param("x"), c.req.param("y")].map(tileNumber);
    return send(c, await serve(() => proxy.tile(c.req.param("source"), z!, x!, y!)), DAY);
  });

  app.get("/sprite/:file", async (c) => send(c, await serve(() => proxy.sprite(c.req.param("file"))), DAY));

  app.get("/glyphs/:fontstack/:range", async (c) => {
    const range = c.req.param("range").replace(/\.pbf$/, "");
    return send(c, await serve(() => proxy.glyphs(c.req.param("fontstack"), range)), 7 * DAY);
  });

  app.get("/offline-info", (c) => {
    const info: OfflineInfo = {
      minZoom: OFFLINE_MIN_ZOOM,
      maxZoom: OFFLINE_MAX_ZOOM,
      averageTileBytes: proxy.averageTileBytes(OFFLINE_MIN_ZOOM, OFFLINE_MAX_ZOOM),
    };
    return c.json(info, 200);
  });

  return app;
}

/** A path segment that must be a small non-negative integer (anything else is not a tile). */
function tileNumber(segment: string): number {
  const value = /^\d{1,7}$/.test(segment) ? Number(segment) : NaN;
  if (Number.isNaN(value)) throw new ProblemError(404, "tile_not_available");
  return value;
}

async function serve(load: () => Promise<CachedResource>): Promise<CachedResource> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof TileProxyError)) throw error;
    if (error.reason === "upstream-timeout") throw new ProblemError(504, "upstream_timeout");
    if (error.reason === "upstream-failed") throw new ProblemError(502, "upstream_failed");
    // Not allowed (outside the area, unknown resource) and not found look the same from outside.
    throw new ProblemError(404, "tile_not_available");
  }
}

/** The resource with its validator; 304 when the browser's copy is current (RFC 9110 § 13.1.2). */
function send(c: Context<AppEnv>, resource: CachedResource, maxAgeSeconds: number): Response {
  const headers = {
    ETag: resource.etag,
    "Cache-Control": `public, max-age=${maxAgeSeconds}`,
  };
  const asked = c.req.header("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === resource.etag))
    return c.body(null, 304, headers);
  return c.body(new Uint8Array(resource.body), 200, { ...headers, "Content-Type": resource.contentType });
}
