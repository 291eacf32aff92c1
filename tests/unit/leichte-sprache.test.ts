// Every text in Leichte Sprache the project ships passes the checkable rules (issue 20): the
// interface in de-x-ls, the Leichte-Sprache pages' texts in German and the sample content.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deXLs } from "../../server/texts/de-x-ls";
import { EASY_DECISION_TEXTS } from "../../src/lib/contract/easy-decision";
import {
  averageWords,
  checkLeichteSprache,
  MAX_AVERAGE_WORDS,
  sentences,
} from "../../src/lib/leichte-sprache";

type Tree = { [key: string]: string | Tree };

const LOCALES = join(import.meta.dirname, "../../src/locales");

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

const read = (path: string): Tree => JSON.parse(readFileSync(path, "utf8")) as Tree;

/** src/locales/de-x-ls.json and src/locales/<part>/de-x-ls.json, as document name -> texts. */
function localeDocuments(): Map<string, [string, string][]> {
  const documents = new Map<string, [string, string][]>();
  const root = join(LOCALES, "de-x-ls.json");
  if (existsSync(root)) documents.set("de-x-ls.json", flatten(read(root)));
  for (const entry of readdirSync(LOCALES, { withFileTypes: true })) {
    const file = join(LOCALES, entry.name, "de-x-ls.json");
    if (entry.isDirectory() && existsSync(file))
      documents.set(`${entry.name}/de-x-ls.json`, flatten(read(file)));
  }
  return documents;
}

const documents = localeDocuments();
// The Leichte-Sprache pages read their texts from the reader's language file; in German that is
// Leichte Sprache itself (the English file has Easy English, not checked here).
const pages = read(join(LOCALES, "accessibility/de.json"));
const accessibility = pages.accessibility;
const easy = typeof accessibility === "object" ? accessibility.easy : undefined;
documents.set(
  "accessibility/de.json (Leichte Sprache pages)",
  typeof easy === "object" ? flatten(easy, "accessibility.easy.") : [],
);
const start = read(join(LOCALES, "de.json")).start;
const entry = typeof start === "object" ? start.easyLanguage : undefined;
documents
  .get("accessibility/de.json (Leichte Sprache pages)")
  ?.push(...(typeof entry === "object" ? flatten(entry, "start.easyLanguage.") : []));

// The services' summaries in Leichte Sprache of the sample guide content.
documents.set(
  "server/features/guide/seed/easy-summaries.json",
  Object.entries(read(join(import.meta.dirname, "../../server/features/guide/seed/easy-summaries.json"))).map(
    ([id, text]) => [id, typeof text === "string" ? text : ""],
  ),
);

// The summary on every decision (Bescheid).
documents.set(
  "src/lib/contract/easy-decision.ts",
  EASY_DECISION_TEXTS.map((text, i) => [`${i}`, text]),
);

// What the app writes to a resident in Leichte Sprache (mails, pushes, postbox texts), with sample values.
const link = "https://app.delmenhorst.de/konto/postfach";
const facts = deXLs.visitFacts({
  when: "Montag, 4. Januar 2027 um 09:30",
  location: "Bürgerbüro",
  title: "Ausweis",
  reference: "T-ABC123",
});
const mails = [
  deXLs.verifyEmail(link),
  deXLs.resetPassword(link),
  deXLs.newPostboxMessage(link),
  deXLs.applicationQuestion(link),
  deXLs.confirmBooking(facts, link, "T-ABC123"),
  deXLs.booked(facts, link, "T-ABC123"),
  deXLs.reminder(facts, link, "T-ABC123"),
  deXLs.cancelledByOffice(facts, "Krankheit.", link, "T-ABC123"),
  deXLs.accessibilityReceipt("BF-ABC123", "06.01.2027"),
  deXLs.consultationReceived("W-ABC123", deXLs.consultationTopics.funding),
].flatMap((mail, i): [string, string][] => [
  [`mail ${i} subject`, mail.subject],
  [`mail ${i} text`, mail.text],
]);
documents.set("server/texts/de-x-ls.ts", [
  ["signature", deXLs.signature],
  ...mails,
  ...Object.entries(deXLs.consultationTopics),
  ...Object.entries(deXLs.push).flatMap(([key, push]): [string, string][] => [
    [`push.${key}.title`, push.title],
    [`push.${key}.body`, push.body],
  ]),
  ...Object.entries(deXLs.receipt("A-ABC123", "Bauantrag")),
  ...Object.entries(deXLs.decision("A-ABC123", "Bauantrag", "approved")),
  // The appointment's calendar file.
  ["calendar.summary", deXLs.calendar.summary(deXLs.calendar.persons("Ausweis", 2))],
  ["calendar.reference", deXLs.calendar.reference("T-ABC123")],
  ["calendar.bring", deXLs.calendar.bring],
]);

describe("texts in Leichte Sprache", () => {
  it("are there: the interface's main file and the Leichte-Sprache pages", () => {
    expect(documents.has("de-x-ls.json")).toBe(true);
    expect(documents.get("accessibility/de.json (Leichte Sprache pages)")?.length).toBeGreaterThan(10);
  });

  for (const [name, texts] of documents) {
    it(`${name} keeps the checkable rules in every text`, () => {
      const failing = texts
        .map(([key, text]) => ({ key, findings: checkLeichteSprache(text) }))
        .filter((r) => r.findings.length > 0);
      expect(failing).toEqual([]);
    });

    it(`${name} has on average at most ${MAX_AVERAGE_WORDS} words per sentence`, () => {
      expect(averageWords(texts.flatMap(([, text]) => sentences(text)))).toBeLessThanOrEqual(
        MAX_AVERAGE_WORDS,
      );
    });
  }
});
