// The directory as open data: GeoJSON (RFC 7946, OSM-style tags) and CSV (RFC 4180, UTF-8 with
// BOM for spreadsheet programs). Entries from OpenStreetMap stay under the ODbL and name it.
import { OSM_ATTRIBUTION, type Shop } from "../../../src/lib/contract/shops";

export const LICENCE_NOTE =
  "Stadt Delmenhorst, Delmenhorst Shopping. Einträge mit osm_id: " +
  `${OSM_ATTRIBUTION} (https://www.openstreetmap.org/copyright).`;

function tagsOf(shop: Shop): Record<string, string | number | boolean | null> {
  const [key, value] = shop.category.split("=") as [string, string];
  return {
    id: shop.id,
    name: shop.name,
    [key]: value,
    "addr:street": shop.address.street,
    "addr:housenumber": shop.address.housenumber,
    "addr:postcode": shop.address.postcode,
    "addr:city": "Delmenhorst",
    opening_hours: shop.openingHours,
    phone: shop.phone,
    website: shop.website,
    "contact:webshop": shop.onlineShop,
    delivery: shop.delivery ? "yes" : null,
    click_and_collect: shop.clickAndCollect ? "yes" : null,
    wheelchair: shop.wheelchair,
    ...Object.fromEntries(shop.payment.map((method) => [`payment:${method}`, "yes"])),
    description: shop.description,
    source: shop.source,
    osm_id: shop.osmId,
    sample: shop.sample,
  };
}

export function toGeoJson(shops: Shop[], generatedAt: string) {
  return {
    type: "FeatureCollection",
    license: LICENCE_NOTE,
    generated: generatedAt,
    features: shops.map((shop) => ({
      type: "Feature",
      id: shop.id,
      geometry: { type: "Point", coordinates: shop.location },
      properties: Object.fromEntries(Object.entries(tagsOf(shop)).filter(([, v]) => v !== null)),
    })),
  };
}

const COLUMNS = [
  "id",
  "name",
  "category",
  "street",
  "housenumber",
  "postcode",
  "latitude",
  "longitude",
  "opening_hours",
  "phone",
  "website",
  "online_shop",
  "delivery",
  "click_and_collect",
  "wheelchair",
  "payment",
  "source",
  "osm_id",
  "sample",
] as const;

// OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet (the
// full-width forms too, which some spreadsheets read as the ASCII ones). A leading ' keeps it text.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell (RFC 4180 quoting); a phone number such as +49 … is protected too, and still shows. */
export function textCell(value: string | boolean | null): string {
  const text = value === null ? "" : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number column's cell: written as a number (a negative one too), so spreadsheets compute with it. */
export const numberCell = (value: number): string => (Number.isFinite(value) ? String(value) : "");

export function toCsv(shops: Shop[]): string {
  const rows = shops.map((s) =>
    [
      textCell(s.id),
      textCell(s.name),
      textCell(s.category),
      textCell(s.address.street),
      textCell(s.address.housenumber),
      textCell(s.address.postcode),
      numberCell(s.location[1]),
      numberCell(s.location[0]),
      textCell(s.openingHours),
      textCell(s.phone),
      textCell(s.website),
      textCell(s.onlineShop),
      textCell(s.delivery),
      textCell(s.clickAndCollect),
      textCell(s.wheelchair),
      textCell(s.payment.join(";")),
      textCell(s.source),
      textCell(s.osmId),
      textCell(s.sample),
    ].join(","),
  );
  return `\uFEFF${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
