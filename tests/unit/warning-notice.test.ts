// The service worker's words on a warning's notification: the payload's language besides German (the
// server leaves only the subscriber's), the danger level in that language, Arabic right to left.
import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../../src/lib/contract/languages";
import { testWarning } from "../../src/features/warnings/test-warning";
import { fallbackWords, payloadLanguage, warningNotice, WORDS } from "../../sw/warning-notice";

const german = testWarning("a", { severity: "Severe" }).texts.de;

describe("a warning's notification", () => {
  it("speaks the language the server left besides German", () => {
    const arabic = { ...german, headline: "حريق كبير: أغلقوا النوافذ", description: "<p>دخان كثيف</p>" };
    const warning = testWarning("a", { severity: "Severe", texts: { de: german, ar: arabic } });
    expect(payloadLanguage(warning)).toBe("ar");
    expect(warningNotice(warning)).toEqual({
      title: "خطر مرتفع: حريق كبير: أغلقوا النوافذ",
      body: "دخان كثيف",
      lang: "ar",
      dir: "rtl",
    });
  });

  it("is German when the payload has German alone", () => {
    const warning = testWarning("a", { severity: "Severe" });
    expect(warningNotice(warning)).toMatchObject({ lang: "de", dir: "ltr", title: "Hohe Gefahr: Warnung a" });
  });

  it("has its words in every language of the app, each its own", () => {
    for (const language of UI_LANGUAGES) {
      const words = WORDS[language];
      expect(new Set([words.Extreme, words.Severe, words.Moderate, words.Minor]).size, language).toBe(4);
      if (language !== "de" && language !== "de-x-ls")
        expect(words.fallbackBody, language).not.toBe(WORDS.de.fallbackBody);
    }
  });

  it("says an unreadable notice in the device's language, English when not one of the app's", () => {
    expect(fallbackWords(["tr-TR", "de"])).toBe(WORDS.tr);
    expect(fallbackWords(["fr-FR", "uk"])).toBe(WORDS.uk);
    expect(fallbackWords(["de-AT"])).toBe(WORDS.de);
    expect(fallbackWords(["fr-FR"])).toBe(WORDS.en);
    expect(fallbackWords([])).toBe(WORDS.en);
  });
});
