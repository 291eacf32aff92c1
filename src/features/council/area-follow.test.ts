import { describe, expect, it } from "vitest";
import {
  COUNCIL_AREA_RADIUS_MAX_M,
  COUNCIL_AREA_RADIUS_MIN_M,
  councilFollowTargetSchema,
} from "../../lib/contract/council-alerts";
import { CITY_CENTRE } from "../map/pin";
import { areaError, areaTarget, COUNCIL_AREA_RADII_M, DEFAULT_COUNCIL_AREA_RADIUS_M } from "./area-follow";

describe("following an area of the council's papers", () => {
  it("needs a centre inside Delmenhorst", () => {
    expect(areaError(CITY_CENTRE)).toBeUndefined();
    expect(areaError(null)).toBe("council.alerts.areaMissing");
    // Bremen's market square: outside the city boundary.
    expect(areaError({ lat: 53.0758, lon: 8.8072 })).toBe("council.alerts.areaOutside");
  });

  it("offers only radii the server takes, the default among them", () => {
    for (const radius of COUNCIL_AREA_RADII_M) {
      expect(radius).toBeGreaterThanOrEqual(COUNCIL_AREA_RADIUS_MIN_M);
      expect(radius).toBeLessThanOrEqual(COUNCIL_AREA_RADIUS_MAX_M);
    }
    expect(COUNCIL_AREA_RADII_M).toContain(DEFAULT_COUNCIL_AREA_RADIUS_M);
  });

  it("sends the circle as the contract's target, to about a metre", () => {
    const target = areaTarget({ lat: 53.05070123456, lon: 8.631549999 }, 1000);
    expect(target).toEqual({ kind: "area", lat: 53.050701, lon: 8.63155, radiusM: 1000 });
    expect(councilFollowTargetSchema.safeParse(target).success).toBe(true);
  });
});
