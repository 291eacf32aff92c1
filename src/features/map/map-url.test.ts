import { describe, expect, it } from "vitest";
import { parseLayers, parseObjectRef, serializeLayers } from "./map-url";
import { OVERLAY_LAYERS } from "./overlays";

describe("the map's address", () => {
  it("shows every layer without ?ebenen= and none with ?ebenen=keine", () => {
    expect(parseLayers(undefined)).toEqual([...OVERLAY_LAYERS]);
    expect(parseLayers(serializeLayers([]))).toEqual([]);
    expect(parseLayers("")).toEqual([]);
  });

  it("keeps the chosen layers in a fixed order and drops unknown names", () => {
    expect(parseLayers("schools,wifi,nonsense")).toEqual(["wifi", "schools"]);
    expect(parseLayers(serializeLayers(["offices", "broadband"]))).toEqual(["broadband", "offices"]);
  });

  it("reads ?objekt=<layer>/<id>", () => {
    expect(parseObjectRef("wifi/wlan-buergerbuero")).toEqual({ layer: "wifi", id: "wlan-buergerbuero" });
    expect(parseObjectRef("warnings/mow.DE-NI-1/2")).toEqual({ layer: "warnings", id: "mow.DE-NI-1/2" });
    expect(parseObjectRef("streets/1")).toBeNull();
    expect(parseObjectRef("wifi/")).toBeNull();
    expect(parseObjectRef(undefined)).toBeNull();
  });
});
