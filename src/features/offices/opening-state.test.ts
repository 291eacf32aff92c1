import { describe, expect, it } from "vitest";
import { berlinWallClock, openingState, upcomingSchedule } from "./opening-state";

const RULE = "Mo-Fr 08:00-16:00; Th 08:00-18:00; PH off";
const berlin = (iso: string) => new Date(iso); // instants given with explicit offsets below

describe("opening state", () => {
  it("is open during opening hours and names the closing time", () => {
    const state = openingState(RULE, berlin("2026-11-26T10:00:00+01:00")); // Thursday
    expect(state.kind).toBe("open");
    if (state.kind === "open") expect(state.closesAt?.getHours()).toBe(18);
  });

  it("is closed at night and names the next opening", () => {
    const state = openingState(RULE, berlin("2026-11-27T20:00:00+01:00")); // Friday evening
    expect(state.kind).toBe("closed");
    if (state.kind === "closed") {
      expect(state.opensAt?.getDay()).toBe(1); // Monday
      expect(state.opensAt?.getHours()).toBe(8);
    }
  });

  it("knows Lower Saxony's public holidays", () => {
    // Reformation Day (31 Oct) is a holiday in Lower Saxony since 2018; 2025-10-31 is a Friday.
    expect(openingState(RULE, berlin("2025-10-31T10:00:00+01:00")).kind).toBe("closed");
    // Christmas Day 2026 is a Friday.
    expect(openingState(RULE, berlin("2026-12-25T10:00:00+01:00")).kind).toBe("closed");
    // Corpus Christi is no holiday in Lower Saxony: Thursday 2026-06-04 is a working day.
    expect(openingState(RULE, berlin("2026-06-04T10:00:00+02:00")).kind).toBe("open");
  });

  it("uses Delmenhorst's clock across the daylight saving change", () => {
    // 29 March 2026, 01:30 UTC = 03:30 summer time in Berlin.
    expect(berlinWallClock(new Date("2026-03-29T01:30:00Z")).getHours()).toBe(3);
    // 25 October 2026, 01:30 UTC = 02:30 winter time.
    expect(berlinWallClock(new Date("2026-10-25T01:30:00Z")).getHours()).toBe(2);
    // Monday after the change, 07:30 UTC = 08:30 in Berlin: open.
    expect(openingState(RULE, new Date("2026-03-30T07:30:00Z")).kind).toBe("open");
  });

  it("says unknown for a rule it cannot read", () => {
    expect(openingState("nonsense opening hours", new Date()).kind).toBe("unknown");
  });

  it("lists the coming week with holidays closed", () => {
    const week = upcomingSchedule(RULE, berlin("2026-12-21T09:00:00+01:00"));
    expect(week).toHaveLength(7);
    const christmas = week.find((d) => d.day.getDate() === 25);
    expect(christmas?.intervals).toEqual([]);
    const monday = week[0];
    expect(monday?.intervals[0]?.from.getHours()).toBe(8);
  });
});
