// The city boundary for the map: drawn over every basemap, and the whole map when the basemap
// cannot be loaded. BKG VG250 (Kreise), simplified to about 200 m.
import type { Feature, Polygon } from "geojson";

/** dl-de/by-2-0 requires naming the source and that the data were changed. */
export const CITY_BOUNDARY_ATTRIBUTION =
  '© <a href="https://www.bkg.bund.de">GeoBasis-DE / BKG</a> (Daten verändert), ' +
  '<a href="https://www.govdata.de/dl-de/by-2-0">dl-de/by-2-0</a>';

export const CITY_BOUNDARY: Feature<Polygon> = {
  type: "Feature",
  properties: { name: "Delmenhorst", ars: "034010000000" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [8.650836, 53.109181],
        [8.669831, 53.102975],
        [8.664919, 53.094627],
        [8.673893, 53.086742],
        [8.700763, 53.082294],
        [8.709155, 53.075908],
        [8.706862, 53.052591],
        [8.711424, 53.04463],
        [8.700735, 53.037423],
        [8.690393, 53.038952],
        [8.686748, 53.034707],
        [8.684184, 53.035757],
        [8.678775, 53.018277],
        [8.664005, 53.019772],
        [8.657161, 53.008995],
        [8.643278, 53.005502],
        [8.627612, 53.018877],
        [8.61205, 53.008144],
        [8.621947, 53.000125],
        [8.591264, 52.986434],
        [8.579315, 53.002892],
        [8.594351, 53.011707],
        [8.607561, 53.031059],
        [8.582605, 53.037476],
        [8.580162, 53.041266],
        [8.586966, 53.046441],
        [8.583024, 53.050198],
        [8.590502, 53.051916],
        [8.597425, 53.062514],
        [8.607116, 53.061608],
        [8.620087, 53.073219],
        [8.632678, 53.075238],
        [8.632156, 53.084022],
        [8.62329, 53.086428],
        [8.639881, 53.105078],
        [8.650836, 53.109181],
      ],
    ],
  },
};
