import { describe, expect, it } from "vitest";
import { insideCity } from "../../lib/contract/city-boundary";
import { distanceMeters } from "./distance";
import { CITY_CENTRE, circlePolygon, formatDegrees, formatRadius, movePin } from "./pin";

describe("moving the pin without a pointer", () => {
  it("moves ten metres per step in each direction", () => {
    const north = movePin(CITY_CENTRE, "north");
    expect((north.lat - CITY_CENTRE.lat) * 111_320).toBeCloseTo(10, 3);
    const east = movePin(CITY_CENTRE, "east");
    expect(east.lat).toBe(CITY_CENTRE.lat);
    expect(east.lon).toBeGreaterThan(CITY_CENTRE.lon);
    expect(movePin(movePin(CITY_CENTRE, "west"), "east").lon).toBeCloseTo(CITY_CENTRE.lon, 9);
  });

  it("stays inside the city at its edge", () => {
    let pin = CITY_CENTRE;
    for (let step = 0; step < 2000; step++) pin = movePin(pin, "east", 50);
    expect(insideCity(pin.lon, pin.lat)).toBe(true);
    expect(movePin(pin, "east", 50)).toEqual(pin);
  });
});

describe("a circle around the pin", () => {
  it("is a closed ring whose every corner lies the radius away from the centre", () => {
    const circle = circlePolygon(CITY_CENTRE, 500);
    const ring = circle.coordinates[0]!;
    expect(ring).toHaveLength(49);
    expect(ring.at(-1)).toEqual(ring[0]);
    for (const [lon = 0, lat = 0] of ring)
      expect(distanceMeters([CITY_CENTRE.lon, CITY_CENTRE.lat], [lon, lat])).toBeCloseTo(500, -1);
  });
});

describe("the place and the radius in words", () => {
  it("formats degrees in the page's language", () => {
    expect(formatDegrees(53.0507, "de")).toBe("53,05070");
    expect(formatDegrees(8.6315, "en")).toBe("8.63150");
  });

  it("says the radius in metres or kilometres in the page's number format", () => {
    expect(formatRadius(250, "de")).toBe("250 m");
    expect(formatRadius(1000, "de")).toBe("1 km");
    expect(formatRadius(1500, "de")).toBe("1,5 km");
    expect(formatRadius(500, "en")).toBe("500 m");
  });
});
