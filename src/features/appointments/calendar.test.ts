import { describe, expect, it } from "vitest";
import { addDays, addMonths, berlinDateOf, daysInMonth, groupByDay, monthWindow } from "./calendar";

describe("days in Delmenhorst", () => {
  it("takes the date in Berlin, not in UTC", () => {
    // 23:30 UTC on 30 November is already 1 December in Berlin (winter, UTC+1).
    expect(berlinDateOf("2026-11-30T23:30:00Z")).toBe("2026-12-01");
    // Summer time, UTC+2.
    expect(berlinDateOf("2026-06-30T22:10:00Z")).toBe("2026-07-01");
    expect(berlinDateOf("2026-06-30T21:50:00Z")).toBe("2026-06-30");
  });

  it("groups slots by their Berlin day, in order", () => {
    const days = groupByDay([
      "2026-12-01T08:20:00Z",
      "2026-11-30T23:30:00Z",
      "2026-12-02T07:00:00Z",
      "2026-12-01T08:10:00Z",
    ]);
    expect(days).toEqual([
      { date: "2026-12-01", slots: ["2026-11-30T23:30:00Z", "2026-12-01T08:10:00Z", "2026-12-01T08:20:00Z"] },
      { date: "2026-12-02", slots: ["2026-12-02T07:00:00Z"] },
    ]);
  });

  it("keeps the day across the change to summer time", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Berlin.
    expect(groupByDay(["2026-03-29T07:00:00Z", "2026-03-28T23:30:00Z"]).map((d) => d.date)).toEqual([
      "2026-03-29",
    ]);
  });
});

describe("months of the picker", () => {
  it("counts months and days across years and leap years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2027-02")).toBe(28);
    expect(addDays("2026-12-30", 60)).toBe("2027-02-28");
  });

  it("asks the server for the bookable part of a month only", () => {
    expect(monthWindow("2026-12", "2026-11-20", "2027-01-19")).toEqual({ from: "2026-12-01", days: 31 });
    expect(monthWindow("2026-11", "2026-11-20", "2027-01-19")).toEqual({ from: "2026-11-20", days: 11 });
    expect(monthWindow("2027-01", "2026-11-20", "2027-01-19")).toEqual({ from: "2027-01-01", days: 19 });
    expect(monthWindow("2027-02", "2026-11-20", "2027-01-19")).toBeNull();
  });
});
