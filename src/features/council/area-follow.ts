// Following an area of the city in the council alerts (/rat/themen): the radii offered, the check of
// the centre before anything is sent (the server checks the contract's bounds again) and the target
// sent with the same request as a keyword or a committee.
import { insideCity } from "../../lib/contract/city-boundary";
import type { CouncilFollowTarget } from "../../lib/contract/council-alerts";
import type { Pin } from "../map/pin";

/** A street, a quarter, a district, a part of the city: papers name places less exactly than reports. */
export const COUNCIL_AREA_RADII_M = [250, 500, 1000, 2000] as const;
export const DEFAULT_COUNCIL_AREA_RADIUS_M = 500;

/** The centre's problem as a translation key, or undefined when the server will take it. */
export function areaError(pin: Pin | null): string | undefined {
  if (!pin) return "council.alerts.areaMissing";
  if (!insideCity(pin.lon, pin.lat)) return "council.alerts.areaOutside";
  return undefined;
}

/** The circle followed, to about a metre (more digits would say more about the device than the area). */
export const areaTarget = (pin: Pin, radiusM: number): CouncilFollowTarget => ({
  kind: "area",
  lat: Math.round(pin.lat * 1e6) / 1e6,
  lon: Math.round(pin.lon * 1e6) / 1e6,
  radiusM,
});
