// Checks a text in Leichte Sprache against the rules a program can check (Netzwerk Leichte Sprache,
// "Die Regeln für Leichte Sprache"; BITV 2.0 Anlage 2 Teil 2): short sentences, no abbreviations,
// no common negated forms, long compound words split with a Mediopunkt. Whether a text is easy to
// understand still needs a reader from the target group; this only catches what rules can.
// Pure: no DOM, no Node, so the unit tests, the locale test and the console can all use it.

export type LeichteSpracheRule =
  | "sentence-length"
  | "average-sentence-length"
  | "abbreviation"
  | "negation"
  | "double-negation"
  | "compound";

export interface LeichteSpracheFinding {
  rule: LeichteSpracheRule;
  /** The offending part of the text: the sentence, the abbreviation or the word. */
  part: string;
}

/** One statement per sentence: never more than this many words ... */
export const MAX_WORDS_PER_SENTENCE = 15;
/** ... and on average no more than this many over a text of several sentences. */
export const MAX_AVERAGE_WORDS = 10;
/** Words with more letters than this (per part between Mediopunkt or hyphen) count as long compounds. */
export const MAX_WORD_PART_LETTERS = 12;

/**
 * The abbreviations the rules name and that appear in administrative German. Any other word of up to
 * four letters followed by a dot and a lower-case word is caught as well (a dot ending a sentence is
 * followed by a capital or nothing).
 */
const ABBREVIATIONS = [
  "z. B.",
  "z.B.",
  "usw.",
  "bzw.",
  "ca.",
  "d. h.",
  "d.h.",
  "u. a.",
  "u.a.",
  "evtl.",
  "ggf.",
  "Nr.",
  "Str.",
  "etc.",
  "inkl.",
  "zzgl.",
  "vgl.",
  "bzgl.",
  "bspw.",
  "u. U.",
  "o. Ä.",
  "Tel.",
  "Abs.",
  "max.",
  "min.",
  "gem.",
  "lt.",
  "s. o.",
  "s. u.",
];

/**
 * Negated forms with an un- prefix that have a positive word to use instead ("falsch" for "ungültig").
 * Matched as word starts, so inflected forms ("ungültige", "unbekannten") are caught too.
 */
const UN_WORDS = [
  "unmöglich",
  "ungültig",
  "unbekannt",
  "unvollständig",
  "unzulässig",
  "unzureichend",
  "unklar",
  "unverändert",
  "ungeeignet",
  "unberechtigt",
  "unbefugt",
  "unwirksam",
  "unbegründet",
  "unleserlich",
  "ungenau",
  "unerlaubt",
  "unnötig",
  "unpassend",
  "unverbindlich",
  "unerreichbar",
  "ungeklärt",
  "unbearbeitet",
  "ungelesen",
  "unbeantwortet",
  "unveröffentlicht",
  "unverschlüsselt",
  "unbestätigt",
  "unzustellbar",
  "unbezahlt",
  "unregelmäßig",
  "unabhängig",
  "unerwünscht",
];

/**
 * Plain "nicht", "kein", "nie", "nichts", "niemand" and "ohne" are allowed once in a sentence: the rules
 * prefer positive sentences, but allow "nicht" where the positive form would be unclear ("Das Amt ist
 * heute geschlossen" is clear, "Sie brauchen keinen Termin" has no clearer positive), and a program
 * cannot tell the two apart. Two of them in one sentence, or one before an un-word, is a double
 * negation and always caught.
 */
const NEGATION_WORDS = /^(nicht|nichts|kein|keine|keinen|keinem|keiner|keines|nie|niemals|niemand|ohne)$/i;

/** Words that start with "un" without being negated ("nicht unter 18" is one negation). */
const NOT_UN_PREFIX = /^(und|uns|unser\p{L}*|unter\p{L}*|unten|unbedingt|ungefähr|universit\p{L}*)$/iu;

/**
 * Long words that are not compounds, or names, and so have no place for a Mediopunkt. Matched as
 * stems, so inflected forms are allowed too.
 */
const LONG_WORDS_ALLOWED = [
  "informationen",
  "information",
  "veranstaltung",
  "benachrichtigung",
  "bestätigung",
  "bescheinigung",
  "berechtigung",
  "einstellungen",
  "entschuldigung",
  "verantwortung",
  "unterstützung",
  "vereinbarung",
  "verschiedene",
  "unterschreiben",
  "unterschrift",
  "herunterladen",
  "heruntergeladen",
  "niedersachsen",
  "niedersächsisch",
  "delmenhorster",
  "übersetzungen",
  "verständlich",
  "zurückbekommen",
  "weiterleiten",
  "aufgeschrieben",
  "ausgeschaltet",
  "eingeschaltet",
  "zusammenarbeit",
  "mitteilungen",
  "aktualisieren",
  "aktualisiert",
  "registrieren",
  "personalisiert",
  "verschlüsselt",
  "kontaktieren",
  "entschieden",
  "entscheidungen",
  "gebärdensprache",
  "wiederherstellen",
];

export interface CheckOptions {
  /** Also hold the text to the average sentence length (on by default; off for one-line labels). */
  average?: boolean;
}

/** Placeholders stand for one word; addresses, paths and numbers with dots are not prose. */
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, "X")
    .replace(/\$t\([^)]*\)/g, "X")
    .replace(/\S*(?:\/|@|:\/\/)\S*/g, "X")
    .replace(/\d+(?:[.,]\d+)+/g, "0");
}

const WORD = /[\p{L}\p{N}]/u;

function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => WORD.test(w));
}

/** Sentences end at . ! ? : ; or a line break (a colon starts a new statement in Leichte Sprache). */
export function sentences(text: string): string[] {
  return prose(text)
    .split(/(?<=[.!?:;…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*");
}

const ABBREVIATION_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${ABBREVIATIONS.map(escape).join("|")})|(?<![\\p{L}.])[\\p{L}]{1,4}\\.(?=\\s+[\\p{Ll}\\d])`,
  "gu",
);

function findAbbreviations(text: string): LeichteSpracheFinding[] {
  // Whole abbreviations first; a dotted pair like "z. B." is one finding.
  const found = new Set<string>();
  for (const match of prose(text).matchAll(ABBREVIATION_PATTERN)) found.add(match[0]);
  return [...found].map((part) => ({ rule: "abbreviation", part }));
}

function isUnWord(word: string): boolean {
  const lower = word.toLowerCase();
  return UN_WORDS.some((un) => lower.startsWith(un));
}

const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

function findNegations(sentence: string): LeichteSpracheFinding[] {
  const findings: LeichteSpracheFinding[] = [];
  const ws = words(sentence).map(bare);
  for (const w of ws) if (isUnWord(w)) findings.push({ rule: "negation", part: w });
  const negations = ws.filter((w) => NEGATION_WORDS.test(w));
  const negatedUnWord = ws.some(
    (w, i) => i > 0 && NEGATION_WORDS.test(ws[i - 1]!) && /^un\p{L}{3,}/iu.test(w) && !NOT_UN_PREFIX.test(w),
  );
  if (negations.length >= 2 || negatedUnWord || (negations.length >= 1 && ws.some(isUnWord)))
    findings.push({ rule: "double-negation", part: sentence });
  return findings;
}

function isAllowedLong(part: string): boolean {
  const lower = part.toLowerCase();
  return LONG_WORDS_ALLOWED.some((stem) => lower.startsWith(stem) && lower.length - stem.length <= 3);
}

function findLongCompounds(text: string): LeichteSpracheFinding[] {
  const found = new Set<string>();
  for (const word of words(prose(text)).map(bare)) {
    const parts = word.split(/[·\-‐]/);
    if (parts.some((p) => [...p].length > MAX_WORD_PART_LETTERS && !isAllowedLong(p))) found.add(word);
  }
  return [...found].map((part) => ({ rule: "compound", part }));
}

/** Every finding of the checkable rules in one text (empty when the text passes). */
export function checkLeichteSprache(text: string, options: CheckOptions = {}): LeichteSpracheFinding[] {
  const findings: LeichteSpracheFinding[] = [];
  const all = sentences(text);
  for (const sentence of all) {
    if (words(sentence).length > MAX_WORDS_PER_SENTENCE)
      findings.push({ rule: "sentence-length", part: sentence });
    findings.push(...findNegations(sentence));
  }
  if ((options.average ?? true) && all.length >= 2) {
    const average = averageWords(all);
    if (average > MAX_AVERAGE_WORDS)
      findings.push({ rule: "average-sentence-length", part: `${average.toFixed(1)} words per sentence` });
  }
  findings.push(...findAbbreviations(text), ...findLongCompounds(text));
  return findings;
}

/** The mean number of words per sentence, for a whole document of many short texts. */
export function averageWords(sentenceList: string[]): number {
  if (sentenceList.length === 0) return 0;
  return sentenceList.reduce((sum, s) => sum + words(s).length, 0) / sentenceList.length;
}
