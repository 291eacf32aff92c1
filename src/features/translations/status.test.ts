// The start page's check of reviewed languages reads the status answer without zod: what it takes
// from a real answer, and what it makes of a broken one.
import { describe, expect, it } from "vitest";
import { translationStatusSchema } from "../../lib/contract/translations";
import { reviewedIn } from "./status";

describe("the reviewed languages of a status answer", () => {
  it("are the languages with a review date, as the contract's answer carries them", () => {
    const answer = translationStatusSchema.parse({
      languages: [
        { language: "en", reviewedAt: "2026-12-01T10:00:00.000Z", reviewedTexts: 0 },
        { language: "tr", reviewedAt: null, reviewedTexts: 12 },
        { language: "ar", reviewedAt: "2026-12-02T10:00:00.000Z", reviewedTexts: 3 },
      ],
    });
    expect(reviewedIn(answer)).toEqual(["en", "ar"]);
  });

  it("skip entries it does not know and take nothing from an answer of another shape", () => {
    expect(reviewedIn({ languages: [{ language: "fr", reviewedAt: "2026-12-01" }, null, 3] })).toEqual([]);
    expect(reviewedIn({ languages: [{ language: "en", reviewedAt: 5 }] })).toEqual([]);
    expect(reviewedIn({})).toBeNull();
    expect(reviewedIn(null)).toBeNull();
    expect(reviewedIn([])).toBeNull();
  });
});
