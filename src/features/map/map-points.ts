// Where a small map (PointsMap) looks when it shows a list of places: the box around them, so every
// listed place is in view (a single one: its spot, at the map's closest fitting zoom).
import type { Pin } from "./pin";

/** A place on the map in its colour (the page that lists them says what the colours mean). */
export type MapPoint = Pin & { id: string; colour: string };

/** [[west, south], [east, north]] around the points; undefined when there are none. */
export function pointsBounds(points: readonly Pin[]): [[number, number], [number, number]] | undefined {
  if (points.length === 0) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lon } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}
