// One shape per kind of date and time (issue 17 #6): the same moment reads the same on every page,
// in Delmenhorst's time whatever zone the machine runs in (try TZ=America/New_York).
import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatFullDay,
  formatMonth,
  formatPeriod,
  formatTime,
  formatWeekdayTime,
  wallClock,
} from "./date-format";

describe("dates and times in German", () => {
  it("writes a day in long form, a calendar date never shifted by a zone", () => {
    expect(formatDay("2026-12-05")).toBe("5. Dezember 2026");
    expect(formatDay("2026-12-05T23:30:00Z")).toBe("6. Dezember 2026"); // 00:30 in Berlin
    expect(formatFullDay("2026-12-05")).toBe("Samstag, 5. Dezember 2026");
    expect(formatMonth("2026-12")).toBe("Dezember 2026");
  });

  it("writes a moment as its day and Berlin time, in summer and winter", () => {
    expect(formatDateTime("2026-12-05T19:01:00Z")).toBe("5. Dezember 2026 um 20:01");
    expect(formatDateTime("2026-07-05T19:01:00Z")).toBe("5. Juli 2026 um 21:01");
    expect(formatTime("2026-12-05T07:00:00Z")).toBe("08:00");
    expect(formatPeriod("2026-03-29T06:00:00Z", "2026-03-29T10:00:00Z")).toBe(
      "29. März 2026, 08:00–12:00 Uhr",
    );
  });

  it("writes a time in the coming week with its weekday, the same for offices and shops", () => {
    expect(formatWeekdayTime("2026-12-07T07:00:00Z")).toBe("Mo., 08:00");
    // The opening-hours evaluator's wall-clock dates: 08:00 on the device's clock is 08:00.
    expect(wallClock.weekdayTime(new Date(2026, 11, 7, 8, 0))).toBe("Mo., 08:00");
    expect(wallClock.time(new Date(2026, 11, 7, 8, 0))).toBe("08:00");
  });
});

describe("dates in English", () => {
  it("uses the British order, as the applications' answers always did", () => {
    expect(formatDay("2026-12-05", "en")).toBe("5 December 2026");
    expect(formatMonth("2027-03", "en")).toBe("March 2027");
  });
});
