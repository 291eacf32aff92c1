// The city's boundary (BKG VG250, Kreise, simplified to about 200 m) as one ring of [lon, lat]
// points, and the test whether a point lies inside it. Shared by the map and by every write that
// must lie in the city (defect reports). Licence dl-de/by-2-0: the map names the source.

export const CITY_BOUNDARY_RING: readonly (readonly [lon: number, lat: number])[] = [
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
];

/** Ray casting (even-odd rule) over the ring; points on the edge may fall either way. */
export function insideCity(lon: number, lat: number): boolean {
  let inside = false;
  const ring = CITY_BOUNDARY_RING;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
