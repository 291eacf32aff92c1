// MapLibre, loaded only by the map page (MapView imports this module dynamically). The CSP build
// runs its worker from a same-origin file instead of a blob, so the app's CSP needs no 'unsafe-eval'.
import * as maplibre from "maplibre-gl/dist/maplibre-gl-csp.js";
import workerUrl from "maplibre-gl/dist/maplibre-gl-csp-worker.js?url";
import stylesheetUrl from "maplibre-gl/dist/maplibre-gl.css?url";

maplibre.setWorkerUrl(workerUrl);

export const { Map, NavigationControl, Popup } = maplibre;

/**
 * MapLibre's files (this chunk, its worker, its stylesheet): kept out of the precache, so a map
 * saved for offline use stores them too (./offline-map.ts).
 */
export const ENGINE_FILES = [import.meta.url, workerUrl, stylesheetUrl].map(
  (url) => new URL(url, location.origin).href,
);

/** The stylesheet as a file of its own (its URL is known, see above); resolves once it applies. */
export function loadStylesheet(): Promise<void> {
  const href = new URL(stylesheetUrl, location.origin).href;
  const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find(
    (link) => link.href === href,
  );
  if (present) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error("map: stylesheet not loaded"));
    document.head.append(link);
  });
}
