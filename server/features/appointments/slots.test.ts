import { describe, expect, it } from "vitest";
import { berlinDate, berlinInstant } from "../../../src/lib/contract/berlin-time";
import {
  availableSlots,
  candidateStarts,
  freeCounters,
  type Occupancy,
  type SlotQuery,
  unitsOf,
} from "./slots";

// The Bürgerbüro's hours from the services guide's seed.
const BUERGERBUERO =
  "Mo,Tu 08:00-15:30; We 08:00-12:30; Th 08:00-18:00; Fr 08:00-12:30; Sa[1,3] 09:00-12:00; PH off";
const RULES = { counters: 2, slotMinutes: 15, horizonDays: 60, leadMinutes: 120 };

/** An instant given as Berlin wall time, "2026-12-01 08:00". */
function berlin(text: string): number {
  const [date = "", time = ""] = text.split(" ");
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return berlinInstant({ year, month, day, hour, minute });
}

const iso = (ms: number) => new Date(ms).toISOString();

function query(overrides: Partial<SlotQuery> = {}): SlotQuery {
  return {
    openingHours: BUERGERBUERO,
    rules: RULES,
    durationMinutes: 20,
    now: berlin("2026-11-27 12:00"),
    closures: [],
    ...overrides,
  };
}

describe("berlin time", () => {
  it("reads winter and summer wall times with their offsets", () => {
    expect(iso(berlin("2026-12-01 08:00"))).toBe("2026-12-01T07:00:00.000Z");
    expect(iso(berlin("2026-07-01 08:00"))).toBe("2026-07-01T06:00:00.000Z");
    expect(berlinDate(Date.parse("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("moves a wall time in the spring gap on by an hour and takes the first of a doubled one", () => {
    expect(iso(berlin("2026-03-29 02:30"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(berlin("2026-10-25 02:30"))).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("candidate starts", () => {
  it("adds up the durations of a visit with several services", () => {
    // Tuesday 08:00-15:30: a 45-minute visit (two identity cards and a certificate) starts by 14:45.
    const starts = candidateStarts(query({ durationMinutes: 2 * 20 + 5 }), "2026-12-01");
    expect(iso(starts[0]!)).toBe(iso(berlin("2026-12-01 08:00")));
    expect(iso(starts.at(-1)!)).toBe(iso(berlin("2026-12-01 14:45")));
    expect(starts).toHaveLength(28);
  });

  it("offers nothing on Lower Saxony's public holidays", () => {
    expect(candidateStarts(query(), "2026-12-25")).toEqual([]); // Christmas, a Friday
    expect(candidateStarts(query({ now: berlin("2027-03-01 12:00") }), "2027-03-29")).toEqual([]); // Easter Monday
    expect(candidateStarts(query({ now: berlin("2027-03-01 12:00") }), "2027-03-22")).not.toEqual([]);
  });

  it("keeps the lead time and the booking horizon", () => {
    const now = berlin("2026-12-01 07:00");
    const starts = candidateStarts(query({ now }), "2026-12-01");
    expect(iso(starts[0]!)).toBe(iso(berlin("2026-12-01 09:00")));
    expect(candidateStarts(query({ now }), "2027-01-29")).not.toEqual([]); // day 59
    expect(candidateStarts(query({ now }), "2027-02-01")).toEqual([]); // day 62
  });

  it("leaves out every start whose visit would overlap a closure", () => {
    const closures = [{ start: berlin("2026-12-01 10:00"), end: berlin("2026-12-01 12:00") }];
    const starts = candidateStarts(query({ closures }), "2026-12-01").map(iso);
    expect(starts).toContain(iso(berlin("2026-12-01 09:30"))); // ends 09:50
    expect(starts).not.toContain(iso(berlin("2026-12-01 09:45"))); // would end 10:05
    expect(starts).not.toContain(iso(berlin("2026-12-01 11:45")));
    expect(starts).toContain(iso(berlin("2026-12-01 12:00")));
  });

  it("counts real hours across both daylight-saving changes", () => {
    // An office open on Sundays 01:00-04:00: two real hours in March, four in October.
    const q = { openingHours: "Su 01:00-04:00", rules: { ...RULES, slotMinutes: 30, leadMinutes: 0 } };
    const spring = candidateStarts(
      query({ ...q, durationMinutes: 30, now: berlin("2026-03-01 00:00") }),
      "2026-03-29",
    );
    expect(spring.map(iso)).toEqual([
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T00:30:00.000Z",
      "2026-03-29T01:00:00.000Z",
      "2026-03-29T01:30:00.000Z",
    ]);
    const autumn = candidateStarts(
      query({ ...q, durationMinutes: 30, now: berlin("2026-10-01 00:00") }),
      "2026-10-25",
    );
    expect(autumn).toHaveLength(8);
    expect(iso(autumn[0]!)).toBe("2026-10-24T23:00:00.000Z");
    expect(iso(autumn.at(-1)!)).toBe("2026-10-25T02:30:00.000Z");
    // An ordinary office day right after each change starts at 08:00 local time.
    const monday = candidateStarts(query({ now: berlin("2026-03-01 00:00") }), "2026-03-30");
    expect(iso(monday[0]!)).toBe("2026-03-30T06:00:00.000Z");
    const mondayAfter = candidateStarts(query({ now: berlin("2026-10-01 00:00") }), "2026-10-26");
    expect(iso(mondayAfter[0]!)).toBe("2026-10-26T07:00:00.000Z");
  });
});

describe("available slots", () => {
  it("shows a start while one counter is free, and not when every counter is taken", () => {
    const start = berlin("2026-12-01 08:00");
    const occupancy: Occupancy = new Map([[1, new Set(unitsOf(start, 20))]]);
    expect(freeCounters(2, occupancy, start, 20)).toEqual([2]);
    occupancy.set(2, new Set(unitsOf(berlin("2026-12-01 08:15"), 5)));
    expect(freeCounters(2, occupancy, start, 20)).toEqual([]);
    const days = availableSlots(query(), occupancy, "2026-12-01", 1);
    expect(days[0]!.slots.map(iso)).not.toContain(iso(start));
    expect(days[0]!.slots.map(iso)).toContain(iso(berlin("2026-12-01 08:30")));
  });

  it("lists only days that have a bookable slot", () => {
    // The weekend (the 12th is the second Saturday: closed) and full days are left out.
    const days = availableSlots(query(), new Map(), "2026-12-11", 4).map((d) => d.date);
    expect(days).toEqual(["2026-12-11", "2026-12-14"]);
    const full: Occupancy = new Map(
      [1, 2].map((counter) => [counter, new Set(unitsOf(berlin("2026-12-11 08:00"), 270))]),
    );
    expect(availableSlots(query(), full, "2026-12-11", 4).map((d) => d.date)).toEqual(["2026-12-14"]);
  });
});
