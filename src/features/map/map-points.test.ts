import { describe, expect, it } from "vitest";
import { pointsBounds } from "./map-points";

describe("the box a small map fits to", () => {
  it("holds every point, with west/south first", () => {
    expect(
      pointsBounds([
        { lat: 53.05, lon: 8.63 },
        { lat: 53.02, lon: 8.66 },
        { lat: 53.07, lon: 8.6 },
      ]),
    ).toEqual([
      [8.6, 53.02],
      [8.66, 53.07],
    ]);
  });

  it("is the spot itself for one place, and nothing for none (the city stays in view)", () => {
    expect(pointsBounds([{ lat: 53.0481, lon: 8.6265 }])).toEqual([
      [8.6265, 53.0481],
      [8.6265, 53.0481],
    ]);
    expect(pointsBounds([])).toBeUndefined();
  });
});
