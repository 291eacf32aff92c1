// Every text in every language: a locale that lacks a key German has fails here, and so does a
// key the code uses that German does not have.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATUSES, VISIT_TYPES } from "../../src/lib/contract/appointments";
import { SERVICE_CATEGORIES } from "../../src/lib/contract/guide";
import { isUiLanguage } from "../../src/lib/contract/languages";
import { PROBLEM_CODES } from "../../src/lib/contract/problem";
import { compareTexts, flatten, type Tree } from "./locale-rules";

// Every language file present (src/locales/<lang>.json and each area's src/locales/<part>/<lang>.json)
// is held against its German counterpart: a language lands file by file (issue 20), and each must keep
// the rules of tests/unit/locale-rules.ts. The staff console's part exists in German and English only.
const LOCALES = join(__dirname, "../../src/locales");
const readTree = (path: string): Tree => JSON.parse(readFileSync(path, "utf8")) as Tree;
const CONSOLE_LANGUAGES = new Set(["de", "en"]);

const parts = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const languagesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length));
const mainLanguages = languagesIn(LOCALES);
const partLanguages = new Map(parts.map((part) => [part, languagesIn(join(LOCALES, part))]));
const present = [...new Set([...mainLanguages, ...[...partLanguages.values()].flat()])].sort();
const fileOf = (part: string | null, language: string) =>
  part === null ? join(LOCALES, `${language}.json`) : join(LOCALES, part, `${language}.json`);

// The main file and every area's part make one tree per language; parts may share a top-level key (the
// guide's `services.*` in the main file, its console's `services.console.*` in a part): merged deeply.
function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (typeof value !== "string" && existing !== undefined && typeof existing !== "string")
      merge(existing, value);
    else into[key] = value;
  }
  return into;
}
const german = new Set(
  flatten(
    parts.reduce((tree, part) => merge(tree, readTree(fileOf(part, "de"))), readTree(fileOf(null, "de"))),
  ).map(([key]) => key),
);

/** i18next resolves "x" through "x_one"/"x_other" for plurals. */
function hasKey(keys: Set<string>, key: string): boolean {
  return keys.has(key) || keys.has(`${key}_other`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("locales", () => {
  it("are named after the registry's languages", () => {
    expect(present.filter((code) => !isUiLanguage(code))).toEqual([]);
    expect(present).toContain("de");
    expect(present).toContain("en");
  });

  for (const language of present) {
    if (language !== "de")
      it(`${language} has its main file and every area's part, the console's only in German and English`, () => {
        const expectedParts = parts.filter((part) => part !== "staff" || CONSOLE_LANGUAGES.has(language));
        const missing = [
          ...(mainLanguages.includes(language) ? [] : ["main file"]),
          ...expectedParts.filter((part) => !partLanguages.get(part)!.includes(language)),
        ];
        expect(missing).toEqual([]);
        if (!CONSOLE_LANGUAGES.has(language)) expect(partLanguages.get("staff")).not.toContain(language);
      });

    for (const part of [null, ...parts]) {
      if (!existsSync(fileOf(part, language))) continue;
      it(`${language} ${part ?? "main file"}: the keys, plural forms and placeholders of German, no empty text`, () => {
        expect(
          compareTexts(readTree(fileOf(part, "de")), readTree(fileOf(part, language)), language),
        ).toEqual([]);
      });
    }
  }

  it("catches a missing plural form, a lost placeholder, an extra key and an empty text", () => {
    const de: Tree = { a: { n_one: "ein Termin", n_other: "{{count}} Termine" }, b: "Hallo {{name}}" };
    const complete: Tree = {
      a: {
        n_zero: "لا مواعيد",
        n_one: "موعد واحد",
        n_two: "موعدان",
        n_few: "{{count}} مواعيد",
        n_many: "{{count}} موعدًا",
        n_other: "{{count}} موعد",
      },
      b: "مرحبا {{name}}",
    };
    expect(compareTexts(de, complete, "ar")).toEqual([]);
    const { n_few: _few, ...withoutFew } = complete.a as Tree;
    expect(compareTexts(de, { ...complete, a: withoutFew }, "ar")).toEqual(["missing a.n_few"]);
    expect(compareTexts(de, { ...complete, b: "مرحبا" }, "ar")).toEqual([
      "placeholders differ in b: {name} vs {}",
    ]);
    expect(compareTexts(de, { ...complete, c: "x" }, "ar")).toEqual(["extra c"]);
    expect(compareTexts(de, { ...complete, b: " " }, "ar")).toEqual(["empty b"]);
    // German's two forms are all Leichte Sprache has; Russian's "one" (21, 31 …) must show the number.
    expect(
      compareTexts(de, { a: { n_one: "1 Termin", n_other: "{{count}} Termine" }, b: "{{name}}" }, "de-x-ls"),
    ).toEqual([]);
    const ru: Tree = {
      a: { n_one: "один", n_few: "{{count}} x", n_many: "{{count}} x", n_other: "{{count}} x" },
      b: "{{name}}",
    };
    expect(compareTexts(de, ru, "ru")).toEqual(["placeholders differ in a.n_one: {count} vs {}"]);
  });

  it("has a text for every key the code uses", () => {
    const root = join(import.meta.dirname, "..", "..");
    const used = new Set<string>();
    for (const file of [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "sw"))]) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([\w.-]+)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !hasKey(german, key))).toEqual([]);
  });

  it("translates every service category and every problem code", () => {
    for (const category of SERVICE_CATEGORIES)
      expect(german.has(`services.categories.${category}`)).toBe(true);
    for (const code of PROBLEM_CODES) expect(german.has(`errors.${code}`)).toBe(true);
  });

  it("names every appointment status and visit type, and every contact field's error", () => {
    for (const status of APPOINTMENT_STATUSES) {
      for (const prefix of ["appointments.status", "appointments.view.statusText"])
        expect(german.has(`${prefix}.${status}`), `${prefix}.${status}`).toBe(true);
    }
    for (const type of VISIT_TYPES) expect(german.has(`appointments.visitTypes.${type}`)).toBe(true);
    for (const field of ["name", "email", "phone"])
      expect(german.has(`appointments.contact.errors.${field}`)).toBe(true);
  });
});
