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

const cell = (value: string | number | boolean | null): string => {
  const text = value === null ? "" : String(value);
  // Quotes where needed, and a leading ' against formula injection in spreadsheets (a phone number
  // such as +49 4221 ... stays as it is).
  const safe = /^[=@\t\r]|^[+-][^0-9 ]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(shops: Shop[]): string {
  const rows = shops.map((s) =>
    [
      s.id,
      s.name,
      s.category,
      s.address.street,
      s.address.housenumber,
      s.address.postcode,
      s.location[1],
      s.location[0],
      s.openingHours,
      s.phone,
      s.website,
      s.onlineShop,
      s.delivery,
      s.clickAndCollect,
      s.wheelchair,
      s.payment.join(";"),
      s.source,
      s.osmId,
      s.sample,
    ]
      .map(cell)
      .join(","),
  );
  return `\uFEFF${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
