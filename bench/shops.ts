// Delmenhorst Shopping with 3,000 generated entries: the sync payload a phone downloads (gzip, as
// the server sends it to a client that takes gzip) for the first sync and for a delta of 10 changed
// entries, and the directory search as the page runs it (typos included).
import { gunzipSync } from "node:zlib";
import { createShopIndex, searchShops } from "../src/features/shops/directory";
import { KNOWN_CATEGORIES, type Shop, SHOPS_COLLECTION } from "../src/lib/contract/shops";
import { publish } from "../server/features/shops/service";
import { findShop } from "../server/features/shops/store";
import { createTestApp } from "../server/testing/test-app";
import { quantile } from "./search";

export const GENERATED_SHOPS = 3_000;
const DELTA_CHANGES = 10;
/** The page size the app asks the feed for (server default). */
const PAGE_LIMIT = 200;

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;

/** A small deterministic random source, so every run measures the same data. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Record<string, string> = {
  bakery: "Bäckerei",
  butcher: "Metzgerei",
  supermarket: "Markt",
  clothes: "Modehaus",
  shoes: "Schuhhaus",
  florist: "Blumen",
  books: "Buchhandlung",
  hairdresser: "Friseur",
  restaurant: "Restaurant",
  cafe: "Café",
  pharmacy: "Apotheke",
  optician: "Optik",
  bicycle: "Zweirad",
  toys: "Spielwaren",
  electronics: "Elektro",
};
const SURNAMES =
  "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Braun Zimmermann Hartmann Krüger Lange Werner Krause Lehmann Köhler Kaiser Fuchs Scholz Vogel Brand Janssen Hinrichs Gerdes Ahlers".split(
    " ",
  );
const STREETS =
  "Lange Straße|Bahnhofstraße|Cramerstraße|Mühlenstraße|Schulstraße|Koppelstraße|Oldenburger Straße|Bremer Straße|Stedinger Straße|Düsternortstraße|Brauenkamper Straße|Wildeshauser Straße|Nordenhamer Straße|Friedrich-Ebert-Allee|Hasporter Damm|Syker Straße|Annenheider Straße|Adelheider Straße".split(
    "|",
  );
const HOURS = [
  "Mo-Fr 09:00-18:00; Sa 09:00-14:00; PH off",
  "Mo-Sa 08:00-20:00; PH off",
  "Tu-Su 11:30-14:30,17:30-22:30; Mo off",
  "Mo-Fr 07:00-18:00; Sa 07:00-12:30; PH off",
  "24/7",
  "Mo-Fr 10:00-19:00; Sa 10:00-16:00",
];
const POSTCODES = ["27749", "27751", "27753", "27755"];

export function generatedShops(count = GENERATED_SHOPS, now = new Date("2026-11-27T10:00:00Z")): Shop[] {
  const next = random(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const categories = KNOWN_CATEGORIES.filter((c) => KINDS[c.split("=")[1]!]);
  return Array.from({ length: count }, (_, i) => {
    const category = pick(categories);
    const kind = KINDS[category.split("=")[1]!]!;
    const surname = pick(SURNAMES);
    const street = pick(STREETS);
    return {
      id: `gen-${i}`,
      name: `${kind} ${surname}${i % 7 === 0 ? ` ${street.split(" ")[0]}` : ""}`,
      category,
      address: { street, housenumber: String(1 + Math.floor(next() * 180)), postcode: pick(POSTCODES) },
      location: [8.58 + next() * 0.12, 52.99 + next() * 0.11],
      openingHours: pick(HOURS),
      phone: `04221 ${String(100000 + i)}`,
      website: next() < 0.4 ? `https://${surname.toLowerCase()}-${i}.example.org` : null,
      onlineShop: next() < 0.15 ? `https://shop.${surname.toLowerCase()}-${i}.example.org` : null,
      delivery: next() < 0.2,
      clickAndCollect: next() < 0.2,
      wheelchair: pick(["yes", "limited", "no", null] as const),
      payment: next() < 0.5 ? ["cash", "debit_cards", "contactless"] : ["cash", "debit_cards"],
      description:
        next() < 0.6 ? `${kind} in der ${street} mit Beratung und Service seit ${1950 + (i % 70)}.` : null,
      offers:
        i % 10 === 0
          ? [
              {
                id: `o-${i}`,
                kind: "offer",
                title: "Wochenangebot",
                text: "",
                startsOn: null,
                endsOn: "2027-01-31",
              },
            ]
          : [],
      photo: null,
      source: "osm",
      osmId: `node/${100000 + i}`,
      verified: false,
      sample: false,
      updatedAt: now.toISOString(),
    } satisfies Shop;
  });
}

export type ShopsBench = {
  entries: number;
  firstSyncGzipBytes: number;
  firstSyncPages: number;
  firstSyncRawBytes: number;
  deltaGzipBytes: number;
  deltaChanges: number;
  searchMedianMs: number;
  searchP95Ms: number;
  queriesWithHits: number;
  queries: number;
};

/** Misspelt and partial names, categories and streets, as people type them. */
const QUERIES = [
  "Bäckerai Mülller",
  "backerei",
  "Schuhaus",
  "frisör",
  "Apoteke Lange",
  "cafe",
  "Blumen Schröder",
  "Modehaus Krger",
  "Elektro",
  "Spielwaren Koppelstraße",
  "optik hartmann",
  "zweirad",
];

type Feed = { changes: unknown[]; cursor: string; hasMore: boolean };

export async function benchShops(): Promise<ShopsBench> {
  const t = await createTestApp();
  try {
    const shops = generatedShops();
    await t.db.transaction().execute(async (trx) => {
      for (const shop of shops) {
        await publish(trx, { shop, live: true, ownerId: null, trust: "review", version: 0 }, shop, {
          by: "import",
          authorId: null,
        });
      }
    });

    // The feed as a phone reads it: page after page, gzip on the wire.
    const read = async (cursor: string | null) => {
      let gzipBytes = 0;
      let rawBytes = 0;
      let pages = 0;
      let since = cursor;
      let changes = 0;
      for (;;) {
        const query = new URLSearchParams({ limit: String(PAGE_LIMIT), ...(since ? { since } : {}) });
        const response = await t.app.request(`/api/sync/${SHOPS_COLLECTION}?${query}`, {
          headers: { "accept-encoding": "gzip" },
        });
        if (response.status !== 200) throw new Error(`feed answered ${response.status}`);
        if (response.headers.get("content-encoding") !== "gzip")
          throw new Error("the feed was not compressed");
        const compressed = new Uint8Array(await response.arrayBuffer());
        gzipBytes += compressed.byteLength;
        const text = new TextDecoder().decode(gunzipSync(compressed));
        rawBytes += text.length;
        const page = JSON.parse(text) as Feed;
        changes += page.changes.length;
        pages++;
        since = page.cursor;
        if (!page.hasMore) return { gzipBytes, rawBytes, pages, cursor: since, changes };
      }
    };
    const first = await read(null);
    if (first.changes !== shops.length) throw new Error(`first sync brought ${first.changes} entries`);

    // Ten merchants change their hours.
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < DELTA_CHANGES; i++) {
        const entry = (await findShop(trx, `gen-${i * 97}`))!;
        const shop = { ...entry.shop, openingHours: "Mo-Fr 08:00-17:00; Sa 08:00-12:00; PH off" };
        await publish(trx, entry, shop, { by: "merchant", authorId: null });
      }
    });
    const delta = await read(first.cursor);
    if (delta.changes !== DELTA_CHANGES) throw new Error(`the delta brought ${delta.changes} entries`);

    const search = timeShopSearch(shops);
    return {
      entries: shops.length,
      firstSyncGzipBytes: first.gzipBytes,
      firstSyncRawBytes: first.rawBytes,
      firstSyncPages: first.pages,
      deltaGzipBytes: delta.gzipBytes,
      deltaChanges: delta.changes,
      ...search,
    };
  } finally {
    await t.close();
  }
}

function timeShopSearch(shops: Shop[]) {
  const index = createShopIndex(shops, (category) => category.split("=")[1]!);
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const q of QUERIES) searchShops(index, q);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      searchShops(index, q);
      samples.push(performance.now() - start);
    }
  }
  return {
    searchMedianMs: quantile(samples, 0.5),
    searchP95Ms: quantile(samples, 0.95),
    queriesWithHits: QUERIES.filter((q) => searchShops(index, q).length > 0).length,
    queries: QUERIES.length,
  };
}
