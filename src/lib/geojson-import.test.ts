import { describe, expect, it } from "vitest";
import { checkImport, describeFault, ImportFileError } from "./geojson-import";

const school = (id: string | undefined, coordinates: number[], name = "Grundschule Am Wall") => ({
  type: "Feature",
  ...(id ? { id } : {}),
  geometry: { type: "Point", coordinates },
  properties: { name, kind: "primary", address: { street: "Am Wall 1", postalCode: "27749" } },
});
const file = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

describe("checking a GeoJSON import in the browser", () => {
  it("accepts a valid collection as it is", () => {
    const checked = checkImport("schools", file(school("s1", [8.63, 53.05]), school("s2", [8.64, 53.04])));
    expect(checked.faults).toEqual([]);
    expect(checked.features).toBe(2);
  });

  it("takes the id from the properties too, and finds duplicates", () => {
    const second = school(undefined, [8.64, 53.04]);
    const checked = checkImport(
      "schools",
      file(school("s1", [8.63, 53.05]), { ...second, properties: { ...second.properties, id: "s1" } }),
    );
    expect(checked.faults).toEqual([{ path: "features.1.id", message: 'id "s1" appears twice' }]);
  });

  it("names every faulty feature with the server's paths", () => {
    const checked = checkImport(
      "schools",
      file(school("s1", [53.05, 8.63]), school("s2", [8.64, 53.04], "X")),
    );
    expect(checked.faults.map((f) => f.path)).toEqual([
      "features.0.geometry.coordinates",
      "features.1.properties.name",
    ]);
    expect(describeFault(checked.faults[1]!, checked.collection)).toEqual({
      feature: 2,
      id: "s2",
      field: "properties.name",
      message: expect.any(String),
    });
  });

  it("refuses what is no FeatureCollection", () => {
    expect(() => checkImport("schools", "{ kaputt")).toThrow(ImportFileError);
    expect(() => checkImport("schools", JSON.stringify({ type: "Feature" }))).toThrow(
      "map.console.import.notCollection",
    );
    expect(() => checkImport("schools", file())).toThrow("map.console.import.noFeatures");
  });

  it("describes a fault outside the features as the file's", () => {
    expect(describeFault({ path: "type", message: "Invalid input" }, null)).toEqual({
      feature: null,
      id: null,
      field: "type",
      message: "Invalid input",
    });
  });
});
