import { describe, expect, it } from "vitest";
import type { LonLat } from "./distance";
import { RATHAUS } from "./distance";
import { byDistance, entryOfOffice, filterEntries, isListLayer, normalize } from "./list-entries";

const entry = (title: string, location: string, center: LonLat) => ({
  title,
  center,
  searchText: normalize(`${title} ${location}`),
});

const lots = [
  entry(
    "Baulücke Lange Straße",
    "Lange Straße, Gemarkung Delmenhorst, Flur 12, Flurstück 345/6",
    [8.63, 53.06],
  ),
  entry(
    "Baulücke Düsternortstraße",
    "Düsternortstraße, Gemarkung Deichhorst, Flur 3, Flurstück 7",
    [8.6318, 53.051],
  ),
  entry("Baulücke Am Wall", "Am Wall, Gemarkung Delmenhorst, Flur 1, Flurstück 12/3", [8.7, 53.1]),
];

describe("the map's list", () => {
  it("finds entries by name, street or parcel, whatever the case, accents or ß", () => {
    expect(filterEntries(lots, "strasse").map((e) => e.title)).toEqual([
      "Baulücke Lange Straße",
      "Baulücke Düsternortstraße",
    ]);
    expect(filterEntries(lots, "dusternort")).toHaveLength(1);
    expect(filterEntries(lots, "12/3").map((e) => e.title)).toEqual(["Baulücke Am Wall"]);
    expect(filterEntries(lots, "  Flur  12 ")).toHaveLength(2);
    expect(filterEntries(lots, "Deichhorst 345")).toEqual([]);
    expect(filterEntries(lots, "   ")).toHaveLength(3);
  });

  it("puts the nearest first, measured from where the user chose", () => {
    expect(byDistance(lots, RATHAUS, "de").map((m) => m.entry.title)).toEqual([
      "Baulücke Düsternortstraße",
      "Baulücke Lange Straße",
      "Baulücke Am Wall",
    ]);
    const fromNorthEast = byDistance(lots, [8.71, 53.11], "de");
    expect(fromNorthEast[0]?.entry.title).toBe("Baulücke Am Wall");
    expect(fromNorthEast[0]?.meters).toBeLessThan(2000);
  });

  it("orders equally far entries by title", () => {
    const same: LonLat = [8.64, 53.05];
    const titles = byDistance([entry("Bücherei", "", same), entry("Amt", "", same)], RATHAUS, "de");
    expect(titles.map((m) => m.entry.title)).toEqual(["Amt", "Bücherei"]);
  });

  it("links offices to their own page and knows the list's layers", () => {
    const office = entryOfOffice(
      {
        id: "buergerbuero",
        address: { street: "Rathausplatz 1", postalCode: "27749", city: "Delmenhorst" },
        geo: { lat: 53.05, lon: 8.63 },
      },
      "Bürgerbüro",
      { t: (key, options) => `${key} ${JSON.stringify(options)}`, locale: "de" },
    );
    expect(office.href).toBe("/standorte/buergerbuero");
    expect(office.center).toEqual([8.63, 53.05]);
    expect(office.searchText).toContain("rathausplatz");
    expect(isListLayer("offices")).toBe(true);
    expect(isListLayer("warnings")).toBe(false);
  });
});
