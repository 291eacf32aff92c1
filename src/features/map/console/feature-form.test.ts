import { describe, expect, it } from "vitest";
import { MAP_LAYERS, mapFeatureSchemas, type StaffMapFeature } from "../../../lib/contract/map";
import mapDe from "../../../locales/map/de.json";
import {
  checkForm,
  emptyForm,
  faultFields,
  type FeatureForm,
  formOf,
  PROPERTY_FIELDS,
  visibleFields,
} from "./feature-form";

const lot: StaffMapFeature = {
  ...mapFeatureSchemas["vacant-lots"].parse({
    id: "lot-1",
    layer: "vacant-lots",
    geometry: { type: "Point", coordinates: [8.6291, 53.0478] },
    properties: {
      parcel: { district: "Delmenhorst", flur: 12, number: "345/6" },
      street: "Lange Straße",
      areaSqm: 1250,
      planningLaw: { kind: "section-34" },
      use: "residential",
      development: "developed",
      availability: "available",
    },
    sample: true,
    updatedAt: "2026-03-01T10:00:00+01:00",
  }),
  publication: "notice-period",
  source: "manual",
};

const edit = (form: FeatureForm, properties: FeatureForm["properties"]): FeatureForm => ({
  ...form,
  properties: { ...form.properties, ...properties },
});

describe("the map feature form", () => {
  it("sends a stored feature back unchanged when nothing was edited", () => {
    const checked = checkForm("vacant-lots", formOf(lot));
    expect(checked.errors).toEqual({});
    expect(checked.id).toBe("lot-1");
    expect(checked.body).toEqual({
      geometry: lot.geometry,
      properties: lot.properties,
      sample: true,
      publication: "notice-period",
    });
  });

  it("asks for the plan number only for a Bebauungsplan, and sends it then", () => {
    const form = formOf(lot);
    expect(visibleFields("vacant-lots", form.properties).map((f) => f.name)).not.toContain("plan");
    const withPlan = edit(form, { planningKind: "plan", plan: " 27 " });
    expect(visibleFields("vacant-lots", withPlan.properties).map((f) => f.name)).toContain("plan");
    expect(checkForm("vacant-lots", withPlan).body.properties).toMatchObject({
      planningLaw: { kind: "plan", plan: "27" },
    });
    expect(checkForm("vacant-lots", edit(form, { planningKind: "plan", plan: "" })).errors).toEqual({
      plan: "map.console.errors.plan",
    });
  });

  it("names each field at fault, in form order", () => {
    const form = edit(formOf(lot), { flur: "zwölf", street: "L", parcelNumber: "12-3" });
    expect(checkForm("vacant-lots", form).errors).toEqual({
      street: "map.console.errors.street",
      flur: "map.console.errors.flur",
      parcelNumber: "map.console.errors.parcelNumber",
    });
  });

  it("reads coordinates with a decimal comma and refuses a position outside the city", () => {
    const form = { ...formOf(lot), lat: "53,05", lon: "8,63" };
    expect(checkForm("vacant-lots", form).body.geometry).toEqual({
      type: "Point",
      coordinates: [8.63, 53.05],
    });
    // Swapped latitude and longitude: the most common mistake.
    expect(checkForm("vacant-lots", { ...form, lat: "8.63", lon: "53.05" }).errors).toEqual({
      lat: "map.console.errors.position",
    });
    expect(checkForm("vacant-lots", { ...form, lon: "acht" }).errors).toEqual({
      lon: "map.console.errors.lon",
    });
  });

  it("takes areas as GeoJSON text", () => {
    const area = {
      type: "Polygon",
      coordinates: [
        [
          [8.6, 53.0],
          [8.61, 53.0],
          [8.61, 53.01],
          [8.6, 53.0],
        ],
      ],
    };
    const form: FeatureForm = { ...formOf(lot), mode: "area", geometry: JSON.stringify(area) };
    expect(checkForm("vacant-lots", form).errors).toEqual({});
    expect(checkForm("vacant-lots", { ...form, geometry: "{ kein JSON" }).errors).toEqual({
      geometry: "map.console.errors.geometryJson",
    });
    const open = { ...area, coordinates: [area.coordinates[0]!.slice(0, 3).concat([[8.7, 53.1]])] };
    expect(checkForm("vacant-lots", { ...form, geometry: JSON.stringify(open) }).errors).toEqual({
      geometry: "map.console.errors.geometry",
    });
  });

  it("starts a new feature with a usable id and refuses one that is taken", () => {
    const form = emptyForm("mobile-coverage", "2026-03-03", "abc");
    expect(form.id).toBe("mobile-coverage-abc");
    expect(form.properties).toEqual({ quality: "none", reportedOn: "2026-03-03" });
    const filled = { ...form, lat: "53.05", lon: "8.63" };
    const checked = checkForm("mobile-coverage", filled, new Set(["other"]));
    expect(checked.errors).toEqual({});
    expect(checked.body).toEqual({
      geometry: { type: "Point", coordinates: [8.63, 53.05] },
      properties: { quality: "none", reportedOn: "2026-03-03" },
      sample: false,
    });
    expect(checkForm("mobile-coverage", filled, new Set(["mobile-coverage-abc"])).errors).toEqual({
      id: "map.console.errors.idTaken",
    });
    expect(checkForm("mobile-coverage", { ...filled, id: "mit Leerzeichen" }).errors).toEqual({
      id: "map.console.errors.id",
    });
  });

  it("leaves optional fields out when empty and maps nested address fields", () => {
    const form = edit(emptyForm("wifi", "2026-03-03", "x"), {
      name: "Stadtbücherei",
      street: "Am Stadtwall 4",
      postalCode: "12345",
    });
    expect(checkForm("wifi", { ...form, lat: "53.05", lon: "8.63" }).errors).toEqual({
      postalCode: "map.console.errors.postalCode",
    });
    const fibre = edit(emptyForm("broadband", "2026-03-03", "x"), { name: "Deichhorst", plannedMonth: "" });
    expect(checkForm("broadband", fibre).body.properties).toEqual({ name: "Deichhorst", status: "planned" });
  });
});

describe("the server's faults of a refused write", () => {
  it("land on the fields they are about", () => {
    const form = formOf(lot);
    expect(
      faultFields("vacant-lots", form, [
        { path: "properties.parcel.flur", message: "Too big" },
        { path: "geometry.coordinates", message: "outside" },
        { path: "somewhere.else", message: "?" },
      ]),
    ).toEqual({ lat: "map.console.errors.position", flur: "map.console.errors.flur" });
  });
});

describe("the form's texts", () => {
  const texts: unknown = mapDe;
  const has = (key: string) =>
    typeof key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts) === "string";

  it("has a label and an error text for every field, and a label for every choice", () => {
    const missing = MAP_LAYERS.flatMap((layer) =>
      PROPERTY_FIELDS[layer].flatMap((spec) => [
        `map.console.fields.${spec.name}`,
        `map.console.errors.${spec.name}`,
        ...(spec.options ?? []).map((option) => `${spec.optionLabels}.${option}`),
      ]),
    ).filter((key) => !has(key));
    expect(missing).toEqual([]);
  });
});
