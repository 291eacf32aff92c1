// The one rule of berlin-time.ts on both clock-change days of 2026 and of 2027, whatever zone the
// machine running the tests is set to.
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  berlinDate,
  berlinInstant,
  berlinLocalToInstant,
  berlinLocalToIso,
  berlinOffsetMinutes,
  berlinTimeOfDay,
  berlinWallClock,
  instantToBerlinLocal,
  startOfBerlinDay,
  weekdayOf,
} from "./berlin-time";

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => {
  const [date = "", time = ""] = text.split(" ");
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return iso(berlinInstant({ ...parseDay(date), hour, minute }));
};
const parseDay = (date: string) => {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
};

describe("ordinary days", () => {
  it("adds the winter and the summer offset", () => {
    expect(at("2026-01-15 08:30")).toBe("2026-01-15T07:30:00.000Z");
    expect(at("2026-07-01 08:30")).toBe("2026-07-01T06:30:00.000Z");
    expect(berlinOffsetMinutes("2026-01-15T07:30:00Z")).toBe(60);
    expect(berlinOffsetMinutes("2026-07-01T06:30:00Z")).toBe(120);
  });

  it("names the Berlin day, its time and weekday, not the UTC ones", () => {
    expect(berlinDate("2026-12-31T23:30:00Z")).toBe("2027-01-01");
    expect(berlinDate(Date.parse("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(berlinDate(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
    expect(berlinTimeOfDay("2026-07-01T21:59:00Z")).toBe("23:59");
    expect(berlinWallClock("2026-01-15T07:30:15Z")).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 8,
      minute: 30,
      second: 15,
    });
    expect(weekdayOf("2026-03-29")).toBe(7); // a Sunday
    expect(weekdayOf("2026-03-30")).toBe(1);
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addMonths("2026-12-06", 1)).toBe("2027-01-06");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
  });
});

describe.each([
  { year: 2026, march: "2026-03-29", october: "2026-10-25" },
  { year: 2027, march: "2027-03-28", october: "2027-10-31" },
])("the clock changes of $year", ({ march, october }) => {
  it("makes the last Sunday of March 23 hours long", () => {
    expect(startOfBerlinDay(addDays(march, 1)) - startOfBerlinDay(march)).toBe(23 * 3_600_000);
    expect(at(`${march} 01:59`)).toBe(`${march}T00:59:00.000Z`);
    expect(at(`${march} 03:00`)).toBe(`${march}T01:00:00.000Z`);
  });

  it("moves a time the March clock skips forward by an hour", () => {
    expect(at(`${march} 02:00`)).toBe(`${march}T01:00:00.000Z`);
    expect(at(`${march} 02:30`)).toBe(`${march}T01:30:00.000Z`);
    expect(instantToBerlinLocal(at(`${march} 02:30`))).toBe(`${march}T03:30`);
    expect(berlinLocalToInstant(`${march}T02:30`)).toBe(`${march}T01:30:00.000Z`);
    expect(berlinLocalToIso(`${march}T02:30`)).toBe(`${march}T02:30:00+01:00`);
  });

  it("makes the last Sunday of October 25 hours long", () => {
    expect(startOfBerlinDay(addDays(october, 1)) - startOfBerlinDay(october)).toBe(25 * 3_600_000);
    expect(at(`${october} 01:59`)).toBe(`${addDays(october, -1)}T23:59:00.000Z`);
    expect(at(`${october} 03:00`)).toBe(`${october}T02:00:00.000Z`);
  });

  it("reads the October hour that comes twice as its first occurrence, in summer time", () => {
    expect(at(`${october} 02:00`)).toBe(`${october}T00:00:00.000Z`);
    expect(at(`${october} 02:30`)).toBe(`${october}T00:30:00.000Z`);
    expect(at(`${october} 02:59`)).toBe(`${october}T00:59:00.000Z`);
    expect(berlinLocalToInstant(`${october}T02:30`)).toBe(`${october}T00:30:00.000Z`);
    expect(berlinLocalToIso(`${october}T02:30`)).toBe(`${october}T02:30:00+02:00`);
    // Both occurrences show 02:30; the way back cannot tell them apart, the way there picks the first.
    expect(instantToBerlinLocal(`${october}T00:30:00Z`)).toBe(`${october}T02:30`);
    expect(instantToBerlinLocal(`${october}T01:30:00Z`)).toBe(`${october}T02:30`);
  });

  it("moves midnight with the clock", () => {
    expect(berlinDate(`${addDays(march, -1)}T23:00:00Z`)).toBe(march);
    expect(berlinDate(`${march}T21:59:00Z`)).toBe(march);
    expect(berlinDate(`${march}T22:00:00Z`)).toBe(addDays(march, 1));
    expect(berlinDate(`${addDays(october, -1)}T22:00:00Z`)).toBe(october);
    expect(berlinDate(`${october}T22:59:00Z`)).toBe(october);
    expect(berlinDate(`${october}T23:00:00Z`)).toBe(addDays(october, 1));
  });
});

describe("datetime-local values", () => {
  it("goes back and forth without drifting", () => {
    for (const local of ["2026-03-28T12:00", "2026-03-30T00:15", "2026-10-24T23:45", "2026-10-26T09:00"]) {
      expect(instantToBerlinLocal(berlinLocalToInstant(local)!)).toBe(local);
    }
  });

  it("refuses what is not one", () => {
    expect(berlinLocalToIso("")).toBeNull();
    expect(berlinLocalToIso("morgen früh")).toBeNull();
    expect(berlinLocalToInstant("2026-02-31T10:00")).toBeNull();
    expect(berlinLocalToInstant("10:00")).toBeNull();
  });
});
