import { describe, expect, it } from "vitest";
import { distanceMeters, formatDistance, geometryCenter, RATHAUS } from "./distance";

describe("distances", () => {
  it("measures the way from the Rathaus to the railway station (about 760 m)", () => {
    const station: [number, number] = [8.6257, 53.0447];
    expect(distanceMeters(RATHAUS, station)).toBeGreaterThan(700);
    expect(distanceMeters(RATHAUS, station)).toBeLessThan(800);
    expect(distanceMeters(station, RATHAUS)).toBeCloseTo(distanceMeters(RATHAUS, station), 6);
    expect(distanceMeters(RATHAUS, RATHAUS)).toBe(0);
  });

  it("knows one degree of latitude is about 111 km", () => {
    expect(distanceMeters([8.6, 53], [8.6, 54]) / 1000).toBeCloseTo(111.2, 0);
  });

  it("writes short distances in metres, longer ones in kilometres", () => {
    expect(formatDistance(343, "de")).toBe("340 m");
    expect(formatDistance(996, "de")).toBe("1 km");
    expect(formatDistance(1234, "de")).toBe("1,2 km");
    expect(formatDistance(12_345, "de")).toBe("12 km");
    expect(formatDistance(1234, "en")).toBe("1.2 km");
  });

  it("takes an area's centroid, weighted by size", () => {
    const square = (west: number, south: number, size: number): [number, number][] => [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ];
    const [lon, lat] = geometryCenter({ type: "Polygon", coordinates: [square(8.6, 53.0, 0.02)] });
    expect(lon).toBeCloseTo(8.61, 9);
    expect(lat).toBeCloseTo(53.01, 9);
    // Counter-clockwise or clockwise makes no difference; a bigger part pulls harder.
    const [mLon] = geometryCenter({
      type: "MultiPolygon",
      coordinates: [[square(8.6, 53.0, 0.02).reverse()], [square(8.7, 53.0, 0.01)]],
    });
    expect(mLon).toBeCloseTo((8.61 * 4 + 8.705 * 1) / 5, 9);
    expect(geometryCenter({ type: "Point", coordinates: [8.63, 53.05] })).toEqual([8.63, 53.05]);
  });
});
