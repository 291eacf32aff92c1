// Every label the form engine asks for, in every language: a definition that gains a field, an
// option or an attachment slot without its text fails here, not in front of a citizen.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PATTERNS } from "../../src/lib/contract/application-definition";
import { APPLICATION_DEFINITIONS } from "../../src/lib/contract/application-forms";
import {
  APPLICATION_STATUSES,
  EVENT_KINDS,
  OUTCOME_WORDS_DE,
  OUTCOMES,
} from "../../src/lib/contract/applications";
import de from "../../src/locales/applications/de.json";

type Tree = { [key: string]: string | Tree };

/** Every language the forms' texts exist in (German, English and each that has landed). */
const DIR = join(__dirname, "../../src/locales/applications");
const languages: Record<string, Tree> = Object.fromEntries(
  readdirSync(DIR)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [
      name.slice(0, -".json".length),
      JSON.parse(readFileSync(join(DIR, name), "utf8")) as Tree,
    ]),
);

const VALIDATION_CODES = [
  "required",
  "invalid",
  "tooLong",
  "notANumber",
  "tooSmall",
  "tooLarge",
  "invalidDate",
  "dateTooEarly",
  "dateTooLate",
  "invalidChoice",
  "unknownField",
  "tooFewItems",
  "tooManyItems",
  "attachmentRequired",
  "tooManyFiles",
  "fileType",
  "fileTooLarge",
  ...Object.keys(PATTERNS).map((name) => `pattern.${name}`),
];

function text(tree: Tree, key: string): string | undefined {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => {
    return typeof node === "object" ? node[part] : undefined;
  }, tree);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Every key the form pages and the answer summary read for the six definitions. */
function requiredKeys(): string[] {
  const keys: string[] = [];
  for (const definition of APPLICATION_DEFINITIONS) {
    const base = `applications.forms.${definition.type}`;
    keys.push(`${base}.title`, `${base}.intro`);
    for (const step of definition.steps) {
      keys.push(`${base}.steps.${step.id}`);
      for (const field of step.fields) {
        const fieldBase = `${base}.fields.${field.id}`;
        keys.push(`${fieldBase}.label`);
        if (field.kind === "choice") keys.push(...field.options.map((o) => `${fieldBase}.options.${o}`));
        if (field.kind !== "list") continue;
        keys.push(`${fieldBase}.itemTitle`, `${fieldBase}.add`, `${fieldBase}.remove`);
        for (const item of field.itemFields) {
          keys.push(`${fieldBase}.item.${item.id}.label`);
          if (item.kind === "choice") {
            keys.push(...item.options.map((o) => `${fieldBase}.item.${item.id}.options.${o}`));
          }
        }
      }
    }
    for (const slot of definition.attachments) {
      keys.push(`${base}.attachments.${slot.id}.label`, `${base}.attachments.${slot.id}.hint`);
    }
  }
  keys.push(...VALIDATION_CODES.map((code) => `applications.validation.${code}`));
  keys.push(...APPLICATION_STATUSES.map((status) => `applications.status.${status}`));
  keys.push(...APPLICATION_STATUSES.map((status) => `applications.next.${status}`));
  keys.push(...EVENT_KINDS.map((kind) => `applications.events.${kind}`));
  keys.push(...OUTCOMES.map((outcome) => `applications.outcome.${outcome}`));
  return keys;
}

describe("application texts", () => {
  for (const [name, tree] of Object.entries(languages)) {
    it(`${name} labels every step, field, option, list item and attachment slot, and every error`, () => {
      expect(requiredKeys().filter((key) => text(tree, key) === undefined)).toEqual([]);
    });
  }

  it("names the field in every validation message (the error summary lists several)", () => {
    for (const code of VALIDATION_CODES.filter(
      (c) => !["pattern.flurstueck", "pattern.chipNumber", "pattern.licencePlate"].includes(c),
    )) {
      expect(text(de, `applications.validation.${code}`), code).toContain("{{label}}");
    }
  });
});

describe("the outcome of a decision", () => {
  it("is one word in the console, the timeline, the postbox message and the Bescheid", () => {
    // The console and the resident's timeline both read applications.outcome.*; the server writes
    // OUTCOME_WORDS_DE into the message and the PDF.
    for (const outcome of OUTCOMES) {
      expect(text(de, `applications.outcome.${outcome}`)?.toLowerCase()).toBe(OUTCOME_WORDS_DE[outcome]);
    }
    // No second set of words in the console's own texts.
    expect(JSON.stringify(de.applications.console)).not.toMatch(/"outcomes"/);
  });
});
