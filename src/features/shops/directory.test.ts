import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { type Offer, type Shop, shopSchema } from "../../lib/contract/shops";
import shopsDe from "../../locales/shops/de.json";
import {
  createShopIndex,
  currentOffers,
  type DirectoryContext,
  type DirectoryFilters,
  directoryEntries,
  directoryParams,
  parseDirectoryParams,
  searchShops,
} from "./directory";
import { categoryLabel, type TextFormat } from "./labels";

const i18n = i18next.createInstance();
await i18n.init({
  lng: "de",
  resources: { de: { translation: shopsDe } },
  interpolation: { escapeValue: false },
});
const de: TextFormat = { t: (key, options) => i18n.t(key, options), locale: "de" };

function shop(id: string, name: string, overrides: Partial<Shop> = {}): Shop {
  return shopSchema.parse({
    id,
    name,
    category: "shop=bakery",
    address: { street: "Lange Straße", housenumber: "1", postcode: "27749" },
    location: [8.6318, 53.0505],
    openingHours: "Mo-Sa 07:00-18:00",
    phone: null,
    website: null,
    onlineShop: null,
    delivery: false,
    clickAndCollect: false,
    wheelchair: null,
    payment: [],
    description: null,
    offers: [],
    photo: null,
    source: "city",
    osmId: null,
    verified: false,
    sample: true,
    updatedAt: "2026-11-01T10:00:00+01:00",
    ...overrides,
  });
}

const SHOPS = [
  shop("baeckerei-mueller", "Bäckerei Müller", { description: "Brot und Brötchen aus eigener Backstube" }),
  shop("fleischerei-meyer", "Fleischerei Meyer", { category: "shop=butcher", delivery: true }),
  shop("cafe-am-markt", "Café am Markt", {
    category: "amenity=cafe",
    address: { street: "Marktplatz", housenumber: "3", postcode: "27749" },
    wheelchair: "limited",
    location: [8.64, 53.06],
  }),
  shop("oeko-laden", "Ökoladen Sonnenblume", {
    category: "shop=greengrocer",
    onlineShop: "https://sonnenblume.example",
    wheelchair: "yes",
    location: [8.6, 53.03],
  }),
  shop("aerztebedarf", "Ärztebedarf Schulz", {
    category: "shop=medical_supply",
    wheelchair: "no",
    description: "Rollatoren und Zweiradhilfen",
  }),
  shop("zweirad-zander", "Zweirad Zander", { category: "shop=bicycle" }),
];

const none: DirectoryFilters = parseDirectoryParams({});
const context = (overrides: Partial<DirectoryContext> = {}): DirectoryContext => ({
  matches: null,
  opening: () => "open",
  origin: null,
  ...overrides,
});
const ids = (filters: Partial<DirectoryFilters>, ctx: Partial<DirectoryContext> = {}) =>
  directoryEntries(SHOPS, { ...none, ...filters }, context(ctx)).map((e) => e.shop.id);

describe("the directory's search", () => {
  const index = createShopIndex(SHOPS, (category) => categoryLabel(category, de));

  it("finds a misspelt name", () => {
    expect(searchShops(index, "Bäckerai Mülller")[0]).toBe("baeckerei-mueller");
    expect(searchShops(index, "Fleischerai")[0]).toBe("fleischerei-meyer");
  });

  it("finds words while they are typed, without umlauts too", () => {
    expect(searchShops(index, "Öko")).toEqual(["oeko-laden"]);
    expect(searchShops(index, "oekoladen")).toEqual(["oeko-laden"]);
  });

  it("looks in the category's words, the street and the description", () => {
    expect(searchShops(index, "Obst")).toEqual(["oeko-laden"]);
    expect(searchShops(index, "Marktplatz")).toContain("cafe-am-markt");
    expect(searchShops(index, "Backstube")).toEqual(["baeckerei-mueller"]);
  });

  it("wants every word and skips words that say nothing", () => {
    expect(searchShops(index, "Bäckerei in der Lange Straße")).toEqual(["baeckerei-mueller"]);
    expect(searchShops(index, "Fleischerei Lange Straße")).toEqual(["fleischerei-meyer"]);
    expect(searchShops(index, "Bäckerei xqzv")).toEqual(["baeckerei-mueller"]);
    expect(searchShops(index, "xqzv")).toEqual([]);
    expect(searchShops(index, "  ")).toEqual([]);
  });
});

describe("the directory's filters", () => {
  it("filters by category group; unknown categories fall under 'other'", () => {
    expect(ids({ group: "food" })).toEqual(["baeckerei-mueller", "fleischerei-meyer", "oeko-laden"]);
    expect(ids({ group: "gastronomy" })).toEqual(["cafe-am-markt"]);
    expect(ids({ group: "other" })).toEqual(["aerztebedarf"]);
  });

  it("keeps only what is open now, once the opening states are known", () => {
    const opening = (s: Shop) =>
      s.id === "cafe-am-markt" ? "open" : s.id === "zweirad-zander" ? undefined : "closed";
    expect(ids({ openNow: true }, { opening })).toEqual(["cafe-am-markt"]);
  });

  it("filters by delivery, wheelchair access (yes or limited) and an online shop", () => {
    expect(ids({ delivery: true })).toEqual(["fleischerei-meyer"]);
    expect(ids({ wheelchair: true })).toEqual(["cafe-am-markt", "oeko-laden"]);
    expect(ids({ onlineShop: true })).toEqual(["oeko-laden"]);
    expect(ids({ wheelchair: true, onlineShop: true })).toEqual(["oeko-laden"]);
  });

  it("sorts by name in German order, umlauts among their letters", () => {
    expect(ids({})).toEqual([
      "aerztebedarf",
      "baeckerei-mueller",
      "cafe-am-markt",
      "fleischerei-meyer",
      "oeko-laden",
      "zweirad-zander",
    ]);
  });

  it("sorts by distance from the user's position, and only with one", () => {
    const nearCafe = { origin: [8.641, 53.061] as const };
    const entries = directoryEntries(SHOPS, { ...none, sort: "distance" }, context(nearCafe));
    expect(entries[0]?.shop.id).toBe("cafe-am-markt");
    expect(entries[0]?.meters).toBeLessThan(200);
    expect(entries.at(-1)?.shop.id).toBe("oeko-laden");
    expect(ids({ sort: "distance" })[0]).toBe("aerztebedarf");
  });

  it("orders search results by relevance unless the user chose another order", () => {
    const index = createShopIndex(SHOPS, (category) => categoryLabel(category, de));
    // A name weighs more than a word at the beginning of another in a description.
    const matches = searchShops(index, "Zweirad");
    expect(ids({ query: "Zweirad" }, { matches })).toEqual(["zweirad-zander", "aerztebedarf"]);
    expect(ids({ query: "Zweirad", sort: "name" }, { matches })).toEqual(["aerztebedarf", "zweirad-zander"]);
  });
});

describe("the filters in the address", () => {
  it("round-trips and ignores what it does not know", () => {
    const filters: DirectoryFilters = {
      query: "Bäcker",
      group: "food",
      openNow: true,
      delivery: false,
      wheelchair: true,
      onlineShop: false,
      sort: "distance",
    };
    const params = directoryParams(filters);
    expect(params).toEqual({
      q: "Bäcker",
      gruppe: "food",
      offen: "1",
      lieferung: undefined,
      rollstuhl: "1",
      onlineshop: undefined,
      sortierung: "entfernung",
    });
    expect(parseDirectoryParams(params)).toEqual(filters);
    expect(parseDirectoryParams({ gruppe: "weapons", offen: "ja", sortierung: "preis" })).toEqual(none);
  });
});

describe("current offers", () => {
  const offer = (id: string, startsOn: string | null, endsOn: string): Offer => ({
    id,
    kind: "offer",
    title: id,
    text: "",
    startsOn,
    endsOn,
  });
  const offers = [
    offer("ended-yesterday", null, "2026-12-23"),
    offer("ends-today", null, "2026-12-24"),
    offer("starts-today", "2026-12-24", "2026-12-31"),
    offer("starts-tomorrow", "2026-12-25", "2026-12-31"),
  ];

  it("shows offers from their first to their last Berlin day", () => {
    // 23:30 UTC on 23 December is already 24 December in Berlin.
    const christmasEve = new Date("2026-12-23T23:30:00Z");
    expect(currentOffers(offers, christmasEve).map((o) => o.id)).toEqual(["ends-today", "starts-today"]);
    // 22:59 UTC on 24 December is 23:59 in Berlin: the last minute of "ends-today".
    expect(currentOffers(offers, new Date("2026-12-24T22:59:00Z")).map((o) => o.id)).toContain("ends-today");
    expect(currentOffers(offers, new Date("2026-12-24T23:00:00Z")).map((o) => o.id)).toEqual([
      "starts-today",
      "starts-tomorrow",
    ]);
  });
});
