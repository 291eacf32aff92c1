// Search over the services guide that runs on the device, so it works offline: prefix and fuzzy
// matching for typos, and a light German normalisation so "Anmeldungen", "anmelden" and
// "Anmeldung" meet, and "Fuehrerschein" finds "Führerschein".
import MiniSearch from "minisearch";

export type SearchDocument = { id: string; title: string; summary: string; keywords: string };

const SUFFIXES = ["ungen", "ung", "en", "er", "es", "e", "n", "s"];
const MIN_STEM = 4;

export function normalizeTerm(term: string): string {
  let t = term
    .toLowerCase()
    .replace(/ä|ae/g, "a")
    .replace(/ö|oe/g, "o")
    .replace(/ü|ue/g, "u")
    .replace(/ß/g, "ss");
  for (const suffix of SUFFIXES) {
    if (t.length - suffix.length >= MIN_STEM && t.endsWith(suffix)) {
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  return t;
}

export type ServiceIndex = MiniSearch<SearchDocument>;

export function createServiceIndex(documents: SearchDocument[]): ServiceIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "keywords", "summary"],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: {
      boost: { title: 3, keywords: 2 },
      prefix: true,
      // Short words are matched exactly; longer ones forgive about one typo in four letters.
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
    },
  });
  index.addAll(documents);
  return index;
}

/** Ids of matching services, best first. */
export function searchServices(index: ServiceIndex, query: string): string[] {
  if (!query.trim()) return [];
  return index.search(query).map((r) => String(r.id));
}
