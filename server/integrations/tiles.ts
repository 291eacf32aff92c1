// The basemap through our server: the configured MapLibre style, its tiles, sprite and glyphs, each
// fetched from the upstream once and kept on disk, so the city's traffic reaches the upstream once
// per resource and the map keeps working while the upstream is down.
// It serves only what the style names, and tiles only within the allowed area and zoom levels:
// it must never become an open proxy.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Bounds, tileIntersects } from "../../src/lib/contract/map";
import { z } from "../../src/lib/contract/zod";
import { makePrivateDirAsync, writePrivateFileAsync } from "../lib/private-files";

export class TileProxyError extends Error {
  constructor(
    readonly reason: "not-allowed" | "not-found" | "upstream-failed" | "upstream-timeout",
    message: string,
  ) {
    super(message);
  }
}

export type CachedResource = {
  body: Buffer;
  contentType: string;
  /** Our validator of the body (the upstream's may be missing or differ per server). */
  etag: string;
};

export type TileProxyOptions = {
  styleUrl: string;
  cacheDir: string;
  /** Tiles are served only where they touch these bounds. */
  bounds: Bounds;
  maxZoom: number;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** How long a cached resource is used without asking the upstream again. */
  freshMs?: number;
  now?: () => number;
};

type SourceInfo = { templates: string[]; minzoom: number; maxzoom: number };
type StyleState = {
  json: string;
  etag: string;
  sources: Map<string, SourceInfo>;
  sprites: Map<string, string>;
  glyphs?: string;
};

type Meta = {
  url: string;
  contentType: string;
  etag: string;
  fetchedAt: number;
  upstreamEtag?: string;
  upstreamModified?: string;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_FRESH_MS = 7 * 24 * 3600 * 1000;
/** Until we have served tiles of a zoom level, the offline estimate assumes this size. */
const DEFAULT_TILE_BYTES = 30 * 1024;
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const tileSourceSchema = z.object({
  type: z.enum(["vector", "raster", "raster-dem"]),
  url: z.string().optional(),
  tiles: z.array(z.string()).optional(),
  minzoom: z.number().optional(),
  maxzoom: z.number().optional(),
});
const tileJsonSchema = z.object({
  tiles: z.array(z.string()).min(1),
  minzoom: z.number().optional(),
  maxzoom: z.number().optional(),
  attribution: z.string().optional(),
  bounds: z.array(z.number()).optional(),
});
const styleSchema = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.looseObject({ type: z.string() })),
  layers: z.array(z.unknown()),
  sprite: z.union([z.string(), z.array(z.object({ id: z.string(), url: z.string() }))]).optional(),
  glyphs: z.string().optional(),
});

const SOURCE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const SPRITE_FILE = /^([A-Za-z0-9_-]{1,64})(@2x)?\.(json|png)$/;
const FONTSTACK = /^[A-Za-z0-9 ,_-]{1,200}$/;
const GLYPH_RANGE = /^(\d{1,5})-(\d{1,5})$/;

export type TileProxy = ReturnType<typeof createTileProxy>;

export function createTileProxy(options: TileProxyOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const freshMs = options.freshMs ?? DEFAULT_FRESH_MS;
  const inFlight = new Map<string, Promise<CachedResource>>();
  const tileBytes = new Map<number, { total: number; count: number }>();
  let style: { state: StyleState; at: number } | undefined;

  const keyOf = (url: string) => createHash("sha256").update(url).digest("hex");
  const pathsOf = (key: string) => {
    const dir = join(options.cacheDir, key.slice(0, 2));
    return { dir, body: join(dir, key), meta: join(dir, `${key}.json`) };
  };

  async function readCached(key: string): Promise<{ meta: Meta; body: Buffer } | undefined> {
    const paths = pathsOf(key);
    try {
      const meta = JSON.parse(await readFile(paths.meta, "utf8")) as Meta;
      return { meta, body: await readFile(paths.body) };
    } catch {
      return undefined;
    }
  }

  /** Body first, then its meta, each renamed into place: a crash leaves no meta without its body. */
  async function writeCached(key: string, meta: Meta, body: Buffer) {
    const paths = pathsOf(key);
    await makePrivateDirAsync(paths.dir);
    const suffix = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writePrivateFileAsync(paths.body + suffix, body);
    await rename(paths.body + suffix, paths.body);
    await writePrivateFileAsync(paths.meta + suffix, JSON.stringify(meta));
    await rename(paths.meta + suffix, paths.meta);
  }

  const etagOf = (body: Buffer) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

  async function fetchUpstream(url: string, cached: Meta | undefined) {
    const headers: Record<string, string> = {};
    if (cached?.upstreamEtag) headers["if-none-match"] = cached.upstreamEtag;
    if (cached?.upstreamModified) headers["if-modified-since"] = cached.upstreamModified;
    const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      const response = await doFetch(url, { headers, signal });
      if (response.status === 304) return { kind: "not-modified" as const };
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return { kind: "error" as const, status: response.status };
      }
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > MAX_BODY_BYTES)
        throw new TileProxyError("upstream-failed", `${url}: answer too large`);
      return { kind: "ok" as const, response, body };
    } catch (error) {
      if (error instanceof TileProxyError) throw error;
      if (signal.aborted) throw new TileProxyError("upstream-timeout", `${url}: no answer in time`);
      throw new TileProxyError(
        "upstream-failed",
        `${url}: ${error instanceof Error ? error.message : "failed"}`,
      );
    }
  }

  /** The cached copy while fresh; otherwise revalidated, or refetched; a stale copy when the upstream fails. */
  async function load(url: string, fallbackType: string): Promise<CachedResource> {
    const key = keyOf(url);
    const running = inFlight.get(key);
    if (running) return running;
    const task = (async () => {
      const cached = await readCached(key);
      if (cached && now() - cached.meta.fetchedAt < freshMs) return toResource(cached);
      let answer;
      try {
        answer = await fetchUpstream(url, cached?.meta);
      } catch (error) {
        if (cached) return toResource(cached);
        throw error;
      }
      if (answer.kind === "not-modified" && cached) {
        await writeCached(key, { ...cached.meta, fetchedAt: now() }, cached.body);
        return toResource(cached);
      }
      if (answer.kind !== "ok") {
        const status = answer.kind === "error" ? answer.status : 304;
        if (status === 404 || status === 410 || status === 204)
          throw new TileProxyError("not-found", `${url}: ${status}`);
        if (cached) return toResource(cached);
        throw new TileProxyError("upstream-failed", `${url}: upstream answered ${status}`);
      }
      const meta: Meta = {
        url,
        contentType: answer.response.headers.get("content-type")?.split(";")[0]?.trim() || fallbackType,
        etag: etagOf(answer.body),
        fetchedAt: now(),
        ...(answer.response.headers.get("etag")
          ? { upstreamEtag: answer.response.headers.get("etag")! }
          : {}),
        ...(answer.response.headers.get("last-modified")
          ? { upstreamModified: answer.response.headers.get("last-modified")! }
          : {}),
      };
      await writeCached(key, meta, answer.body);
      return toResource({ meta, body: answer.body });
    })();
    inFlight.set(key, task);
    try {
      return await task;
    } finally {
      inFlight.delete(key);
    }
  }

  const toResource = ({ meta, body }: { meta: Meta; body: Buffer }): CachedResource => ({
    body,
    contentType: meta.contentType,
    etag: meta.etag,
  });

  async function loadJson(url: string): Promise<unknown> {
    const resource = await load(url, "application/json");
    try {
      return JSON.parse(resource.body.toString("utf8"));
    } catch {
      throw new TileProxyError("upstream-failed", `${url}: not JSON`);
    }
  }

  /** Reads the style and the TileJSON of its sources, and rewrites every URL to point at us. */
  async function buildStyle(): Promise<StyleState> {
    const parsed = styleSchema.safeParse(await loadJson(options.styleUrl));
    if (!parsed.success) throw new TileProxyError("upstream-failed", "the map style is not a MapLibre style");
    const upstream = parsed.data;
    const sources = new Map<string, SourceInfo>();
    const rewritten: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(upstream.sources)) {
      const source = tileSourceSchema.safeParse(raw);
      if (!source.success || !SOURCE_NAME.test(name)) {
        rewritten[name] = raw; // geojson, image, video: nothing to proxy
        continue;
      }
      let { tiles, minzoom, maxzoom } = source.data;
      let extra: Record<string, unknown> = {};
      if (!tiles && source.data.url) {
        const tileJson = tileJsonSchema.safeParse(
          await loadJson(new URL(source.data.url, options.styleUrl).href),
        );
        if (!tileJson.success)
          throw new TileProxyError("upstream-failed", `TileJSON of source ${name} is invalid`);
        ({ tiles, minzoom = minzoom, maxzoom = maxzoom } = tileJson.data);
        if (tileJson.data.attribution) extra = { attribution: tileJson.data.attribution };
      }
      if (!tiles?.length) throw new TileProxyError("upstream-failed", `source ${name} names no tiles`);
      const info = {
        templates: tiles.map((t) =>
          new URL(t, options.styleUrl).href.replaceAll("%7B", "{").replaceAll("%7D", "}"),
        ),
        minzoom: minzoom ?? 0,
        maxzoom: Math.min(maxzoom ?? options.maxZoom, options.maxZoom),
      };
      sources.set(name, info);
      const { url: _url, ...rest } = raw as Record<string, unknown>;
      rewritten[name] = {
        ...rest,
        ...extra,
        tiles: [`/api/map/tiles/${name}/{z}/{x}/{y}`],
        minzoom: info.minzoom,
        maxzoom: info.maxzoom,
      };
    }
    const sprites = new Map<string, string>();
    let sprite: unknown;
    if (typeof upstream.sprite === "string") {
      sprites.set("sprite", new URL(upstream.sprite, options.styleUrl).href);
      sprite = "/api/map/sprite/sprite";
    } else if (upstream.sprite) {
      sprite = upstream.sprite
        .filter((s) => SOURCE_NAME.test(s.id))
        .map((s) => {
          sprites.set(s.id, new URL(s.url, options.styleUrl).href);
          return { id: s.id, url: `/api/map/sprite/${s.id}` };
        });
    }
    const glyphs = upstream.glyphs
      ? new URL(upstream.glyphs, options.styleUrl).href.replaceAll("%7B", "{").replaceAll("%7D", "}")
      : undefined;
    const style = {
      ...upstream,
      sources: rewritten,
      ...(sprite ? { sprite } : {}),
      ...(glyphs ? { glyphs: "/api/map/glyphs/{fontstack}/{range}.pbf" } : {}),
    };
    const json = JSON.stringify(style);
    return { json, etag: etagOf(Buffer.from(json)), sources, sprites, glyphs };
  }

  async function currentStyle(): Promise<StyleState> {
    if (style && now() - style.at < 3600_000) return style.state;
    const state = await buildStyle();
    style = { state, at: now() };
    return state;
  }

  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

  return {
    async style(): Promise<CachedResource> {
      const state = await currentStyle();
      return { body: Buffer.from(state.json), contentType: "application/json", etag: state.etag };
    },

    async tile(sourceName: string, z: number, x: number, y: number): Promise<CachedResource> {
      const source = (await currentStyle()).sources.get(sourceName);
      if (!source) throw new TileProxyError("not-allowed", `no tile source ${sourceName}`);
      const inRange = Number.isInteger(z) && z >= source.minzoom && z <= source.maxzoom;
      if (!inRange || !(x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z))
        throw new TileProxyError("not-allowed", `tile ${z}/${x}/${y} out of range`);
      if (!tileIntersects(z, x, y, options.bounds))
        throw new TileProxyError("not-allowed", `tile ${z}/${x}/${y} outside the served area`);
      // Several templates (a, b, c hosts) spread the load the way the style intends.
      const template = source.templates[(x + y) % source.templates.length]!;
      const resource = await load(
        fill(template, { z: String(z), x: String(x), y: String(y) }),
        "application/octet-stream",
      );
      const stats = tileBytes.get(z) ?? { total: 0, count: 0 };
      if (stats.count < 10_000)
        tileBytes.set(z, { total: stats.total + resource.body.length, count: stats.count + 1 });
      return resource;
    },

    async sprite(file: string): Promise<CachedResource> {
      const match = SPRITE_FILE.exec(file);
      const base = match && (await currentStyle()).sprites.get(match[1]!);
      if (!match || !base) throw new TileProxyError("not-allowed", `no sprite ${file}`);
      return load(
        `${base}${match[2] ?? ""}.${match[3]}`,
        match[3] === "png" ? "image/png" : "application/json",
      );
    },

    async glyphs(fontstack: string, range: string): Promise<CachedResource> {
      const template = (await currentStyle()).glyphs;
      const match = GLYPH_RANGE.exec(range);
      const valid =
        match &&
        Number(match[1]) % 256 === 0 &&
        Number(match[2]) === Number(match[1]) + 255 &&
        Number(match[2]) < 65536;
      if (!template || !valid || !FONTSTACK.test(fontstack))
        throw new TileProxyError("not-allowed", `no glyphs ${fontstack} ${range}`);
      return load(
        fill(template, { fontstack: encodeURIComponent(fontstack), range }),
        "application/x-protobuf",
      );
    },

    /** Average size of the tiles served so far per zoom level, for the offline download's estimate. */
    averageTileBytes(minZoom: number, maxZoom: number): Record<string, number> {
      const sizes: Record<string, number> = {};
      for (let z = minZoom; z <= maxZoom; z++) {
        const stats = tileBytes.get(z);
        sizes[z] = stats && stats.count > 0 ? Math.round(stats.total / stats.count) : DEFAULT_TILE_BYTES;
      }
      return sizes;
    },
  };
}

/**
 * Removes cached resources nobody asked for within `maxAgeMs`: a resource in use is revalidated
 * (and its meta file rewritten) every week, so the cache keeps what the city's residents look at.
 * Returns how many resources went.
 */
export async function pruneTileCache(cacheDir: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  const folders = await readdir(cacheDir).catch(() => []);
  for (const folder of folders) {
    const dir = join(cacheDir, folder);
    for (const name of await readdir(dir).catch(() => [])) {
      if (!name.endsWith(".json")) continue;
      const meta = join(dir, name);
      const modified = await stat(meta).then(
        (s) => s.mtimeMs,
        () => now,
      );
      if (now - modified < maxAgeMs) continue;
      // Meta first: a body without its meta is never served, and is removed with it.
      await rm(meta, { force: true });
      await rm(meta.slice(0, -".json".length), { force: true });
      removed++;
    }
  }
  return removed;
}
