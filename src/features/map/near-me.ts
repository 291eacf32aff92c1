// "In meiner Nähe": the device's position, asked for only when the user taps the button. It stays
// on the device; the map only draws it.
import type { FeatureCollection } from "geojson";
import { circlePolygon } from "./pin";

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
    features.push({ type: "Feature", properties: {}, geometry: circlePolygon(position, position.accuracy) });
  return { type: "FeatureCollection", features };
}
