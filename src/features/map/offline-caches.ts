// Names the page (offline download) and the service worker (sw/map-tiles.ts) share.

export const MAP_CACHES = {
  /** What the user saved with "Karte offline speichern": style, sprite, glyphs, tiles. Only the page changes it. */
  offline: "map-offline",
  /** Tiles, sprites and glyphs the map loaded while browsing; bounded. */
  tiles: "map-tiles",
  /** The last style the server answered with. */
  assets: "map-assets",
  /** MapLibre's code (hashed files kept out of the precache, see vite.config.ts). */
  code: "map-code",
} as const;

/** The entry in the offline cache that describes the saved set; written last, so it means "complete". */
export const SAVED_MAP_KEY = "/map-offline/saved.json";

/** Requests of the download carry it: the worker then skips its runtime cache (they go to the offline set). */
export const OFFLINE_DOWNLOAD_HEADER = "X-Map-Offline-Download";
