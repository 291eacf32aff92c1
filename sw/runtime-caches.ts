import { ExpirationPlugin } from "workbox-expiration";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";

/** Bump when a cache's contents change shape; old versions are deleted on activate. */
const VERSION = "v1";
export const CACHES = {
  images: `delmenhorst-images-${VERSION}`,
  shopPhotos: `delmenhorst-shop-photos-${VERSION}`,
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
