// The month arithmetic shared by the appointments' slot picker and the council's calendar.
import { describe, expect, it } from "vitest";
import { addMonths, daysInMonth, isMonth, monthOf, monthWeeks, weekdayIndex } from "./month";

describe("monthWeeks", () => {
  it("starts the weeks on Monday and leaves the days of other months empty", () => {
    // 1 December 2026 is a Tuesday, the 31st a Thursday.
    const weeks = monthWeeks("2026-12");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it("takes six rows where the month needs them, and four in a February starting on Monday", () => {
    // 1 March 2026 is a Sunday: six rows. February 2021 began on a Monday and has exactly four weeks.
    expect(monthWeeks("2026-03")).toHaveLength(6);
    expect(monthWeeks("2026-03")[0]).toEqual([null, null, null, null, null, null, "2026-03-01"]);
    expect(monthWeeks("2021-02")).toHaveLength(4);
  });

  it("knows leap years", () => {
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2027-02")).toBe(28);
    expect(monthWeeks("2028-02").flat().filter(Boolean).at(-1)).toBe("2028-02-29");
  });
});

describe("months", () => {
  it("moves across years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-05", -17)).toBe("2024-12");
  });

  it("names the month of a date and the weekday, Monday first", () => {
    expect(monthOf("2026-12-07")).toBe("2026-12");
    expect(weekdayIndex("2026-12-07")).toBe(0);
    expect(weekdayIndex("2026-12-06")).toBe(6);
  });

  it("accepts only real months in the address", () => {
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(undefined)).toBe(false);
    expect(() => addMonths("Dezember", 1)).toThrow();
  });
});
