// "Karte offline speichern": fetches the style, its sprite and glyphs and the city's tiles into the
// Cache Storage cache the service worker answers map requests from first (sw/map-tiles.ts).
// The cache holds one saved set; a JSON entry written last describes it.
import type { StyleSpecification } from "maplibre-gl";
import type { OfflineInfo } from "../../lib/contract/map";
import { z } from "../../lib/contract/zod";
import { fetchServerStyle, isStyle, STYLE_URL } from "./map-style";
import { MAP_CACHES, OFFLINE_DOWNLOAD_HEADER, SAVED_MAP_KEY } from "./offline-caches";
import type { OfflinePlan } from "./offline-plan";

const CONCURRENCY = 6;

const offlineInfoSchema = z.object({
  minZoom: z.int(),
  maxZoom: z.int(),
  averageTileBytes: z.record(z.string(), z.number().nonnegative()),
});

const savedMapSchema = z.object({
  savedAt: z.iso.datetime(),
  fromZoom: z.int(),
  toZoom: z.int(),
  files: z.int(),
  bytes: z.number(),
  failed: z.int(),
});
export type SavedMap = z.infer<typeof savedMapSchema>;

export const offlineStorageSupported = () => typeof caches !== "undefined";

export async function fetchOfflineInfo(): Promise<OfflineInfo> {
  const response = await fetch("/api/map/offline-info", { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`offline-info: HTTP ${response.status}`);
  return offlineInfoSchema.parse(await response.json());
}

/** The style whose files the download fetches. */
export const fetchStyleForDownload = (): Promise<StyleSpecification> => fetchServerStyle();

export async function savedOfflineMap(): Promise<SavedMap | null> {
  if (!offlineStorageSupported() || !(await caches.has(MAP_CACHES.offline))) return null;
  const entry = await (await caches.open(MAP_CACHES.offline)).match(SAVED_MAP_KEY);
  if (!entry) return null;
  const parsed = savedMapSchema.safeParse(await entry.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

export async function deleteOfflineMap(): Promise<void> {
  await caches.delete(MAP_CACHES.offline);
}

/** Free space the browser grants this origin, when it tells. */
export async function freeStorageBytes(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.();
  if (!estimate?.quota) return null;
  return estimate.quota - (estimate.usage ?? 0);
}

export type Progress = { done: number; total: number };

export class DownloadCancelled extends Error {}

/** MapLibre's own files: the worker keeps them once fetched, but the first visit may predate it. */
async function keepCode(files: readonly string[]): Promise<void> {
  const cache = await caches.open(MAP_CACHES.code);
  for (const url of files) if (!(await cache.match(url))) await cache.add(url);
}

const RETRIES = 3;

/** How long the server asks us to wait (Retry-After in seconds, RFC 9110 § 10.2.3), within reason. */
function retryDelayMs(response: Response): number {
  const seconds = Number(response.headers.get("Retry-After"));
  return Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 5, 60) * 1000;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new DownloadCancelled());
    });
  });

/** Fetches one file into the cache; its size in bytes, or null when the server did not have it. */
async function fetchInto(cache: Cache, url: string, signal: AbortSignal): Promise<number | null> {
  let response = await fetch(url, { signal, headers: { [OFFLINE_DOWNLOAD_HEADER]: "1" } });
  // A large area meets the server's rate limit: wait as asked, then go on.
  for (
    let attempt = 0;
    attempt < RETRIES && (response.status === 429 || response.status === 503);
    attempt++
  ) {
    await pause(retryDelayMs(response), signal);
    response = await fetch(url, { signal, headers: { [OFFLINE_DOWNLOAD_HEADER]: "1" } });
  }
  if (!response.ok) return null;
  const body = await response.blob();
  await cache.put(url, new Response(body, { status: response.status, headers: response.headers }));
  return body.size;
}

/** The style as the worker will serve it offline: the server's answer, stored under its own URL. */
async function storeStyle(cache: Cache, signal: AbortSignal): Promise<number> {
  const response = await fetch(STYLE_URL, { signal });
  const body = await response.blob();
  if (!response.ok || !isStyle(JSON.parse(await body.text()))) throw new Error("style not available");
  await cache.put(STYLE_URL, new Response(body, { status: 200, headers: response.headers }));
  return body.size;
}

/**
 * Saves the planned files, six at a time. The earlier saved set stays usable until the new one is
 * complete; then what only it had is removed. Cancelled or failed: only the new files go again.
 */
export async function saveOfflineMap(
  plan: OfflinePlan,
  zooms: { from: number; to: number },
  options: { signal: AbortSignal; onProgress: (progress: Progress) => void; codeFiles: readonly string[] },
): Promise<SavedMap> {
  const { signal, onProgress } = options;
  // Saved files should not be evicted when the device runs short of space.
  await navigator.storage?.persist?.().catch(() => false);
  const cache = await caches.open(MAP_CACHES.offline);
  const earlier = new Set((await cache.keys()).map((request) => request.url));
  const stored = new Set<string>([new URL(STYLE_URL, location.origin).href]);
  const total = plan.urls.length + 1;
  let done = 0;
  let failed = 0;
  let bytes = 0;
  try {
    await keepCode(options.codeFiles);
    bytes += await storeStyle(cache, signal);
    onProgress({ done: ++done, total });
    const queue = [...plan.urls];
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        if (signal.aborted) throw new DownloadCancelled();
        const size = await fetchInto(cache, url, signal).catch((error: unknown) => {
          if (signal.aborted) throw new DownloadCancelled();
          console.warn("map offline: not saved", url, error);
          return null;
        });
        if (size === null) failed++;
        else {
          bytes += size;
          stored.add(new URL(url, location.origin).href);
        }
        onProgress({ done: ++done, total });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (plan.urls.length > 0 && failed === plan.urls.length) throw new Error("no tile could be fetched");
  } catch (error) {
    await Promise.all([...stored].filter((url) => !earlier.has(url)).map((url) => cache.delete(url)));
    throw signal.aborted ? new DownloadCancelled() : error;
  }
  const saved: SavedMap = {
    savedAt: new Date().toISOString(),
    fromZoom: zooms.from,
    toZoom: zooms.to,
    files: stored.size,
    bytes,
    failed,
  };
  stored.add(new URL(SAVED_MAP_KEY, location.origin).href);
  await Promise.all([...earlier].filter((url) => !stored.has(url)).map((url) => cache.delete(url)));
  await cache.put(SAVED_MAP_KEY, Response.json(saved));
  return saved;
}
