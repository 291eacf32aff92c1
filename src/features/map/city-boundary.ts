// The city boundary for the map: drawn over every basemap, and the whole map when the basemap
// cannot be loaded. The ring itself lives in the contract (defect reports check positions with it).
import type { Feature, Polygon } from "geojson";
import { CITY_BOUNDARY_RING } from "../../lib/contract/city-boundary";

/** dl-de/by-2-0 requires naming the source and that the data were changed. */
export const CITY_BOUNDARY_ATTRIBUTION =
  '© <a href="https://www.bkg.bund.de">GeoBasis-DE / BKG</a> (Daten verändert), ' +
  '<a href="https://www.govdata.de/dl-de/by-2-0">dl-de/by-2-0</a>';

export const CITY_BOUNDARY: Feature<Polygon> = {
  type: "Feature",
  properties: { name: "Delmenhorst", ars: "034010000000" },
  geometry: { type: "Polygon", coordinates: [CITY_BOUNDARY_RING.map(([lon, lat]) => [lon, lat])] },
};
