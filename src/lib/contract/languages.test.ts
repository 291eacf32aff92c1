import { describe, expect, it } from "vitest";
import { LANGUAGE_TEXTS } from "./language-texts";
import { isUiLanguage, LANGUAGE_INFO, UI_LANGUAGES } from "./languages";

describe("the language registry", () => {
  it("describes each of the ten languages with a locale Intl knows", () => {
    expect(UI_LANGUAGES).toHaveLength(10);
    for (const code of UI_LANGUAGES) {
      const info = LANGUAGE_INFO[code];
      expect(info.code).toBe(code);
      expect(Intl.NumberFormat.supportedLocalesOf([info.locale]), code).toHaveLength(1);
      for (const text of [
        ...Object.values(LANGUAGE_TEXTS[code].offer),
        ...Object.values(LANGUAGE_TEXTS[code].status),
      ])
        expect(text.trim(), code).not.toBe("");
    }
  });

  it("writes Arabic right to left and Leichte Sprache with German formats", () => {
    expect(UI_LANGUAGES.filter((code) => LANGUAGE_INFO[code].dir === "rtl")).toEqual(["ar"]);
    expect(LANGUAGE_INFO["de-x-ls"].locale).toBe(LANGUAGE_INFO.de.locale);
  });

  it("names each language in its own script, each name once", () => {
    const names = UI_LANGUAGES.map((code) => LANGUAGE_INFO[code].name);
    expect(new Set(names).size).toBe(10);
    expect(LANGUAGE_INFO.ar.name).toMatch(/^[\u0600-\u06ff]+$/);
    for (const code of ["ru", "uk", "bg"] as const)
      expect(LANGUAGE_INFO[code].name).toMatch(/^[\u0400-\u04ff]+$/);
  });

  it("knows its codes and nothing else", () => {
    expect(isUiLanguage("de-x-ls")).toBe(true);
    expect(isUiLanguage("DE-X-LS")).toBe(false);
    expect(isUiLanguage("fr")).toBe(false);
    expect(isUiLanguage(undefined)).toBe(false);
  });
});
