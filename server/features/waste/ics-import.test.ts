import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { binsOfSummary, IcsImportError, parseWasteCalendar } from "./ics-import";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/waste/${name}`, import.meta.url), "utf8");

describe("parseWasteCalendar on real exports", () => {
  it("reads AWB Köln's all-day events with several bins in one summary, sorted by date", () => {
    const { days, unmapped } = parseWasteCalendar(
      fixture("awb-koeln-abfuhrtermine-2025-trimmed.ics"),
      null,
      new Date("2025-06-01T10:00:00Z"),
    );
    expect(days).toEqual([
      { date: "2025-01-02", bins: ["bio", "paper"] },
      { date: "2025-01-27", bins: ["residual"] },
      { date: "2025-03-01", bins: ["residual", "packaging"] },
      { date: "2025-09-01", bins: ["residual", "packaging"] },
      { date: "2025-10-01", bins: ["bio"] },
      { date: "2025-12-01", bins: ["residual"] },
    ]);
    expect(unmapped).toEqual([]);
  });

  it("reads regio iT's UTC times as Delmenhorst days on both sides of the clock change", () => {
    const { days, unmapped } = parseWasteCalendar(
      fixture("regioit-aachen-abfuhrkalender-2026-trimmed.ics"),
      null,
      new Date("2026-03-01T10:00:00Z"),
    );
    expect(days).toEqual([
      { date: "2026-01-07", bins: ["residual", "paper"] },
      { date: "2026-03-18", bins: ["packaging"] },
      { date: "2026-03-25", bins: ["bio"] },
      { date: "2026-03-31", bins: ["packaging"] },
      { date: "2026-04-09", bins: ["bio"] },
    ]);
    // The Christmas tree collection names no bin: reported, not guessed.
    expect(unmapped).toEqual(["Weihnachtsbaum"]);
  });

  it("reads Bidingen's file with its VTIMEZONE and two bins on one day", () => {
    const { days } = parseWasteCalendar(
      fixture("bidingen-abfuhrtermine-2024-trimmed.ics"),
      null,
      new Date("2024-03-01T10:00:00Z"),
    );
    expect(days).toEqual([
      { date: "2024-01-02", bins: ["residual"] },
      { date: "2024-01-05", bins: ["paper"] },
      { date: "2024-01-09", bins: ["bio"] },
      { date: "2024-06-03", bins: ["residual", "bio"] },
    ]);
  });

  it("expands RRULE series, leaves EXDATEs out and moves a RECURRENCE-ID occurrence", () => {
    const { days } = parseWasteCalendar(
      fixture("constructed-rrule-exdate.ics"),
      null,
      new Date("2026-03-01T10:00:00Z"),
    );
    expect(days).toEqual([
      // 00:05 Berlin time: still the same day in winter (23:05Z the day before) and summer (22:05Z).
      { date: "2026-03-16", bins: ["residual"] },
      { date: "2026-03-20", bins: ["bio"] },
      // 23:30Z on the 25th is 00:30 on the 26th in Berlin.
      { date: "2026-03-26", bins: ["bulky"] },
      { date: "2026-03-27", bins: ["bio"] },
      // The 30th moved to the 31st (RECURRENCE-ID); the 13th of April is an EXDATE; the 3rd of April too.
      { date: "2026-03-31", bins: ["residual"] },
      { date: "2026-04-10", bins: ["bio"] },
      { date: "2026-04-27", bins: ["residual"] },
    ]);
  });

  it("uses a district's own words instead of the built-in ones", () => {
    const { days, unmapped } = parseWasteCalendar(
      fixture("regioit-aachen-abfuhrkalender-2026-trimmed.ics"),
      { weihnachtsbaum: "bulky", "gelber sack": "packaging" },
      new Date("2026-03-01T10:00:00Z"),
    );
    expect(days.map((d) => d.date)).toEqual(["2026-01-07", "2026-03-18", "2026-03-31"]);
    expect(days[0]?.bins).toEqual(["bulky"]);
    expect(unmapped).toEqual(["Altpapier 4wö", "Bio 2wö", "Restabfall"]);
  });

  it("refuses what is no calendar or names no bin", () => {
    expect(() => parseWasteCalendar("<html>Wartungsarbeiten</html>", null, new Date())).toThrow(
      IcsImportError,
    );
    expect(() =>
      parseWasteCalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", null, new Date()),
    ).toThrow(IcsImportError);
    const onlyTrees = fixture("regioit-aachen-abfuhrkalender-2026-trimmed.ics");
    expect(() => parseWasteCalendar(onlyTrees, { tanne: "bulky" }, new Date("2026-03-01T10:00:00Z"))).toThrow(
      /no event/,
    );
  });
});

describe("binsOfSummary", () => {
  it("knows the usual German words", () => {
    expect(binsOfSummary("Restabfall", null)).toEqual(["residual"]);
    expect(binsOfSummary("Blaue Tonne", null)).toEqual(["paper"]);
    expect(binsOfSummary("Gelber Sack", null)).toEqual(["packaging"]);
    expect(binsOfSummary("Sperrmüll auf Abruf", null)).toEqual(["bulky"]);
    expect(binsOfSummary("Weihnachtsbaum", null)).toEqual([]);
  });
});
