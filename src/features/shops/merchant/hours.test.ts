import fc from "fast-check";
import OpeningHours from "opening_hours";
import { describe, expect, it } from "vitest";
import { checkRule, weekPreview } from "./hours-check";
import {
  defaultWeek,
  formatWeek,
  HOLIDAY_MODES,
  parseWeek,
  rangesProblem,
  type TimeRange,
  WEEKDAYS,
  type WeekHours,
  weekProblems,
} from "./hours";

const DELMENHORST = { lat: 53.05, lon: 8.63, address: { country_code: "de", state: "Niedersachsen" } };
const range = (from: string, to: string): TimeRange => ({ from, to });
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Zero to two ordered, non-overlapping ranges on quarter hours, the last possibly ending at 24:00. */
const dayRanges = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 4 })
  .filter((points) => points.length % 2 === 0)
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i < sorted.length; i += 2)
      ranges.push(range(hhmm(sorted[i]! * 15), hhmm(sorted[i + 1]! * 15)));
    return ranges;
  });

const weeks: fc.Arbitrary<WeekHours> = fc
  .record({
    days: fc.tuple(dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges, dayRanges),
    mode: fc.constantFrom(...HOLIDAY_MODES),
    holidayRanges: dayRanges.filter((ranges) => ranges.length > 0),
  })
  .map(({ days, mode, holidayRanges }) => ({
    days: Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]!])) as WeekHours["days"],
    holidays: { mode, ranges: mode === "own" ? holidayRanges : [] },
  }));

/** What the rows mean for a week without holidays: the open intervals of each weekday. */
function openIntervals(rule: string, monday: Date) {
  const hours = new OpeningHours(rule, DELMENHORST);
  return WEEKDAYS.map((_, i) => {
    const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    return hours
      .getOpenIntervals(day, next)
      .map(([from, to]) => `${from.toTimeString().slice(0, 5)}-${to.toTimeString().slice(0, 5)}`);
  });
}

describe("hours editor: rows to opening_hours", () => {
  it("groups days with the same times and puts the holidays last", () => {
    expect(formatWeek(defaultWeek())).toBe("Mo-Fr 09:00-18:00; Sa 09:00-14:00; PH off");
    const week = defaultWeek();
    week.days.We = [];
    week.days.Sa = [range("08:00", "12:00")];
    week.days.Su = [range("10:00", "12:00"), range("14:00", "17:00")];
    week.holidays = { mode: "sunday", ranges: [] };
    expect(formatWeek(week)).toBe(
      "Mo,Tu,Th,Fr 09:00-18:00; Sa 08:00-12:00; Su 10:00-12:00,14:00-17:00; PH 10:00-12:00,14:00-17:00",
    );
  });

  it("writes a closed week as off and holidays as on their weekday without a rule", () => {
    const week = parseWeek("off");
    expect(week).not.toBeNull();
    expect(formatWeek(week!)).toBe("off");
    const weekdays = defaultWeek();
    weekdays.holidays = { mode: "weekday", ranges: [] };
    expect(formatWeek(weekdays)).toBe("Mo-Fr 09:00-18:00; Sa 09:00-14:00");
    const ownOnly = parseWeek("off")!;
    ownOnly.holidays = { mode: "own", ranges: [range("10:00", "13:00")] };
    expect(formatWeek(ownOnly)).toBe("PH 10:00-13:00");
  });

  it("reads the simple rules of the sample shops back into rows", () => {
    const bakery = parseWeek("Mo-Fr 06:30-18:00; Sa 06:30-13:00; Su 08:00-11:00; PH off");
    expect(bakery?.days.Mo).toEqual([range("06:30", "18:00")]);
    expect(bakery?.days.Su).toEqual([range("08:00", "11:00")]);
    expect(bakery?.holidays.mode).toBe("closed");

    const restaurant = parseWeek("Tu-Su 11:30-14:30,17:30-22:30; Mo off");
    expect(restaurant?.days.Mo).toEqual([]);
    expect(restaurant?.days.Fr).toEqual([range("11:30", "14:30"), range("17:30", "22:30")]);
    expect(restaurant?.holidays.mode).toBe("weekday");

    const cafe = parseWeek("Tu-Su 10:00-18:00; PH 11:00-17:00");
    expect(cafe?.holidays).toEqual({ mode: "own", ranges: [range("11:00", "17:00")] });
    expect(parseWeek("Sa,Su,PH 10:00-16:00")?.holidays.mode).toBe("sunday");
  });

  it("lets a later rule replace an earlier one for its days, as opening_hours does", () => {
    const week = parseWeek("Mo-Fr 08:00-16:00; Th 08:00-18:00; PH off");
    expect(week?.days.Th).toEqual([range("08:00", "18:00")]);
    expect(week?.days.We).toEqual([range("08:00", "16:00")]);
    expect(formatWeek(week!)).toBe("Mo-We,Fr 08:00-16:00; Th 08:00-18:00; PH off");
    expect(parseWeek("Fr-Mo 10:00-12:00")?.days.Su).toEqual([range("10:00", "12:00")]);
  });

  it("leaves richer rules to the raw field", () => {
    for (const rule of [
      "24/7",
      "Mar-Oct: Mo-Su 11:00-21:00",
      'Mo-Fr 09:00-18:00 "nach Vereinbarung"',
      "Mo-Fr 09:00-12:00,13:00-15:00,16:00-18:00",
      "Fr 18:00-02:00",
      "Mo-Fr 9:00-18:00",
      "SH off",
      "",
    ])
      expect(parseWeek(rule), rule).toBeNull();
  });

  it("names what is wrong with a day's times", () => {
    expect(rangesProblem([range("09:00", "18:00")])).toBeUndefined();
    expect(rangesProblem([range("00:00", "24:00")])).toBeUndefined();
    expect(rangesProblem([range("", "18:00")])).toBe("missing");
    expect(rangesProblem([range("18:00", "09:00")])).toBe("order");
    expect(rangesProblem([range("09:00", "13:00"), range("12:00", "18:00")])).toBe("overlap");
    const week = defaultWeek();
    week.holidays = { mode: "own", ranges: [] };
    week.days.Tu = [range("12:00", "12:00")];
    expect(weekProblems(week)).toEqual({ Tu: "order", PH: "missing" });
  });

  it("round-trips every week of rows through the rule, and the library reads it as the rows say", () => {
    // 2026-11-16 is a Monday of a week without public holidays in Lower Saxony.
    const monday = new Date(2026, 10, 16);
    fc.assert(
      fc.property(weeks, (week) => {
        const rule = formatWeek(week);
        expect(checkRule(rule, "de")).toEqual({ valid: true });
        const back = parseWeek(rule);
        expect(back).not.toBeNull();
        expect(formatWeek(back!)).toBe(rule);
        expect(back!.days).toEqual(week.days);
        const expected = WEEKDAYS.map((day) =>
          week.days[day].map((r) => `${r.from}-${r.to === "24:00" ? "00:00" : r.to}`),
        );
        expect(openIntervals(rule, monday)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    // 300 weeks through the opening_hours library: about 1 s alone, several on two busy cores.
  }, 30_000);
});

describe("hours editor: the library's checks", () => {
  it("gives the library's message for an invalid rule, in the page's language", () => {
    const german = checkRule("Mo-Fr 25:00-18:00", "de");
    expect(german.valid).toBe(false);
    if (!german.valid) expect(german.message).toContain("Zeitspanne beginnt außerhalb");
    const english = checkRule("Mo-Fr 25:00-18:00", "en");
    expect(english.valid).toBe(false);
    if (!english.valid) expect(english.message).toContain("Time range starts outside");
    expect(checkRule("Mar-Oct: Mo-Su 11:00-21:00", "de")).toEqual({ valid: true });
  });

  it("previews seven days with the holidays named and closed", () => {
    // Monday 21 December 2026, Berlin: Christmas Day and Boxing Day fall on Friday and Saturday.
    const week = weekPreview(
      "Mo-Fr 09:00-18:00; Sa 09:00-14:00; PH off",
      new Date("2026-12-21T10:00:00+01:00"),
    );
    expect(week).toHaveLength(7);
    expect(week[0]?.intervals[0]?.from.getHours()).toBe(9);
    expect(week[0]?.holiday).toBeUndefined();
    expect(week[4]?.holiday).toBe("1. Weihnachtstag");
    expect(week[4]?.intervals).toEqual([]);
    expect(week[5]?.holiday).toBe("2. Weihnachtstag");
  });
});
