import { describe, expect, it } from "vitest";
import { type ShoppingDay, shoppingDaySchema } from "../../lib/contract/shops";
import { berlinWallClock, upcomingSchedule } from "../offices/opening-state";
import { buildCalendar, CALENDAR_DAYS, entryState } from "./calendar";

const event = (id: string, kind: ShoppingDay["kind"], openingHours: string): ShoppingDay =>
  shoppingDaySchema.parse({
    id,
    kind,
    name: id,
    place: "Marktplatz",
    openingHours,
    location: null,
    note: null,
    sample: true,
  });

const EVENTS = [
  event("wochenmarkt", "market", "We,Sa 07:00-13:00; PH off"),
  event("abendmarkt", "market", "Th 15:00-19:00"),
  event("adventssonntag", "sunday", "2026 Dec 06 13:00-18:00"),
  event("fruehlingssonntag", "sunday", "2027 Apr 11 13:00-18:00"),
  event("kaputt", "market", "not a rule"),
];
const pad = (n: number) => String(n).padStart(2, "0");
const key = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

describe("the market and Sunday shopping calendar", () => {
  // Saturday 28 November 2026, 09:00 in Berlin.
  const now = new Date("2026-11-28T08:00:00Z");
  const calendar = buildCalendar(EVENTS, (rule) => upcomingSchedule(rule, now, CALENDAR_DAYS));

  it("lists the next eight weeks' dates in order, grouped by day", () => {
    const days = calendar.map((day) => key(day.day));
    expect(days[0]).toBe("2026-11-28");
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(days.length);
    expect(days.at(-1)! < "2027-01-23").toBe(true);
    // Two weekly markets a week and the abend market: about three dates a week.
    expect(days.length).toBeGreaterThan(20);
  });

  it("includes a Sunday shopping day within the eight weeks, and not one after them", () => {
    const advent = calendar.find((day) => key(day.day) === "2026-12-06");
    expect(advent?.entries.map((e) => [e.event.id, e.from.getHours(), e.to.getHours()])).toEqual([
      ["adventssonntag", 13, 18],
    ]);
    expect(calendar.some((day) => day.entries.some((e) => e.event.id === "fruehlingssonntag"))).toBe(false);
  });

  it("leaves out markets on public holidays", () => {
    // Saturday 26 December 2026 is the second Christmas Day.
    expect(calendar.find((day) => key(day.day) === "2026-12-26")).toBeUndefined();
    expect(calendar.find((day) => key(day.day) === "2026-12-30")?.entries[0]?.event.id).toBe("wochenmarkt");
  });

  it("skips a rule it cannot read", () => {
    expect(calendar.some((day) => day.entries.some((e) => e.event.id === "kaputt"))).toBe(false);
  });
});

describe("a market day that is over", () => {
  const calendarAt = (instant: Date) =>
    buildCalendar(EVENTS, (rule) => upcomingSchedule(rule, instant, CALENDAR_DAYS));
  const statesAt = (instant: Date) =>
    calendarAt(instant).map((day) => [
      key(day.day),
      day.entries.map((entry) => [entry.event.id, entryState(entry, berlinWallClock(instant))]),
    ]);

  it("shows this morning's market as over at 19:50, and the coming ones as still to come", () => {
    // Saturday 28 November 2026, 19:50 in Berlin; the market closed at 13:00.
    const states = statesAt(new Date("2026-11-28T18:50:00Z"));
    expect(states[0]).toEqual(["2026-11-28", [["wochenmarkt", "over"]]]);
    expect(states[1]).toEqual(["2026-12-02", [["wochenmarkt", "later"]]]);
  });

  it("shows it as on while it runs, and as to come before it opens", () => {
    expect(statesAt(new Date("2026-11-28T08:00:00Z"))[0]).toEqual(["2026-11-28", [["wochenmarkt", "on"]]]);
    expect(statesAt(new Date("2026-11-28T05:00:00Z"))[0]).toEqual(["2026-11-28", [["wochenmarkt", "later"]]]);
  });

  it("is over the minute it closes", () => {
    expect(statesAt(new Date("2026-11-28T11:59:00Z"))[0]?.[1]).toEqual([["wochenmarkt", "on"]]);
    expect(statesAt(new Date("2026-11-28T12:00:00Z"))[0]?.[1]).toEqual([["wochenmarkt", "over"]]);
  });
});
