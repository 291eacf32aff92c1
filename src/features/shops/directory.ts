// The shop directory's rules, free of the page: the filters as they stand in the address, the search
// that runs on the device (typos forgiven, as in the services guide), the filters, the order by name
// or distance, and which offers are current. The page feeds it the records and the opening states.
import MiniSearch from "minisearch";
import { berlinDate } from "../../lib/contract/berlin-time";
import type { Offer, Shop } from "../../lib/contract/shops";
import {
  CATEGORY_GROUP_NAMES,
  type CategoryGroup,
  groupOfCategory,
} from "../../lib/contract/shops-constants";
import { distanceMeters, type LonLat } from "../map/distance";
import { normalizeTerm } from "../services/search";

// ---- The filters in the address (?q=&gruppe=&offen=1&lieferung=1&rollstuhl=1&onlineshop=1) ----

export type DirectorySort = "relevance" | "name" | "distance";

export type DirectoryFilters = {
  query: string;
  group: CategoryGroup | null;
  openNow: boolean;
  delivery: boolean;
  wheelchair: boolean;
  onlineShop: boolean;
  /** What the user chose; "relevance" only applies while searching, "distance" once a position is known. */
  sort: DirectorySort | null;
};

export type DirectoryParams = {
  q?: string;
  gruppe?: string;
  offen?: string;
  lieferung?: string;
  rollstuhl?: string;
  onlineshop?: string;
  sortierung?: string;
};

const SORT_PARAM: Record<DirectorySort, string> = {
  relevance: "treffer",
  name: "name",
  distance: "entfernung",
};

const isGroup = (value: string | undefined): value is CategoryGroup =>
  CATEGORY_GROUP_NAMES.some((group) => group === value);

export function parseDirectoryParams(params: DirectoryParams): DirectoryFilters {
  const sort = (Object.keys(SORT_PARAM) as DirectorySort[]).find((s) => SORT_PARAM[s] === params.sortierung);
  return {
    query: params.q ?? "",
    group: isGroup(params.gruppe) ? params.gruppe : null,
    openNow: params.offen === "1",
    delivery: params.lieferung === "1",
    wheelchair: params.rollstuhl === "1",
    onlineShop: params.onlineshop === "1",
    sort: sort ?? null,
  };
}

/** Every parameter, undefined where it is not set: the router then drops it from the address. */
export function directoryParams(
  filters: DirectoryFilters,
): Record<keyof DirectoryParams, string | undefined> {
  const flag = (on: boolean) => (on ? "1" : undefined);
  return {
    q: filters.query || undefined,
    gruppe: filters.group ?? undefined,
    offen: flag(filters.openNow),
    lieferung: flag(filters.delivery),
    rollstuhl: flag(filters.wheelchair),
    onlineshop: flag(filters.onlineShop),
    sortierung: filters.sort ? SORT_PARAM[filters.sort] : undefined,
  };
}

export const hasFilters = (f: DirectoryFilters) =>
  f.query.trim() !== "" || f.group !== null || f.openNow || f.delivery || f.wheelchair || f.onlineShop;

// ---- Search ----

type ShopDocument = { id: string; name: string; category: string; street: string; description: string };
export type ShopIndex = MiniSearch<ShopDocument>;

/** MiniSearch's own split: spaces and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** Words that say nothing about a shop; "Bäcker in der Langen Straße" looks for "Bäcker" and "Langen Straße". */
const STOP_WORDS = new Set(
  "der die das den dem des ein eine einen einem einer und oder in im am an auf bei mit für von vom zu zum zur the and of at".split(
    " ",
  ),
);

const processTerm = (term: string) => {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : normalizeTerm(lower) || null;
};

/**
 * The services guide's settings (src/features/services/search.ts): German normalisation, prefixes while
 * typing, about one typo in four letters. The name weighs most, then the category's words.
 */
export function createShopIndex(
  shops: readonly Shop[],
  categoryLabel: (category: string) => string,
): ShopIndex {
  const index = new MiniSearch<ShopDocument>({
    fields: ["name", "category", "street", "description"],
    processTerm,
    searchOptions: {
      boost: { name: 3, category: 2 },
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
    },
  });
  index.addAll(
    shops.map((shop) => ({
      id: shop.id,
      name: shop.name,
      category: categoryLabel(shop.category),
      street: shop.address.street,
      description: shop.description ?? "",
    })),
  );
  return index;
}

/**
 * Ids of the entries that match every word of the query, best first. A word no entry has at all
 * ("bitte", a stray letter) is left out rather than emptying the list.
 */
export function searchShops(index: ShopIndex, query: string): string[] {
  const words = query.split(SPACE_OR_PUNCTUATION).filter((word) => word && processTerm(word) !== null);
  const known = words.filter((word) => index.search(word).length > 0);
  if (known.length === 0) return [];
  return index.search({ combineWith: "AND", queries: known }).map((result) => String(result.id));
}

// ---- Filters and order ----

export type OpeningKind = "open" | "closed" | "unknown";

export type DirectoryEntry = { shop: Shop; meters: number | null };

export type DirectoryContext = {
  /** Ids the search found, best first; null when there is no query. */
  matches: readonly string[] | null;
  /** The entry's state now; undefined while the opening hours are not evaluated yet. */
  opening: (shop: Shop) => OpeningKind | undefined;
  /** The user's position, when they shared it. */
  origin: LonLat | null;
};

export function matchesFilters(shop: Shop, filters: DirectoryFilters, context: DirectoryContext): boolean {
  if (filters.group !== null && groupOfCategory(shop.category) !== filters.group) return false;
  if (filters.openNow && context.opening(shop) !== "open") return false;
  if (filters.delivery && !shop.delivery) return false;
  if (filters.wheelchair && shop.wheelchair !== "yes" && shop.wheelchair !== "limited") return false;
  if (filters.onlineShop && shop.onlineShop === null) return false;
  return true;
}

/** The order actually used: distance needs a position, relevance a query. */
export function effectiveSort(
  filters: DirectoryFilters,
  context: Pick<DirectoryContext, "origin">,
): DirectorySort {
  if (filters.sort === "distance" && context.origin) return "distance";
  if (filters.sort === "name") return "name";
  if (filters.query.trim() !== "") return "relevance";
  return "name";
}

// German alphabetical order whatever the page's language ("Ärztehaus" among the A's).
const collator = new Intl.Collator("de");

export function directoryEntries(
  shops: readonly Shop[],
  filters: DirectoryFilters,
  context: DirectoryContext,
): DirectoryEntry[] {
  const found = context.matches ? new Map(context.matches.map((id, rank) => [id, rank])) : null;
  const entries = shops
    .filter((shop) => (found ? found.has(shop.id) : true) && matchesFilters(shop, filters, context))
    .map((shop) => ({
      shop,
      meters: context.origin ? distanceMeters(context.origin, shop.location) : null,
    }));
  const byName = (a: DirectoryEntry, b: DirectoryEntry) => collator.compare(a.shop.name, b.shop.name);
  switch (effectiveSort(filters, context)) {
    case "distance":
      return entries.sort((a, b) => a.meters! - b.meters! || byName(a, b));
    case "relevance":
      return entries.sort((a, b) => found!.get(a.shop.id)! - found!.get(b.shop.id)!);
    default:
      return entries.sort(byName);
  }
}

// ---- Offers ----

/**
 * Offers and events still to come or running, by their Berlin calendar day: shown from `startsOn`
 * (at once when it is null) up to and including `endsOn`. Soonest ending first.
 */
export function currentOffers(offers: readonly Offer[], now: Date): Offer[] {
  const today = berlinDate(now);
  return offers
    .filter((offer) => offer.endsOn >= today && (offer.startsOn === null || offer.startsOn <= today))
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title, "de"));
}
