// The loader: languages offered when their main file is in the build, Leichte Sprache resolving as
// its own language with German behind it, <html lang/dir> following the choice.
import { existsSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UI_LANGUAGES } from "./contract/languages";
import {
  availableLanguages,
  changeLanguage,
  chosenLanguage,
  contentLanguage,
  initI18n,
  language,
  locale,
  t,
} from "./i18n";

const store = new Map<string, string>();
const html = { lang: "", dir: "" };

beforeAll(async () => {
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  });
  vi.stubGlobal("document", { documentElement: html });
  await initI18n();
});
afterAll(() => vi.unstubAllGlobals());

describe("languages on demand", () => {
  it("offers German and each language whose main file is in src/locales, in the registry's order", () => {
    const withFiles = UI_LANGUAGES.filter(
      (code) => code === "de" || existsSync(join(__dirname, "../locales", `${code}.json`)),
    );
    expect(availableLanguages).toEqual(withFiles);
    expect(availableLanguages.slice(0, 2)).toEqual(["de", "en"]);
  });

  it("loads a language on choosing it, remembers it and sets <html lang>", async () => {
    await changeLanguage("en");
    expect(t("common.appName")).toBe(i18next.getResource("en", "translation", "common.appName"));
    expect(html).toEqual({ lang: "en", dir: "ltr" });
    expect(chosenLanguage()).toBe("en");
    expect(locale()).toBe("en-GB");
  });

  it("resolves Leichte Sprache as itself, with German where a text is missing", async () => {
    await changeLanguage("de-x-ls");
    expect(language()).toBe("de-x-ls");
    expect(i18next.languages).toEqual(["de-x-ls", "de"]);
    i18next.addResourceBundle(
      "de-x-ls",
      "translation",
      { test: { only: "Leicht", n_one: "Ein Ding", n_other: "{{count}} Dinge" } },
      true,
      true,
    );
    expect(t("test.only")).toBe("Leicht");
    expect(t("test.n", { count: 1 })).toBe("Ein Ding");
    expect(t("test.n", { count: 3 })).toBe("3 Dinge");
    expect(t("common.appName")).toBe(i18next.getResource("de", "translation", "common.appName"));
    expect(html.lang).toBe("de-x-ls");
    expect(locale()).toBe("de-DE");
    // The server writes Leichte Sprache too (mails, pushes).
    expect(contentLanguage()).toBe("de-x-ls");
  });

  it("writes Arabic right to left, and asks the server for Arabic", async () => {
    await changeLanguage("ar");
    expect(html).toEqual({ lang: "ar", dir: "rtl" });
    expect(contentLanguage()).toBe("ar");
    await changeLanguage("de");
    expect(html).toEqual({ lang: "de", dir: "ltr" });
  });
});
