// A place the resident picks on a small map (a defect's spot, the centre of a followed area): the
// pin, its keyboard moves, the place and a radius in words, and a circle drawn around it.
import type { Polygon } from "geojson";
import { insideCity } from "../../lib/contract/city-boundary";

export type Pin = { lat: number; lon: number };

/** The Rathaus: where the pin starts when the resident places it without the map or a position. */
export const CITY_CENTRE: Pin = { lat: 53.0507, lon: 8.6315 };
/** One press of an arrow button (or key) moves the pin this far. */
export const PIN_STEP_M = 10;
const METRES_PER_DEGREE = 111_320;

export type Direction = "north" | "south" | "east" | "west";

/** The pin moved one step; a step that would leave the city keeps it where it is. */
export function movePin(pin: Pin, direction: Direction, metres = PIN_STEP_M): Pin {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = dLat / Math.cos((pin.lat * Math.PI) / 180);
  const moved = {
    north: { lat: pin.lat + dLat, lon: pin.lon },
    south: { lat: pin.lat - dLat, lon: pin.lon },
    east: { lat: pin.lat, lon: pin.lon + dLon },
    west: { lat: pin.lat, lon: pin.lon - dLon },
  }[direction];
  return insideCity(moved.lon, moved.lat) ? moved : pin;
}

/** Arrow keys to directions (the pin moves on the map as on paper, also in right-to-left pages). */
export const ARROW_KEYS: Record<string, Direction> = {
  ArrowUp: "north",
  ArrowDown: "south",
  ArrowRight: "east",
  ArrowLeft: "west",
};

/** A circle of `metres` around the centre as a polygon (flat earth: exact enough within a city). */
export function circlePolygon(centre: Pin, metres: number, steps = 48): Polygon {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = dLat / Math.cos((centre.lat * Math.PI) / 180);
  const ring = Array.from({ length: steps + 1 }, (_, i) => {
    const angle = ((i % steps) / steps) * 2 * Math.PI;
    return [centre.lon + dLon * Math.cos(angle), centre.lat + dLat * Math.sin(angle)];
  });
  return { type: "Polygon", coordinates: [ring] };
}

/** Degrees with five decimals (about a metre) in the page's number format. */
export function formatDegrees(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 5, maximumFractionDigits: 5 }).format(value);
}

/** A radius in the page's words: "250 m", "1 km". */
export function formatRadius(metres: number, locale: string): string {
  return metres >= 1000
    ? new Intl.NumberFormat(locale, { style: "unit", unit: "kilometer", maximumFractionDigits: 1 }).format(
        metres / 1000,
      )
    : new Intl.NumberFormat(locale, { style: "unit", unit: "meter", maximumFractionDigits: 0 }).format(
        metres,
      );
}
