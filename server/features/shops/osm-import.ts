// Import of directory entries from an OpenStreetMap GeoJSON export (overpass turbo's format: tags
// as properties, "@id" / id "node/123"). OpenStreetMap data is © OpenStreetMap contributors under
// the ODbL: entries keep their object id for attribution. A merchant's own data wins over OSM.
import { LAYER_BOUNDS } from "../../../src/lib/contract/map-constants";
import {
  type OsmImportResult,
  type PaymentMethod,
  type Shop,
  type ShopDetails,
  shopDetailsSchema,
  SHOPS_COLLECTION,
} from "../../../src/lib/contract/shops";
import { type Db, inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { deleteEntry } from "../../platform/sync/store";
import { openingHoursError, publish } from "./service";
import { deleteShop, findShopByOsmId, listShops } from "./store";

/** Amenities that are places to buy or eat something; benches and parking are not shops. */
const SHOP_AMENITIES = new Set([
  "restaurant",
  "cafe",
  "fast_food",
  "ice_cream",
  "bar",
  "pub",
  "biergarten",
  "pharmacy",
  "marketplace",
]);
const PAYMENT_TAGS: [PaymentMethod, string[]][] = [
  ["cash", ["payment:cash", "payment:coins"]],
  ["debit_cards", ["payment:debit_cards", "payment:girocard", "payment:maestro"]],
  ["credit_cards", ["payment:credit_cards", "payment:visa", "payment:mastercard"]],
  ["contactless", ["payment:contactless"]],
  ["mobile", ["payment:apple_pay", "payment:google_pay"]],
];

type Tags = Record<string, unknown>;
type Skip = OsmImportResult["skipped"][number];
type Reading = { osmId: string; details: ShopDetails } | Skip;

const tag = (tags: Tags, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = tags[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
};

function categoryOf(tags: Tags): string | null {
  const shop = tag(tags, "shop");
  if (shop && /^[a-z0-9_]{1,40}$/.test(shop)) return `shop=${shop}`;
  const amenity = tag(tags, "amenity");
  if (amenity && SHOP_AMENITIES.has(amenity)) return `amenity=${amenity}`;
  const craft = tag(tags, "craft");
  if (craft && /^[a-z0-9_]{1,40}$/.test(craft)) return `craft=${craft}`;
  return null;
}

/** A point for the entry: the point itself, or the mean of an area's outer ring. */
function positionOf(geometry: unknown): [number, number] | null {
  if (typeof geometry !== "object" || geometry === null) return null;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const ring =
    type === "Point"
      ? [coordinates]
      : type === "Polygon"
        ? (coordinates as unknown[])?.[0]
        : type === "MultiPolygon"
          ? (coordinates as unknown[][])?.[0]?.[0]
          : null;
  if (!Array.isArray(ring) || ring.length === 0) return null;
  const points = (ring.length > 1 ? ring.slice(0, -1) : ring) as unknown[];
  if (!points.every((p) => Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "number"))
    return null;
  const pairs = points as [number, number][];
  const lon = pairs.reduce((sum, p) => sum + p[0], 0) / pairs.length;
  const lat = pairs.reduce((sum, p) => sum + p[1], 0) / pairs.length;
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

const inCity = ([lon, lat]: [number, number]) =>
  lon >= LAYER_BOUNDS[0] && lon <= LAYER_BOUNDS[2] && lat >= LAYER_BOUNDS[1] && lat <= LAYER_BOUNDS[3];

const valid = <T>(parse: { success: boolean; data?: T }): T | null => (parse.success ? parse.data! : null);

/** One feature of the export as directory details, or why it is left out. */
export function readOsmFeature(feature: unknown, index: number): Reading & { invalidHours?: boolean } {
  const f = (typeof feature === "object" && feature !== null ? feature : {}) as Tags;
  const tags = (typeof f.properties === "object" && f.properties !== null ? f.properties : {}) as Tags;
  const rawId = tag(tags, "@id") ?? (typeof f.id === "string" ? f.id : null);
  const osmId = rawId && /^(node|way|relation)\/\d+$/.test(rawId) ? rawId : null;
  const id = osmId ?? `#${index}`;
  if (!osmId) return { id, reason: "invalid" };
  const name = tag(tags, "name");
  if (!name) return { id, reason: "no-name" };
  const category = categoryOf(tags);
  if (!category) return { id, reason: "no-category" };
  const location = positionOf(f.geometry);
  if (!location) return { id, reason: "invalid" };
  if (!inCity(location)) return { id, reason: "outside-city" };
  const street = tag(tags, "addr:street");
  const housenumber = tag(tags, "addr:housenumber");
  const postcode = tag(tags, "addr:postcode");
  if (!street || !housenumber || !postcode) return { id, reason: "no-address" };

  const rule = tag(tags, "opening_hours");
  const invalidHours = rule !== null && openingHoursError(rule) !== null;
  const field = shopDetailsSchema.shape;
  const wheelchair = tag(tags, "wheelchair");
  const details = {
    name: name.slice(0, 120),
    category,
    address: { street, housenumber, postcode },
    location,
    openingHours: invalidHours ? null : valid(field.openingHours.safeParse(rule)),
    phone: valid(field.phone.safeParse(tag(tags, "phone", "contact:phone"))),
    website: valid(field.website.safeParse(tag(tags, "website", "contact:website"))),
    onlineShop: valid(field.onlineShop.safeParse(tag(tags, "contact:webshop"))),
    delivery: tag(tags, "delivery") === "yes",
    clickAndCollect: false,
    wheelchair: wheelchair === "yes" || wheelchair === "limited" || wheelchair === "no" ? wheelchair : null,
    payment: PAYMENT_TAGS.filter(([, keys]) => keys.some((key) => tag(tags, key) === "yes")).map(
      ([method]) => method,
    ),
    description: tag(tags, "description")?.slice(0, 600) ?? null,
    offers: [],
  };
  const parsed = shopDetailsSchema.safeParse(details);
  if (!parsed.success) return { id, reason: "invalid" };
  return { osmId, details: parsed.data, invalidHours };
}

const MAX_FEATURES = 20_000;
const MAX_REPORTED = 50;

/**
 * Creates or updates the export's entries (matched by OSM id). Entries a merchant keeps are left as
 * the merchant made them; the samples no merchant keeps go once real entries arrive.
 */
export async function importOsm(db: Db, input: unknown, now: Date): Promise<OsmImportResult> {
  const collection = (typeof input === "object" && input !== null ? input : {}) as Tags;
  if (collection.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new ProblemError(422, "geojson_invalid", "Expected a GeoJSON FeatureCollection");
  }
  if (collection.features.length > MAX_FEATURES) {
    throw new ProblemError(422, "geojson_invalid", `At most ${MAX_FEATURES} features`);
  }
  const result: OsmImportResult = {
    created: 0,
    updated: 0,
    keptMerchant: 0,
    skipped: [],
    invalidOpeningHours: 0,
    removedSamples: 0,
  };
  const readings = collection.features.map(readOsmFeature);
  await inTransaction(db, async (trx) => {
    for (const reading of readings) {
      if ("reason" in reading) {
        result.skipped.push(reading);
        continue;
      }
      if (reading.invalidHours) result.invalidOpeningHours++;
      const existing = await findShopByOsmId(trx, reading.osmId);
      if (existing?.ownerId) {
        result.keptMerchant++;
        continue;
      }
      const base: Shop = existing?.shop ?? {
        ...reading.details,
        id: `osm-${reading.osmId.replace("/", "-")}`,
        photo: null,
        source: "osm",
        osmId: reading.osmId,
        verified: false,
        sample: false,
        updatedAt: now.toISOString(),
      };
      // OSM knows nothing of offers: an entry keeps the ones it has.
      const shop: Shop = { ...base, ...reading.details, offers: base.offers, updatedAt: now.toISOString() };
      const entry = existing ?? { shop, live: true, ownerId: null, trust: "review" as const, version: 0 };
      if (existing && sameDetails(existing.shop, shop)) continue;
      await publish(trx, entry, shop, { by: "import", authorId: null, note: "openstreetmap" });
      if (existing) result.updated++;
      else result.created++;
    }
    if (result.created + result.updated + result.keptMerchant > 0) {
      result.removedSamples = await removeSamples(trx);
    }
  });
  result.skipped = result.skipped.slice(0, MAX_REPORTED);
  return result;
}

const sameDetails = (a: Shop, b: Shop) =>
  JSON.stringify({ ...a, updatedAt: "" }) === JSON.stringify({ ...b, updatedAt: "" });

async function removeSamples(db: Db): Promise<number> {
  const samples = (await listShops(db)).filter((e) => e.shop.sample && !e.ownerId);
  for (const { shop } of samples) {
    await deleteShop(db, shop.id);
    await deleteEntry(db, SHOPS_COLLECTION, shop.id);
  }
  return samples.length;
}
