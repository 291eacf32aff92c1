import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { type MapFeature, mapFeatureSchemas } from "../../lib/contract/map";
import mapDe from "../../locales/map/de.json";
import mapEn from "../../locales/map/en.json";
import { type FactFormat, featureFacts, featureLocation, featureTitle } from "./feature-facts";

const i18n = i18next.createInstance();
await i18n.init({
  lng: "de",
  fallbackLng: "de",
  resources: { de: { translation: mapDe }, en: { translation: mapEn } },
  interpolation: { escapeValue: false },
});
const formatIn = (locale: "de" | "en"): FactFormat => ({
  t: (key, options) => i18n.t(key, { ...options, lng: locale }),
  locale,
});
const de = formatIn("de");

const base = { sample: true, updatedAt: "2026-03-01T10:00:00+01:00" };

const vacantLot = mapFeatureSchemas["vacant-lots"].parse({
  ...base,
  id: "lot-1",
  layer: "vacant-lots",
  geometry: { type: "Point", coordinates: [8.6291, 53.0478] },
  properties: {
    parcel: { district: "Delmenhorst", flur: 12, number: "345/6" },
    street: "Lange Straße",
    areaSqm: 1250,
    planningLaw: { kind: "plan", plan: "27" },
    use: "residential",
    development: "developed",
    availability: "available",
  },
});

const broadband = mapFeatureSchemas.broadband.parse({
  ...base,
  id: "fibre-1",
  layer: "broadband",
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [8.6, 53.0],
        [8.62, 53.0],
        [8.62, 53.02],
        [8.6, 53.02],
        [8.6, 53.0],
      ],
    ],
  },
  properties: { name: "Deichhorst", status: "planned", plannedMonth: "2027-03", provider: "Stadtwerke" },
});

const coverage = mapFeatureSchemas["mobile-coverage"].parse({
  ...base,
  id: "report-1",
  layer: "mobile-coverage",
  geometry: { type: "Point", coordinates: [8.65, 53.04] },
  properties: { quality: "weak", reportedOn: "2026-03-03" },
});

const asObject = (feature: MapFeature, format = de) =>
  Object.fromEntries(featureFacts(feature, format).map((fact) => [fact.label, fact.value]));

describe("feature facts", () => {
  it("names every fact of a vacant lot, with the size and plan in words", () => {
    expect(featureTitle(vacantLot, de)).toBe("Baulücke Lange Straße");
    expect(featureLocation(vacantLot, de)).toBe(
      "Lange Straße, Gemarkung Delmenhorst, Flur 12, Flurstück 345/6",
    );
    expect(asObject(vacantLot)).toEqual({
      Gemarkung: "Delmenhorst",
      Flur: "12",
      Flurstück: "345/6",
      Straße: "Lange Straße",
      Größe: "1.250 m²",
      Planungsrecht: "Bebauungsplan Nr. 27",
      "Art der Nutzung": "Wohnen",
      Erschließung: "erschlossen",
      Verfügbarkeit: "verfügbar",
      Koordinaten: "53,04780° N, 8,62910° O",
    });
  });

  it("says § 34 BauGB when there is no plan", () => {
    const lot = mapFeatureSchemas["vacant-lots"].parse({
      ...vacantLot,
      properties: { ...vacantLot.properties, planningLaw: { kind: "section-34" } },
    });
    expect(asObject(lot)["Planungsrecht"]).toBe("Innenbereich ohne Bebauungsplan (§ 34 BauGB)");
  });

  it("gives an area's planned month in words and its centre instead of coordinates", () => {
    expect(featureTitle(broadband, de)).toBe("Deichhorst");
    expect(featureLocation(broadband, de)).toBe("geplant, Anschluss voraussichtlich März 2027");
    expect(asObject(broadband)).toEqual({
      Ausbaustand: "geplant",
      "Geplanter Anschluss": "März 2027",
      Anbieter: "Stadtwerke",
      Mittelpunkt: "53,01000° N, 8,61000° O",
    });
  });

  it("leaves out optional facts that are not there", () => {
    const labels = featureFacts(coverage, de).map((fact) => fact.label);
    expect(labels).toEqual(["Empfang", "Gemeldet am", "Koordinaten"]);
    expect(featureTitle(coverage, de)).toBe("Empfangsmeldung vom 3. März 2026");
  });

  it("speaks English with English number formats", () => {
    const en = formatIn("en");
    expect(featureTitle(vacantLot, en)).toBe("Vacant lot Lange Straße");
    expect(asObject(vacantLot, en)).toMatchObject({ Size: "1,250 m²", "Permitted use": "Residential" });
    expect(asObject(broadband, en)["Planned connection"]).toBe("March 2027");
  });

  it("formats a hotspot's and a school's address", () => {
    const wifi = mapFeatureSchemas.wifi.parse({
      ...base,
      id: "wifi-1",
      layer: "wifi",
      geometry: { type: "Point", coordinates: [8.63, 53.05] },
      properties: {
        name: "Stadtbücherei",
        place: "library",
        address: { street: "Am Stadtwall 4", postalCode: "27749" },
        status: "in-operation",
      },
    });
    expect(featureLocation(wifi, de)).toBe("Am Stadtwall 4, 27749 Delmenhorst");
    expect(asObject(wifi)).toMatchObject({ Standort: "Bibliothek", Status: "in Betrieb" });
  });
});
