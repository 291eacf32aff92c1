// Every text in every language: a locale that lacks a key German has fails here, and so does a
// key the code uses that German does not have.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATUSES, VISIT_TYPES } from "../../src/lib/contract/appointments";
import { SERVICE_CATEGORIES } from "../../src/lib/contract/guide";
import { PROBLEM_CODES } from "../../src/lib/contract/problem";
import accountDe from "../../src/locales/account/de.json";
import accountEn from "../../src/locales/account/en.json";
import businessDe from "../../src/locales/business/de.json";
import businessEn from "../../src/locales/business/en.json";
import chatDe from "../../src/locales/chat/de.json";
import chatEn from "../../src/locales/chat/en.json";
import applicationsDe from "../../src/locales/applications/de.json";
import applicationsEn from "../../src/locales/applications/en.json";
import appointmentsDe from "../../src/locales/appointments/de.json";
import appointmentsEn from "../../src/locales/appointments/en.json";
import de from "../../src/locales/de.json";
import en from "../../src/locales/en.json";
import mapDe from "../../src/locales/map/de.json";
import mapEn from "../../src/locales/map/en.json";
import merchantDe from "../../src/locales/merchant/de.json";
import merchantEn from "../../src/locales/merchant/en.json";
import shopsDe from "../../src/locales/shops/de.json";
import shopsEn from "../../src/locales/shops/en.json";
import staffDe from "../../src/locales/staff/de.json";
import staffEn from "../../src/locales/staff/en.json";
import warningsDe from "../../src/locales/warnings/de.json";
import warningsEn from "../../src/locales/warnings/en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

// The account's, the appointments', the console's and the warnings' texts live in files of their own
// (loaded with their pages); together with the main file they make one tree per language.
const locales: Record<string, Tree> = {
  de: {
    ...de,
    ...accountDe,
    ...applicationsDe,
    ...appointmentsDe,
    ...businessDe,
    ...chatDe,
    ...mapDe,
    ...merchantDe,
    ...shopsDe,
    ...staffDe,
    ...warningsDe,
  },
  en: {
    ...en,
    ...accountEn,
    ...applicationsEn,
    ...appointmentsEn,
    ...businessEn,
    ...chatEn,
    ...mapEn,
    ...merchantEn,
    ...shopsEn,
    ...staffEn,
    ...warningsEn,
  },
};
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
