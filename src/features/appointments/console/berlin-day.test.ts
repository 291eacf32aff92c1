import { describe, expect, it } from "vitest";
import {
  addDays,
  berlinDate,
  berlinLocalToInstant,
  instantToBerlinLocal,
  isIsoDate,
  wholeDay,
} from "./berlin-day";

const hours = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 3_600_000;

/** The whole Berlin day as instants. */
function dayInstants(date: string) {
  const day = wholeDay(date);
  return { start: berlinLocalToInstant(day.start)!, end: berlinLocalToInstant(day.end)! };
}

describe("berlinDate", () => {
  it("names the Delmenhorst day, not the UTC one", () => {
    expect(berlinDate("2026-01-14T23:30:00Z")).toBe("2026-01-15");
    expect(berlinDate("2026-07-01T22:30:00Z")).toBe("2026-07-02");
    expect(berlinDate("2026-07-01T21:59:00Z")).toBe("2026-07-01");
  });

  it("moves midnight with the clock change on the last Sundays of March and October", () => {
    expect(berlinDate("2026-03-28T23:00:00Z")).toBe("2026-03-29"); // 00:00 CET
    expect(berlinDate("2026-03-29T21:59:00Z")).toBe("2026-03-29"); // 23:59 CEST
    expect(berlinDate("2026-03-29T22:00:00Z")).toBe("2026-03-30");
    expect(berlinDate("2026-10-24T22:00:00Z")).toBe("2026-10-25"); // 00:00 CEST
    expect(berlinDate("2026-10-25T22:59:00Z")).toBe("2026-10-25"); // 23:59 CET
    expect(berlinDate("2026-10-25T23:00:00Z")).toBe("2026-10-26");
  });
});

describe("calendar days", () => {
  it("counts days across months, years and the clock changes", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", -1)).toBe("2026-10-24");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("knows real dates from look-alikes", () => {
    expect(isIsoDate("2026-03-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("29.03.2026")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });
});

describe("datetime-local fields in Berlin time", () => {
  it("converts winter and summer times to instants", () => {
    expect(berlinLocalToInstant("2026-01-15T08:30")).toBe("2026-01-15T07:30:00.000Z");
    expect(berlinLocalToInstant("2026-07-01T08:30")).toBe("2026-07-01T06:30:00.000Z");
  });

  it("makes the last Sunday of March 23 hours long", () => {
    expect(dayInstants("2026-03-29")).toEqual({
      start: "2026-03-28T23:00:00.000Z",
      end: "2026-03-29T22:00:00.000Z",
    });
    expect(hours(dayInstants("2026-03-29").start, dayInstants("2026-03-29").end)).toBe(23);
    expect(berlinLocalToInstant("2026-03-29T01:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(berlinLocalToInstant("2026-03-29T03:00")).toBe("2026-03-29T01:00:00.000Z");
    // 2027: the 28th; nothing is tied to one year.
    expect(hours(dayInstants("2027-03-28").start, dayInstants("2027-03-28").end)).toBe(23);
  });

  it("reads a time the spring clock skips as an hour later", () => {
    const instant = berlinLocalToInstant("2026-03-29T02:30");
    expect(instant).toBe("2026-03-29T01:30:00.000Z");
    expect(instantToBerlinLocal(instant!)).toBe("2026-03-29T03:30");
  });

  it("makes the last Sunday of October 25 hours long", () => {
    expect(dayInstants("2026-10-25")).toEqual({
      start: "2026-10-24T22:00:00.000Z",
      end: "2026-10-25T23:00:00.000Z",
    });
    expect(hours(dayInstants("2026-10-25").start, dayInstants("2026-10-25").end)).toBe(25);
    expect(berlinLocalToInstant("2026-10-25T01:59")).toBe("2026-10-24T23:59:00.000Z");
    expect(berlinLocalToInstant("2026-10-25T03:00")).toBe("2026-10-25T02:00:00.000Z");
    expect(hours(dayInstants("2027-10-31").start, dayInstants("2027-10-31").end)).toBe(25);
  });

  it("reads the hour that comes twice in October as the first one (summer time), by the one rule", () => {
    expect(berlinLocalToInstant("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(instantToBerlinLocal("2026-10-25T00:30:00Z")).toBe("2026-10-25T02:30");
    expect(instantToBerlinLocal("2026-10-25T01:30:00Z")).toBe("2026-10-25T02:30");
  });

  it("goes back and forth without drifting", () => {
    for (const local of ["2026-03-28T12:00", "2026-03-30T00:15", "2026-10-24T23:45", "2026-10-26T09:00"]) {
      expect(instantToBerlinLocal(berlinLocalToInstant(local)!)).toBe(local);
    }
  });

  it("refuses what is not a datetime-local value", () => {
    expect(berlinLocalToInstant("")).toBeNull();
    expect(berlinLocalToInstant("2026-02-31T10:00")).toBeNull();
    expect(berlinLocalToInstant("10:00")).toBeNull();
  });
});
