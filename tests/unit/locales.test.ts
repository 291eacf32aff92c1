// Every text in every language: a locale that lacks a key German has fails here, and so does a
// key the code uses that German does not have.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATUSES, VISIT_TYPES } from "../../src/lib/contract/appointments";
import { SERVICE_CATEGORIES } from "../../src/lib/contract/guide";
import { PROBLEM_CODES } from "../../src/lib/contract/problem";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

// The main file and every area's part (src/locales/<part>/, loaded with its pages; the console's texts
// with their feature's) make one tree per language. Parts may share a top-level key (the guide's
// `services.*` in the main file, its console's `services.console.*` in a part), so they merge deeply.
const LOCALES = join(__dirname, "../../src/locales");
const readTree = (path: string): Tree => JSON.parse(readFileSync(path, "utf8")) as Tree;

function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (typeof value !== "string" && existing !== undefined && typeof existing !== "string")
      merge(existing, value);
    else into[key] = value;
  }
  return into;
}

const parts = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const treeOf = (language: string): Tree =>
  parts.reduce(
    (tree, part) => merge(tree, readTree(join(LOCALES, part, `${language}.json`))),
    readTree(join(LOCALES, `${language}.json`)),
  );
const locales: Record<string, Tree> = { de: treeOf("de"), en: treeOf("en") };
const german = new Set(flatten(locales.de!));

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
  for (const [name, tree] of Object.entries(locales)) {
    it(`${name} has every key German has, and no other`, () => {
      const keys = flatten(tree);
      expect([...german].filter((k) => !keys.includes(k))).toEqual([]);
      expect(keys.filter((k) => !german.has(k))).toEqual([]);
    });

    it(`${name} has no empty text`, () => {
      const empty = flatten(tree).filter((key) => {
        const value = key.split(".").reduce<string | Tree | undefined>((node, part) => {
          return typeof node === "object" ? node[part] : undefined;
        }, tree);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    });
  }

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
