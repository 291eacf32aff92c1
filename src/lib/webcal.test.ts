import { describe, expect, it } from "vitest";
import { feedLanguage, webcalUrl } from "./webcal";

describe("webcal feeds", () => {
  it("reads German for German and Leichte Sprache, English for every other language", () => {
    expect(["de", "de-x-ls", "en", "tr", "ar"].map(feedLanguage)).toEqual(["de", "de", "en", "en", "en"]);
  });

  it("turns the feed's address into webcal: with its query, leaving out empty values", () => {
    expect(
      webcalUrl("/api/council/meetings.ics", { gremium: "a b", lang: "de", q: null }, "https://app.example"),
    ).toBe("webcal://app.example/api/council/meetings.ics?gremium=a+b&lang=de");
    expect(webcalUrl("/x.ics", {}, "http://localhost:8080")).toBe("webcal://localhost:8080/x.ics");
  });
});
