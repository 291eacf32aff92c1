// The list alternative to the map (/karte/liste): one entry per feature or office, found by words of
// its name, street or parcel, and ordered by distance from where the resident measures.
import type { Office } from "../../lib/contract/guide";
import type { MapFeature } from "../../lib/contract/map";
import { MAP_LAYERS, type MapLayer } from "../../lib/contract/map-constants";
import { distanceMeters, geometryCenter, type LonLat } from "./distance";
import { type FactFormat, featureLocation, featureTitle } from "./feature-facts";

/** The list's layers: the city's synced ones and the offices of the services guide. */
export const LIST_LAYERS = [...MAP_LAYERS, "offices"] as const;
export type ListLayer = (typeof LIST_LAYERS)[number];

export const isListLayer = (value: string | undefined): value is ListLayer =>
  LIST_LAYERS.some((layer) => layer === value);
export const isMapLayer = (value: string | undefined): value is MapLayer =>
  MAP_LAYERS.some((layer) => layer === value);

export type ListEntry = {
  id: string;
  title: string;
  location: string;
  href: string;
  center: LonLat;
  /** Lower-case words the filter looks in (see `normalize`). */
  searchText: string;
};

/** Case, accents and ß do not matter when searching: "strasse" finds "Straße", "dusseldorf" "Düsseldorf". */
export const normalize = (text: string) =>
  text.toLocaleLowerCase("de").normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");

export const featurePath = (layer: MapLayer, id: string) =>
  `/karte/${encodeURIComponent(layer)}/${encodeURIComponent(id)}`;

export function entryOfFeature(feature: MapFeature, format: FactFormat): ListEntry {
  const title = featureTitle(feature, format);
  const location = featureLocation(feature, format);
  // The parcel as people write it, "Flur 5 Flurstück 12/3", is in the location line already.
  return {
    id: feature.id,
    title,
    location,
    href: featurePath(feature.layer, feature.id),
    center: geometryCenter(feature.geometry),
    searchText: normalize(`${title} ${location}`),
  };
}

export function entryOfOffice(
  office: Pick<Office, "id" | "address" | "geo">,
  name: string,
  format: FactFormat,
): ListEntry {
  const location = format.t("map.list.officeAddress", {
    street: office.address.street,
    postalCode: office.address.postalCode,
    city: office.address.city,
  });
  return {
    id: office.id,
    title: name,
    location,
    href: `/standorte/${encodeURIComponent(office.id)}`,
    center: [office.geo.lon, office.geo.lat],
    searchText: normalize(`${name} ${location}`),
  };
}

/** Entries that contain every word of the query (in any order); all of them for an empty query. */
export function filterEntries<E extends Pick<ListEntry, "searchText">>(
  entries: readonly E[],
  query: string,
): E[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => words.every((word) => entry.searchText.includes(word)));
}

export type Measured<E> = { entry: E; meters: number };

/** Nearest first; equally far ones by title. */
export function byDistance<E extends Pick<ListEntry, "center" | "title">>(
  entries: readonly E[],
  origin: LonLat,
  locale: string,
): Measured<E>[] {
  const collator = new Intl.Collator(locale);
  return entries
    .map((entry) => ({ entry, meters: distanceMeters(origin, entry.center) }))
    .sort((a, b) => a.meters - b.meters || collator.compare(a.entry.title, b.entry.title));
}
