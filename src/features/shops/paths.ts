// Addresses of the directory's pages, and of an entry on the city map.
export const shopPath = (id: string) => `/einkaufen/${encodeURIComponent(id)}`;

export const claimPath = (id: string) => `${shopPath(id)}/beanspruchen`;

/** The map with only the shops shown, centred on this one with its popup open (src/features/map/map-url.ts). */
export const shopOnMapPath = (id: string) => `/karte?ebenen=shops&objekt=shops/${encodeURIComponent(id)}`;
