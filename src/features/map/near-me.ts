// "In meiner Nähe": the device's position, asked for only when the user taps the button. It stays
// on the device; the map only draws it.
import type { FeatureCollection, Polygon } from "geojson";

export type UserPosition = { lon: number; lat: number; accuracy: number };

/** Why no position came; each has its own explanation for the user. */
export type LocateError = "unsupported" | "denied" | "unavailable" | "timeout";

export class LocateFailed extends Error {
  constructor(readonly reason: LocateError) {
    super(reason);
  }
}

const REASONS: Record<number, LocateError> = { 1: "denied", 2: "unavailable", 3: "timeout" };

export function locate(): Promise<UserPosition> {
  return new Promise((resolve, reject) => {
    if (!("geolocation" in navigator)) return reject(new LocateFailed("unsupported"));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lon: coords.longitude, lat: coords.latitude, accuracy: coords.accuracy }),
      (error) => reject(new LocateFailed(REASONS[error.code] ?? "unavailable")),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}

/** Accuracy circles larger than this say nothing on a city map. */
const MAX_CIRCLE_METRES = 2000;
const METRES_PER_DEGREE = 111_320;

function accuracyCircle(position: UserPosition, steps = 48): Polygon {
  const dLat = position.accuracy / METRES_PER_DEGREE;
  const dLon = dLat / Math.cos((position.lat * Math.PI) / 180);
  const ring = Array.from({ length: steps + 1 }, (_, i) => {
    const angle = ((i % steps) / steps) * 2 * Math.PI;
    return [position.lon + dLon * Math.cos(angle), position.lat + dLat * Math.sin(angle)];
  });
  return { type: "Polygon", coordinates: [ring] };
}

export function positionFeatures(position: UserPosition | null): FeatureCollection {
  if (!position) return { type: "FeatureCollection", features: [] };
  const features: FeatureCollection["features"] = [
    {
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: [position.lon, position.lat] },
    },
  ];
  if (position.accuracy > 0 && position.accuracy <= MAX_CIRCLE_METRES)
    features.push({ type: "Feature", properties: {}, geometry: accuracyCircle(position) });
  return { type: "FeatureCollection", features };
}
