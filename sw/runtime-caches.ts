import { ExpirationPlugin } from "workbox-expiration";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
import {
  COUNCIL_FILES_CACHE,
  COUNCIL_FILES_KEPT,
  COUNCIL_FILES_MAX_AGE_SECONDS,
  councilFileIdOf,
  keepsCouncilFile,
} from "../src/features/council/offline-files";

/** Bump when a cache's contents change shape; old versions are deleted on activate. */
const VERSION = "v1";
export const CACHES = {
  images: `delmenhorst-images-${VERSION}`,
  shopPhotos: `delmenhorst-shop-photos-${VERSION}`,
  /** Council files opened once (src/features/council/offline-files.ts names it for the pages). */
  councilFiles: COUNCIL_FILES_CACHE,
} as const;

/**
 * Same-origin images that are not precached (content images of later features), bounded.
 * API data is not cached here: it lives in IndexedDB through the sync engine.
 */
export function registerRuntimeCaches(): void {
  // Shop photos (/api/shops/photos/<id>/<variant>.webp): a new photo gets a new id, so a cached one
  // never goes stale. Registered first: the general image route below would take them too. Only the
  // published ones are kept: a photo still waiting for review comes `private, no-store` to its merchant.
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/api/shops/photos/"),
    new CacheFirst({
      cacheName: CACHES.shopPhotos,
      plugins: [
        {
          cacheWillUpdate: async ({ response }) =>
            response.ok && /\bpublic\b/.test(response.headers.get("Cache-Control") ?? "") ? response : null,
        },
        new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
      ],
    }),
  );
  // Council files (/api/council/files/<id>, PDFs mostly): what a resident opened once stays readable
  // offline; the least recently opened go first beyond COUNCIL_FILES_KEPT. Opening one is a
  // navigation, which the shell's navigation route leaves alone (it skips /api/).
  registerRoute(
    ({ url }) => councilFileIdOf(url, self.location.origin) !== undefined,
    new CacheFirst({
      cacheName: CACHES.councilFiles,
      plugins: [
        { cacheWillUpdate: async ({ response }) => (keepsCouncilFile(response) ? response : null) },
        new ExpirationPlugin({
          maxEntries: COUNCIL_FILES_KEPT,
          maxAgeSeconds: COUNCIL_FILES_MAX_AGE_SECONDS,
          purgeOnQuotaError: true,
        }),
      ],
    }),
  );
  registerRoute(
    ({ request, url }) => request.destination === "image" && url.origin === self.location.origin,
    new CacheFirst({
      cacheName: CACHES.images,
      plugins: [
        new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
      ],
    }),
  );
  self.addEventListener("activate", (event) => {
    const current = new Set<string>(Object.values(CACHES));
    const extendable = event as ExtendableEvent;
    extendable.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys.filter((k) => k.startsWith("delmenhorst-") && !current.has(k)).map((k) => caches.delete(k)),
          ),
        ),
    );
  });
}
