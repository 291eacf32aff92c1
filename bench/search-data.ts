// Inputs of the search benchmark: the real seed services, a large generated guide, and what
// residents type (letter by letter, with typos, with and without umlauts).
import { loadGuideSeed } from "../server/features/guide/seed";
import type { SearchDocument } from "../src/features/services/search";

export const QUERIES = [
  // Typed letter by letter: every keystroke runs a search.
  "P",
  "Pe",
  "Per",
  "Pers",
  "Perso",
  "Personalaus",
  "Personalausweis",
  // Typos and spellings without umlauts.
  "Personalausweiss",
  "Fürerschein",
  "Fuehrerschein",
  "Reisepas",
  "Geburtsurkunte",
  "Meldebescheinigunng",
  // Lower case, word forms, several words.
  "ummeldung",
  "Ummelden",
  "Wohnsitz anmelden",
  "Hundesteuer",
  "Hund anmelden",
  "Gewerbe anmelden",
  "Gewerbe",
  "Wohngeld",
  "Wohngeld beantragen",
  "Eheschließung",
  "heiraten",
  "Baugenehmigung",
  "Anwohnerparken",
  "Parkausweis",
  "Sperrmüll",
  "Führungszeugnis",
  "Kindergeld",
  "Grundsteuer",
  "Auto abmelden",
  "Fundsache",
];

/** The German texts of the sample services, as the services page indexes them. */
export async function seedDocuments(): Promise<SearchDocument[]> {
  const { services } = await loadGuideSeed();
  return services.map((s) => ({
    id: s.id,
    title: s.text.de.title,
    summary: s.text.de.summary,
    keywords: s.text.de.keywords.join(" "),
  }));
}

const FORMS = [
  "Antrag auf",
  "Bescheinigung über",
  "Genehmigung für",
  "Anmeldung von",
  "Abmeldung von",
  "Ummeldung von",
  "Verlängerung von",
  "Ersatz für",
  "Auskunft zu",
  "Beratung zu",
  "Widerspruch gegen",
  "Änderung von",
  "Befreiung von",
  "Erstattung von",
];

const SUBJECTS = [
  "Personalausweis",
  "Reisepass",
  "Führerschein",
  "Wohnsitz",
  "Nebenwohnung",
  "Gewerbe",
  "Gaststätte",
  "Hund",
  "Hundesteuer",
  "Wohngeld",
  "Kindergeld",
  "Elterngeld",
  "Unterhaltsvorschuss",
  "Baugenehmigung",
  "Abrissgenehmigung",
  "Parkausweis",
  "Anwohnerparken",
  "Behindertenparkplatz",
  "Grundsteuer",
  "Gewerbesteuer",
  "Zweitwohnungsteuer",
  "Vergnügungssteuer",
  "Geburtsurkunde",
  "Sterbeurkunde",
  "Eheschließung",
  "Lebenspartnerschaft",
  "Führungszeugnis",
  "Meldebescheinigung",
  "Fahrzeugzulassung",
  "Kennzeichen",
  "Sondernutzung",
  "Sperrmüll",
  "Biotonne",
  "Baumfällung",
  "Veranstaltung",
  "Fischereischein",
  "Waffenschein",
  "Schwerbehindertenausweis",
  "Aufenthaltstitel",
  "Einbürgerung",
  "Namensänderung",
  "Kirchenaustritt",
  "Beglaubigung",
  "Wahlschein",
  "Fundsache",
  "Schankerlaubnis",
  "Marktstand",
  "Plakatierung",
];

const AUDIENCES = [
  "für Privatpersonen",
  "für Unternehmen",
  "für Familien",
  "für Minderjährige",
  "für Studierende",
  "für Vereine",
  "bei Umzug",
  "im Eilverfahren",
  "nach Verlust",
  "mit Online-Termin",
];

const SENTENCES = [
  "Sie stellen den Antrag persönlich im Bürgerbüro oder online.",
  "Bringen Sie einen gültigen Ausweis und die nötigen Unterlagen mit.",
  "Die Gebühr zahlen Sie bei der Antragstellung mit Karte oder bar.",
  "Die Bearbeitung dauert in der Regel zwei bis drei Wochen.",
  "Für die Steuer erhalten Sie einen Bescheid der Stadt Delmenhorst.",
  "Eine Vollmacht ist möglich, wenn Sie nicht selbst kommen können.",
  "Die Genehmigung gilt für ein Jahr und kann verlängert werden.",
  "Für Anmeldung und Abmeldung brauchen Sie einen Termin.",
  "Änderungen teilen Sie uns bitte innerhalb von zwei Wochen mit.",
  "Wir beraten Sie gerne telefonisch oder per E-Mail.",
];

const EXTRA_KEYWORDS = [
  "Antrag",
  "Bescheinigung",
  "Genehmigung",
  "Anmeldung",
  "Steuer",
  "Ausweis",
  "Gewerbe",
  "Parken",
  "Hund",
  "Wohngeld",
  "Bürgerbüro",
  "Formular",
  "Termin",
  "Gebühr",
  "Urkunde",
  "Umzug",
  "Zuschuss",
  "Erlaubnis",
];

/** Mulberry32: a tiny seeded generator, so every run indexes the same 5,000 services. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` services made of German administrative words; the same ones for the same seed. */
export function generatedDocuments(count: number, seed = 20_240_601): SearchDocument[] {
  const random = seededRandom(seed);
  const pick = (words: readonly string[]) => words[Math.floor(random() * words.length)] ?? "";
  const pickSome = (words: readonly string[], n: number) => Array.from({ length: n }, () => pick(words));
  return Array.from({ length: count }, (_, i) => {
    const subject = pick(SUBJECTS);
    const title = `${pick(FORMS)} ${subject} ${pick(AUDIENCES)}`;
    const summary = `${subject}: ${pickSome(SENTENCES, 2).join(" ")}`;
    const keywords = [pick(SUBJECTS), ...pickSome(EXTRA_KEYWORDS, 3)].join(" ");
    return { id: `generated-${String(i + 1).padStart(4, "0")}`, title, summary, keywords };
  });
}
