// Web Mercator tile arithmetic (the XYZ scheme of OpenStreetMap and basemap.de), shared by the
// server's tile proxy and the browser's offline download.
import type { Bounds } from "./map-constants";

const clampLat = (lat: number) => Math.max(-85.05112878, Math.min(85.05112878, lat));
export function tileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}
export function tileY(lat: number, z: number): number {
  const rad = (clampLat(lat) * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(y)));
}
/** West, south, east, north of a tile. */
export function tileBounds(z: number, x: number, y: number): Bounds {
  const lon = (tx: number) => (tx / 2 ** z) * 360 - 180;
  const lat = (ty: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / 2 ** z))) * 180) / Math.PI;
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}
export function tileIntersects(z: number, x: number, y: number, bounds: Bounds): boolean {
  const [w, s, e, n] = tileBounds(z, x, y);
  return w <= bounds[2] && e >= bounds[0] && s <= bounds[3] && n >= bounds[1];
}
/** Every tile of zoom `z` that touches `bounds`. */
export function tilesInBounds(bounds: Bounds, z: number): { z: number; x: number; y: number }[] {
  const tiles = [];
  for (let x = tileX(bounds[0], z); x <= tileX(bounds[2], z); x++)
    for (let y = tileY(bounds[3], z); y <= tileY(bounds[1], z); y++) tiles.push({ z, x, y });
  return tiles;
}
