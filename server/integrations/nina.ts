// The NINA warning API of the BBK (https://warnung.bund.de/api31, described by bundesAPI/nina-api).
// It fails in the wild (timeouts, 404 with an HTML page, empty bodies, invalid JSON, missing fields):
// every answer is validated leniently here, and anything unusable becomes an UpstreamError.
import { z } from "../../src/lib/contract/zod";

export const DEFAULT_NINA_TIMEOUT_MS = 10_000;

export type UpstreamReason =
  | "timeout"
  | "network"
  /** Our own shutdown, not the upstream's fault. */
  | "aborted"
  | `http ${number}`
  | "not json"
  | "empty body"
  | "invalid shape";

/** The upstream answered with something we cannot use; `reason` is short enough for the status table. */
export class UpstreamError extends Error {
  constructor(
    readonly reason: UpstreamReason,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`NINA ${url}: ${reason}`, options);
    this.name = "UpstreamError";
  }
}

// Lenient: a field of the wrong type counts as missing, unknown fields are ignored.
const text = z.string().optional().catch(undefined);
const num = z.number().optional().catch(undefined);

/** One entry of GET /dashboard/{ARS}.json. Only `id` is required; the rest is optional. */
export const dashboardEntrySchema = z.object({
  id: z.string().min(1),
  payload: z
    .object({
      version: num,
      hash: text,
      type: text,
      data: z
        .object({
          headline: text,
          provider: text,
          severity: text,
          msgType: text,
          transKeys: z.object({ event: text }).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
  i18nTitle: z.record(z.string(), z.string()).optional().catch(undefined),
  sent: text,
  onset: text,
  expires: text,
});
export type DashboardEntry = z.infer<typeof dashboardEntrySchema>;

const keyValues = z
  .array(z.object({ valueName: text, value: text }))
  .optional()
  .catch(undefined);

/** CAP 1.2 `info` block as NINA serves it. */
export const ninaInfoSchema = z.object({
  language: text,
  event: text,
  urgency: text,
  severity: text,
  certainty: text,
  eventCode: keyValues,
  effective: text,
  onset: text,
  expires: text,
  senderName: text,
  headline: text,
  description: text,
  instruction: text,
  web: text,
  contact: text,
  parameter: keyValues,
  area: z
    .array(z.object({ areaDesc: text }))
    .optional()
    .catch(undefined),
});
export type NinaInfo = z.infer<typeof ninaInfoSchema>;

/** GET /warnings/{id}.json: a CAP alert. */
export const ninaWarningSchema = z.object({
  identifier: text,
  sender: text,
  sent: text,
  status: text,
  msgType: text,
  references: text,
  info: z.array(ninaInfoSchema).optional().catch(undefined),
});
export type NinaWarning = z.infer<typeof ninaWarningSchema>;

const geoJsonSchema = z.object({
  type: z.string(),
  features: z
    .array(
      z.object({ geometry: z.object({ type: z.string(), coordinates: z.unknown() }).nullable().catch(null) }),
    )
    .optional()
    .catch(undefined),
  geometry: z.object({ type: z.string(), coordinates: z.unknown() }).nullable().optional().catch(undefined),
});

/** What we keep of a warning's GeoJSON: its polygons (simplified), their number and bounding box. */
export type WarningArea = {
  polygons: number;
  bbox: [number, number, number, number] | null;
  /** MultiPolygon coordinates, longitude first; null without a polygon. */
  coordinates: [number, number][][][] | null;
};

export type Validators = { etag: string | null; lastModified: string | null };

export type DashboardResult =
  | { status: "unchanged" }
  | {
      status: "ok";
      entries: DashboardEntry[];
      /** Entries dropped because they had no usable id. */
      skipped: number;
      etag: string | null;
      lastModified: string | null;
    };

export type NinaClientOptions = {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Aborts every request in flight (graceful shutdown). */
  signal?: AbortSignal;
};

export type NinaClient = {
  fetchDashboard(ars: string, validators?: Validators): Promise<DashboardResult>;
  fetchWarning(id: string): Promise<NinaWarning>;
  fetchWarningArea(id: string): Promise<WarningArea>;
};

export function createNinaClient(options: NinaClientOptions): NinaClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_NINA_TIMEOUT_MS;
  const base = options.baseUrl.replace(/\/$/, "");

  /** GET with timeout; the body is read under the same signal, so a stalled body times out too. */
  async function get(path: string, headers: Record<string, string> = {}) {
    const url = `${base}${path}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      const response = await doFetch(url, { headers: { accept: "application/json", ...headers }, signal });
      if (response.status === 304) return { url, response, body: "" };
      if (!response.ok) {
        // Drain the HTML error page so the connection can be reused.
        await response.body?.cancel().catch(() => {});
        throw new UpstreamError(`http ${response.status}`, url);
      }
      return { url, response, body: await response.text() };
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      const reason = timeout.aborted ? "timeout" : options.signal?.aborted ? "aborted" : "network";
      throw new UpstreamError(reason, url, { cause: error });
    }
  }

  function parseJson(url: string, body: string): unknown {
    if (body.trim() === "") throw new UpstreamError("empty body", url);
    try {
      return JSON.parse(body);
    } catch (error) {
      throw new UpstreamError("not json", url, { cause: error });
    }
  }

  return {
    async fetchDashboard(ars, validators) {
      const headers: Record<string, string> = {};
      if (validators?.etag) headers["if-none-match"] = validators.etag;
      if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
      const { url, response, body } = await get(`/dashboard/${encodeURIComponent(ars)}.json`, headers);
      if (response.status === 304) return { status: "unchanged" };
      const list = z.array(z.unknown()).safeParse(parseJson(url, body));
      if (!list.success) throw new UpstreamError("invalid shape", url, { cause: list.error });
      const entries: DashboardEntry[] = [];
      for (const item of list.data) {
        const entry = dashboardEntrySchema.safeParse(item);
        if (entry.success) entries.push(entry.data);
      }
      return {
        status: "ok",
        entries,
        skipped: list.data.length - entries.length,
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      };
    },

    async fetchWarning(id) {
      const { url, body } = await get(`/warnings/${encodeURIComponent(id)}.json`);
      const parsed = ninaWarningSchema.safeParse(parseJson(url, body));
      if (!parsed.success) throw new UpstreamError("invalid shape", url, { cause: parsed.error });
      return parsed.data;
    },

    async fetchWarningArea(id) {
      const { url, body } = await get(`/warnings/${encodeURIComponent(id)}.geojson`);
      const parsed = geoJsonSchema.safeParse(parseJson(url, body));
      if (!parsed.success) throw new UpstreamError("invalid shape", url, { cause: parsed.error });
      const geometries = parsed.data.features?.map((f) => f.geometry) ?? [parsed.data.geometry ?? null];
      return summariseArea(geometries);
    },
  };
}

/** Counts polygons, takes the bounding box and keeps the polygons, simplified for display. */
function summariseArea(geometries: ({ type: string; coordinates: unknown } | null)[]): WarningArea {
  const polygons: Position[][][] = [];
  for (const geometry of geometries) {
    if (!geometry) continue;
    const parts =
      geometry.type === "Polygon"
        ? [polygonCoordinates.safeParse(geometry.coordinates).data]
        : geometry.type === "MultiPolygon"
          ? (z.array(polygonCoordinates).safeParse(geometry.coordinates).data ?? [])
          : [];
    for (const part of parts) {
      const rings = part?.map(simplifyRing).filter((ring) => ring.length >= 4) ?? [];
      if (rings.length > 0) polygons.push(rings);
    }
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of polygons.flat(2)) {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  return {
    polygons: polygons.length,
    bbox: polygons.length > 0 ? box : null,
    coordinates: polygons.length > 0 ? polygons : null,
  };
}

type Position = [number, number];
const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number())
  .transform(([lon, lat]): Position => [lon, lat]);
const polygonCoordinates = z.array(z.array(position));

/** Most points a ring keeps: warning areas are shown, not measured. */
const MAX_RING_POINTS = 400;

/** Rounds to about 10 m, drops repeated points and thins long rings; the ring stays closed. */
function simplifyRing(ring: Position[]): Position[] {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const rounded = ring
    .map(([lon, lat]): Position => [round(lon), round(lat)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  const step = Math.ceil(rounded.length / MAX_RING_POINTS);
  const thinned = step > 1 ? rounded.filter((_, i) => i % step === 0) : rounded;
  const [first] = thinned;
  const last = thinned.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) thinned.push([first[0], first[1]]);
  return thinned;
}
