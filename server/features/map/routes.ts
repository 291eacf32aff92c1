// /api/map: the basemap through the tile proxy (style, tiles, sprite, glyphs) and what the
// offline download needs. The layers themselves reach devices through the sync feed.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  type Bounds,
  CITY_BOUNDS,
  OFFLINE_MAX_ZOOM,
  OFFLINE_MIN_ZOOM,
  type OfflineInfo,
  offlineInfoSchema,
} from "../../../src/lib/contract/map";
import { z } from "../../../src/lib/contract/zod";
import type { Config } from "../../config";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, plainAnswer, problems } from "../../http/openapi";
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

// Path segments stay plain strings: anything that is not a tile is 404 tile_not_available, not 400;
// only past the length of any id (idParam) is a segment refused (400) before it is looked at.
const segment = idParam;
const conditional = z.object({ "if-none-match": z.string().optional() });

/** A proxied resource: 200 with its bytes, 304 when the browser's copy is current, or a problem. */
function proxied(description: string, mediaType: string) {
  return {
    200: plainAnswer(description, mediaType),
    304: plainAnswer("Not modified (If-None-Match)"),
    ...problems({
      404: ["tile_not_available"],
      429: ["rate_limited"],
      502: ["upstream_failed"],
      504: ["upstream_timeout"],
    }),
  };
}

const styleRoute = createRoute({
  method: "get",
  path: "/style.json",
  summary: "The basemap style (MapLibre), pointing at this proxy.",
  request: { headers: conditional },
  responses: proxied("The style", "application/json"),
});

const tileRoute = createRoute({
  method: "get",
  path: "/tiles/{source}/{z}/{x}/{y}",
  summary: "A vector tile of the basemap, within the city's surroundings.",
  request: {
    params: z.object({ source: segment, z: segment, x: segment, y: segment }),
    headers: conditional,
  },
  responses: proxied("The tile", "application/x-protobuf"),
});

const spriteRoute = createRoute({
  method: "get",
  path: "/sprite/{file}",
  summary: "The basemap's sprite (JSON index or PNG image).",
  request: { params: z.object({ file: segment }), headers: conditional },
  responses: proxied("The sprite file", "image/png"),
});

const glyphsRoute = createRoute({
  method: "get",
  path: "/glyphs/{fontstack}/{range}",
  summary: "A range of glyphs of a font stack (PBF).",
  request: { params: z.object({ fontstack: segment, range: segment }), headers: conditional },
  responses: proxied("The glyphs", "application/x-protobuf"),
});

const offlineInfoRoute = createRoute({
  method: "get",
  path: "/offline-info",
  summary: "Zoom levels and tile sizes for saving the map offline.",
  responses: {
    200: jsonAnswer(offlineInfoSchema, "What the offline download needs"),
    ...problems({ 429: ["rate_limited"] }),
  },
});

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

  app.openapi(styleRoute, async (c) => send(c, await serve(() => proxy.style()), 3600));

  app.openapi(tileRoute, async (c) => {
    const { source, ...at } = c.req.valid("param");
    const [z, x, y] = [at.z, at.x, at.y].map(tileNumber);
    return send(c, await serve(() => proxy.tile(source, z!, x!, y!)), DAY);
  });

  app.openapi(spriteRoute, async (c) =>
    send(c, await serve(() => proxy.sprite(c.req.valid("param").file)), DAY),
  );

  app.openapi(glyphsRoute, async (c) => {
    const { fontstack, range } = c.req.valid("param");
    return send(c, await serve(() => proxy.glyphs(fontstack, range.replace(/\.pbf$/, ""))), 7 * DAY);
  });

  app.openapi(offlineInfoRoute, (c) => {
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
