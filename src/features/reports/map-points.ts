// Where the map looks when it shows a list of reports: the box around them, so every listed report
// is in view (a single report: its spot, at the map's closest fitting zoom).
import type { Pin } from "./report-form";

/** A report on the map: red while open, green once closed, unless it brings its own colour (the console's by status). */
export type MapPoint = Pin & { id: string; open: boolean; colour?: string };

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
