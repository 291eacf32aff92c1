// Tile arithmetic shared by the tile proxy and the offline download, and the layers' geometry rules.
import { describe, expect, it } from "vitest";
import {
  CITY_BOUNDS,
  tileBounds,
  tileIntersects,
  tilesInBounds,
  tileX,
  tileY,
  vacantLotFeatureSchema,
  wifiFeatureSchema,
} from "./map";

describe("tiles (Web Mercator XYZ)", () => {
  it("finds the tile of a place the way OpenStreetMap numbers it", () => {
    // Delmenhorst's Rathaus at zoom 10 and 16.
    expect([tileX(8.6318, 10), tileY(53.0505, 10)]).toEqual([536, 333]);
    expect([tileX(8.6318, 16), tileY(53.0505, 16)]).toEqual([34339, 21333]);
    expect([tileX(-180, 3), tileX(180, 3), tileY(89.9, 3), tileY(-89.9, 3)]).toEqual([0, 7, 0, 7]);
  });

  it("gives a tile's bounds, which hold the place it was found for", () => {
    const [w, s, e, n] = tileBounds(16, 34339, 21333);
    expect(w).toBeLessThanOrEqual(8.6318);
    expect(e).toBeGreaterThan(8.6318);
    expect(s).toBeLessThanOrEqual(53.0505);
    expect(n).toBeGreaterThan(53.0505);
    expect(tileIntersects(16, 34339, 21333, CITY_BOUNDS)).toBe(true);
    expect(tileIntersects(16, 0, 0, CITY_BOUNDS)).toBe(false);
  });

  it("lists the city's tiles per zoom level", () => {
    expect(tilesInBounds(CITY_BOUNDS, 10)).toEqual([{ z: 10, x: 536, y: 333 }]);
    const z16 = tilesInBounds(CITY_BOUNDS, 16);
    expect(z16).toHaveLength(25 * 38);
    expect(z16.every(({ z, x, y }) => tileIntersects(z, x, y, CITY_BOUNDS))).toBe(true);
  });
});

describe("layer geometry", () => {
  const base = { id: "x", sample: false, updatedAt: "2026-11-27T10:00:00Z" };
  const hotspot = {
    ...base,
    layer: "wifi",
    properties: {
      name: "Rathaus",
      place: "citizens-office",
      address: { street: "Rathausplatz 1", postalCode: "27749" },
      status: "in-operation",
    },
  };

  it("takes points in the city and refuses swapped or far-away coordinates", () => {
    const at = (coordinates: unknown) =>
      wifiFeatureSchema.safeParse({ ...hotspot, geometry: { type: "Point", coordinates } });
    expect(at([8.63, 53.05]).success).toBe(true);
    expect(at([53.05, 8.63]).success).toBe(false);
    expect(at([13.4, 52.5]).success).toBe(false);
    expect(at([8.63]).success).toBe(false);
  });

  it("needs closed rings for areas", () => {
    const lot = (ring: number[][]) =>
      vacantLotFeatureSchema.safeParse({
        ...base,
        layer: "vacant-lots",
        geometry: { type: "Polygon", coordinates: [ring] },
        properties: {
          parcel: { district: "Delmenhorst", flur: 1, number: "1" },
          street: "Lange Straße",
          areaSqm: 100,
          planningLaw: { kind: "section-34" },
          use: "mixed",
          development: "developed",
          availability: "available",
        },
      });
    const open = [
      [8.6, 53],
      [8.61, 53],
      [8.61, 53.01],
      [8.6, 53.01],
    ];
    expect(lot(open).success).toBe(false);
    expect(lot([...open, [8.6, 53]]).success).toBe(true);
  });
});
