// The city map offline: tiles, sprites and glyphs from the set the user saved ("Karte offline
// speichern"), else from a bounded cache of what the map loaded before, else from the network.
// The style: fresh when the network answers within 3 s, else the last copy. MapLibre's code is
// kept out of the precache (vite.config.ts) and cached here once the map was opened.
import { ExpirationPlugin } from "workbox-expiration";
import { registerRoute } from "workbox-routing";
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from "workbox-core/types";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { MAP_CACHES, OFFLINE_DOWNLOAD_HEADER } from "../src/features/map/offline-caches";

declare const self: ServiceWorkerGlobalScope;

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const MAP_RESOURCE = /^\/api\/map\/(tiles|sprite|glyphs)\//;
/** The chunk that bundles MapLibre, its worker and its stylesheet (names from the build). */
const MAP_CODE = /^\/assets\/(map-engine|maplibre-gl-csp-worker|maplibre-gl)-[\w-]+\.(js|css)$/;

/** An upstream outage (502/504) is no answer worth showing when a cached copy exists. */
const serverErrorsFail: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500) throw new Error(`map: HTTP ${response.status}`);
    return response;
  },
};

const fromSavedMap = (request: Request) =>
  caches.match(request, { cacheName: MAP_CACHES.offline, ignoreVary: true });

export function registerMapCaches(): void {
  const browsed = new CacheFirst({
    cacheName: MAP_CACHES.tiles,
    plugins: [
      new ExpirationPlugin({ maxEntries: 1500, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
    ],
  });
  registerRoute(
    ({ url }) => sameOrigin(url) && MAP_RESOURCE.test(url.pathname),
    async (options: RouteHandlerCallbackOptions) => {
      const request = options.request;
      // The download goes to the saved set itself; a copy in the bounded cache would only crowd it.
      if (request.headers.has(OFFLINE_DOWNLOAD_HEADER)) return fetch(request);
      return (await fromSavedMap(request)) ?? browsed.handle(options);
    },
  );

  const style = new NetworkFirst({
    cacheName: MAP_CACHES.assets,
    networkTimeoutSeconds: 3,
    plugins: [serverErrorsFail],
  });
  registerRoute(
    ({ url }) => sameOrigin(url) && url.pathname === "/api/map/style.json",
    async (options: RouteHandlerCallbackOptions) => {
      try {
        return await style.handle(options);
      } catch (error) {
        const saved = await fromSavedMap(options.request);
        if (saved) return saved;
        throw error;
      }
    },
  );

  registerRoute(
    ({ url }) => sameOrigin(url) && MAP_CODE.test(url.pathname),
    new CacheFirst({
      cacheName: MAP_CACHES.code,
      plugins: [new ExpirationPlugin({ maxEntries: 12, purgeOnQuotaError: true })],
    }),
  );
}
