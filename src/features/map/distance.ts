// Distances on the city map: from the resident's position (or the Rathaus) to a feature. At the
// scale of one city a sphere is exact enough (error well below a metre per kilometre).
import type { LayerGeometry } from "../../lib/contract/map";

/** Longitude first, as in GeoJSON (RFC 7946 § 3.1.1). */
export type LonLat = readonly [lon: number, lat: number];

/** The Rathaus on the Rathausplatz: the city centre, where distances start without the user's position. */
export const RATHAUS: LonLat = [8.6318, 53.0505];

/** Mean earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Ring = readonly (readonly number[])[];

/** Area and first moments of a ring, in plain degrees (shoelace formula; fine within a city). */
function ringMoments(ring: Ring, [ox, oy]: LonLat): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const x0 = ring[i]![0]! - ox;
    const y0 = ring[i]![1]! - oy;
    const x1 = ring[i + 1]![0]! - ox;
    const y1 = ring[i + 1]![1]! - oy;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  // Rings may run either way round; a hole-free outer ring counts positive whichever it is.
  return area < 0 ? { area: -area / 2, x: -x, y: -y } : { area: area / 2, x, y };
}

/**
 * The point a feature is measured from and shown at: a point itself, an area's centroid (of the
 * outer rings, weighted by their size; the average of the corners if the area is degenerate).
 */
export function geometryCenter(geometry: LayerGeometry): LonLat {
  if (geometry.type === "Point") return [geometry.coordinates[0], geometry.coordinates[1]];
  const outerRings =
    geometry.type === "Polygon" ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  // Relative to one corner: products of raw degrees (53 × 8) would eat the digits that matter.
  const origin: LonLat = [outerRings[0]![0]![0]!, outerRings[0]![0]![1]!];
  let area = 0;
  let x = 0;
  let y = 0;
  for (const ring of outerRings) {
    const moments = ringMoments(ring, origin);
    area += moments.area;
    x += moments.x;
    y += moments.y;
  }
  if (area > 1e-14) return [origin[0] + x / (6 * area), origin[1] + y / (6 * area)];
  const corners = outerRings.flatMap((ring) => ring.slice(0, -1));
  const sum = corners.reduce((total, [lon = 0, lat = 0]) => [total[0] + lon, total[1] + lat], [0, 0]);
  return [sum[0] / corners.length, sum[1] / corners.length];
}

/** "350 m", "1,2 km", "12 km": as precise as a walk or a ride needs. */
export function formatDistance(meters: number, locale: string): string {
  // Below 995 m the 10-metre rounding stays below 1000 m.
  if (meters < 995) {
    return new Intl.NumberFormat(locale, { style: "unit", unit: "meter", maximumFractionDigits: 0 }).format(
      Math.round(meters / 10) * 10,
    );
  }
  const km = meters / 1000;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "kilometer",
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}
