// The CSV export's cells: text a spreadsheet would run as a formula is kept text (OWASP CSV
// injection), numbers in number columns stay numbers.
import { describe, expect, it } from "vitest";
import { numberCell, textCell } from "./export";

describe("CSV cells", () => {
  it.each([
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['+1+HYPERLINK("http://evil.test")', `"'+1+HYPERLINK(""http://evil.test"")"`],
    ["-1+1", `"'-1+1"`],
    ["=SUM(A1:A9)", `"'=SUM(A1:A9)"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ["＝1+1", `"'＝1+1"`],
    // A phone number is text too: the rule has no exceptions, and a spreadsheet still shows it.
    ["+49 4221 99-0", `"'+49 4221 99-0"`],
  ])("keeps %j as text", (value, cell) => {
    expect(textCell(value)).toBe(cell);
  });

  it("leaves ordinary text alone and quotes separators", () => {
    expect(textCell("Bäckerei Müller")).toBe("Bäckerei Müller");
    expect(textCell("04221 99-0")).toBe("04221 99-0");
    expect(textCell("cash;debit_cards")).toBe('"cash;debit_cards"');
    expect(textCell('Der "Laden"')).toBe('"Der ""Laden"""');
    expect(textCell(null)).toBe("");
    expect(textCell(true)).toBe("true");
  });

  it("writes numbers of number columns as numbers, negative ones too", () => {
    expect(numberCell(-8.6341)).toBe("-8.6341");
    expect(numberCell(53.0505)).toBe("53.0505");
    expect(numberCell(Number.NaN)).toBe("");
  });
});
