import { describe, expect, it } from "vitest";
import { matchLanguage, UI_LANGUAGES } from "./contract/languages";
import { languageToOffer, offerAnswered, rememberOfferAnswer } from "./language-offer";

const ALL = UI_LANGUAGES;
const situation = { available: ALL, chosen: false, answered: false };

describe("the first-visit offer", () => {
  it("offers the browser's first supported language, by its primary subtag", () => {
    expect(languageToOffer({ ...situation, preferred: ["tr-TR", "de-DE"] })).toBe("tr");
    expect(languageToOffer({ ...situation, preferred: ["fr-FR", "ar-SY", "en"] })).toBe("ar");
    expect(languageToOffer({ ...situation, preferred: ["UK-ua"] })).toBe("uk");
  });

  it("offers nothing to a browser that prefers German before any other supported language", () => {
    expect(languageToOffer({ ...situation, preferred: ["de-AT", "tr"] })).toBeUndefined();
    expect(languageToOffer({ ...situation, preferred: ["fr", "it"] })).toBeUndefined();
    expect(languageToOffer({ ...situation, preferred: [] })).toBeUndefined();
  });

  it("offers only languages whose texts are in the build", () => {
    expect(languageToOffer({ ...situation, available: ["de", "en"], preferred: ["ro-RO", "en-GB"] })).toBe(
      "en",
    );
  });

  it("is not shown again after an answer or any explicit choice", () => {
    expect(languageToOffer({ ...situation, preferred: ["pl"], answered: true })).toBeUndefined();
    expect(languageToOffer({ ...situation, preferred: ["pl"], chosen: true })).toBeUndefined();
  });

  it("remembers the answer on the device", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(offerAnswered(storage)).toBe(false);
    rememberOfferAnswer(storage, "declined");
    expect(offerAnswered(storage)).toBe(true);
  });
});

describe("matching a browser's languages", () => {
  it("takes an exact tag before a primary subtag", () => {
    expect(matchLanguage(["de-x-ls"], ALL)).toBe("de-x-ls");
    expect(matchLanguage(["de-CH"], ALL)).toBe("de");
    expect(matchLanguage(["bg-BG", "ru"], ALL)).toBe("bg");
  });
});
