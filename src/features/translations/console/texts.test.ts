import { describe, expect, it } from "vitest";
import { flattenTexts, matchTexts, type TextRow } from "./texts";

describe("the review's text rows", () => {
  it("flattens nested keys", () => {
    expect([...flattenTexts({ a: { b: "x", c: { d: "y" } }, e: "z" })]).toEqual([
      ["a.b", "x"],
      ["a.c.d", "y"],
      ["e", "z"],
    ]);
  });

  it("finds rows by every word in key, German or translation", () => {
    const rows: TextRow[] = [
      { key: "appointments.title", german: "Termine", translation: "Randevular" },
      { key: "services.title", german: "Dienstleistungen", translation: undefined },
    ];
    expect(matchTexts(rows, "RANDEVU").map((r) => r.key)).toEqual(["appointments.title"]);
    expect(matchTexts(rows, "title dienst").map((r) => r.key)).toEqual(["services.title"]);
    expect(matchTexts(rows, "  ")).toHaveLength(2);
    expect(matchTexts(rows, "termine dienst")).toEqual([]);
  });
});
