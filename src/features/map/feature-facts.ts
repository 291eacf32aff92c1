// What a map feature says in words: its title, one line of where it is, and every fact as label and
// value. The list, the feature's page and the map's popups all show a feature through this module,
// so they always agree. Texts come through `format.t` (map.feature.*, map.values.*), numbers and
// dates through Intl in `format.locale`.
import type { MapFeature, MapFeatureOf } from "../../lib/contract/map";
import { formatDay, formatMonth } from "../../lib/date-format";
import { geometryCenter, type LonLat } from "./distance";

export type FactFormat = {
  t: (key: string, options?: Record<string, string | number>) => string;
  locale: string;
};

export type Fact = { label: string; value: string };

const number = (value: number, format: FactFormat, digits = 0) =>
  new Intl.NumberFormat(format.locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);

/** "1.250 m²" */
export const formatArea = (sqm: number, format: FactFormat) =>
  format.t("map.feature.squareMetres", { value: number(sqm, format) });

/** "53,05050° N, 8,63180° O": five decimals are about a metre. */
export function formatCoordinates([lon, lat]: LonLat, format: FactFormat): string {
  return format.t("map.feature.coordinatesValue", {
    lat: number(lat, format, 5),
    lon: number(lon, format, 5),
  });
}

const address = (a: { street: string; postalCode: string }, format: FactFormat) =>
  format.t("map.feature.addressValue", { street: a.street, postalCode: a.postalCode });

const planningLaw = (law: MapFeatureOf<"vacant-lots">["properties"]["planningLaw"], format: FactFormat) =>
  law.kind === "plan"
    ? format.t("map.values.planningLaw.plan", { plan: law.plan })
    : format.t("map.values.planningLaw.section-34");

export function featureTitle(feature: MapFeature, format: FactFormat): string {
  switch (feature.layer) {
    case "vacant-lots":
      return format.t("map.feature.titles.vacantLot", { street: feature.properties.street });
    case "mobile-coverage":
      return format.t("map.feature.titles.coverage", {
        date: formatDay(feature.properties.reportedOn, format.locale),
      });
    default:
      return feature.properties.name;
  }
}

/** One line of where the feature is (or what state it is in, for areas without an address). */
export function featureLocation(feature: MapFeature, format: FactFormat): string {
  switch (feature.layer) {
    case "vacant-lots": {
      const { street, parcel } = feature.properties;
      return format.t("map.feature.lotLocation", {
        street,
        district: parcel.district,
        flur: parcel.flur,
        number: parcel.number,
      });
    }
    case "wifi":
    case "schools":
      return address(feature.properties.address, format);
    case "broadband": {
      const status = format.t(`map.values.expansion.${feature.properties.status}`);
      const month = feature.properties.plannedMonth;
      return month
        ? format.t("map.feature.expansionUntil", { status, month: formatMonth(month, format.locale) })
        : status;
    }
    case "mobile-coverage":
      return format.t(`map.values.coverage.${feature.properties.quality}`);
  }
}

const fact = (format: FactFormat, label: string, value: string): Fact => ({
  label: format.t(`map.feature.facts.${label}`),
  value,
});

/** Every fact of the feature, in reading order, then its position. */
export function featureFacts(feature: MapFeature, format: FactFormat): Fact[] {
  return [...propertyFacts(feature, format), positionFact(feature, format)];
}

/** The facts of the feature's properties, without its position (the map's popup shows that). */
export function propertyFacts(feature: MapFeature, format: FactFormat): Fact[] {
  const value = (group: string, code: string) => format.t(`map.values.${group}.${code}`);
  switch (feature.layer) {
    case "vacant-lots": {
      const p = feature.properties;
      return [
        fact(format, "district", p.parcel.district),
        fact(format, "flur", String(p.parcel.flur)),
        fact(format, "parcelNumber", p.parcel.number),
        fact(format, "street", p.street),
        fact(format, "area", formatArea(p.areaSqm, format)),
        fact(format, "planningLaw", planningLaw(p.planningLaw, format)),
        fact(format, "use", value("use", p.use)),
        fact(format, "development", value("development", p.development)),
        fact(format, "availability", value("availability", p.availability)),
      ];
    }
    case "wifi": {
      const p = feature.properties;
      return [
        fact(format, "place", value("hotspotPlace", p.place)),
        fact(format, "address", address(p.address, format)),
        fact(format, "hotspotStatus", value("hotspotStatus", p.status)),
      ];
    }
    case "schools": {
      const p = feature.properties;
      return [
        fact(format, "schoolKind", value("schoolKind", p.kind)),
        fact(format, "address", address(p.address, format)),
      ];
    }
    case "broadband": {
      const p = feature.properties;
      return [
        fact(format, "expansionStatus", value("expansion", p.status)),
        ...(p.plannedMonth ? [fact(format, "plannedMonth", formatMonth(p.plannedMonth, format.locale))] : []),
        ...(p.provider ? [fact(format, "provider", p.provider)] : []),
      ];
    }
    case "mobile-coverage": {
      const p = feature.properties;
      return [
        fact(format, "quality", value("coverage", p.quality)),
        fact(format, "reportedOn", formatDay(p.reportedOn, format.locale)),
        ...(p.note ? [fact(format, "note", p.note)] : []),
      ];
    }
  }
}

/** A point's coordinates; an area's centre, named as such. */
function positionFact(feature: MapFeature, format: FactFormat): Fact {
  const label = feature.geometry.type === "Point" ? "coordinates" : "centre";
  return fact(format, label, formatCoordinates(geometryCenter(feature.geometry), format));
}
