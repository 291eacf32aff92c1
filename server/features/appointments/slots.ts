// Free slots of an office: opening hours (OSM opening_hours, Lower Saxony's holidays as PH), the
// office's counters, the visit's duration, closures, lead time, horizon, and what is booked already.
// Pure: the store gathers the inputs, so every rule here is tested with fixed clocks.
import OpeningHours from "opening_hours";
import { addDays, berlinDate, berlinInstant, DAY_MS, parseDate } from "../../../src/lib/contract/berlin-time";

/** Bookings take counters in units of five minutes (every service duration is a multiple). */
export const UNIT_MS = 5 * 60_000;

export type BookingRules = {
  counters: number;
  slotMinutes: number;
  horizonDays: number;
  leadMinutes: number;
};
export type Period = { start: number; end: number };
/** Taken units per counter (unit start in ms). */
export type Occupancy = Map<number, Set<number>>;

const DELMENHORST = { lat: 53.05, lon: 8.63, address: { country_code: "de", state: "Niedersachsen" } };
const parsedRules = new Map<string, OpeningHours>();

function openingHours(rule: string): OpeningHours {
  let parsed = parsedRules.get(rule);
  if (!parsed) {
    parsed = new OpeningHours(rule, DELMENHORST);
    parsedRules.set(rule, parsed);
  }
  return parsed;
}

/** A day's opening periods never change for a rule (holidays included): computed once. */
const periodCache = new Map<string, Period[]>();
const PERIOD_CACHE_MAX = 20_000;

/**
 * Opening periods (instants) of one Berlin day. The library reads local dates; we hand it the
 * Berlin wall clock as local time and turn its answers back into instants.
 */
export function openingPeriods(rule: string, date: string): Period[] {
  const key = `${date}|${rule}`;
  const cached = periodCache.get(key);
  if (cached) return cached;
  const { year, month, day } = parseDate(date);
  const from = new Date(year, month - 1, day);
  const to = new Date(year, month - 1, day + 1);
  const toInstant = (d: Date) =>
    berlinInstant({
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
    });
  const periods = openingHours(rule)
    .getOpenIntervals(from, to)
    .map(([start, end]) => ({ start: toInstant(start), end: toInstant(end) }));
  if (periodCache.size >= PERIOD_CACHE_MAX) periodCache.clear();
  periodCache.set(key, periods);
  return periods;
}

export const unitsOf = (start: number, durationMinutes: number): number[] =>
  Array.from({ length: unitCount(durationMinutes) }, (_, i) => start + i * UNIT_MS);

const unitCount = (durationMinutes: number) => Math.ceil((durationMinutes * 60_000) / UNIT_MS);

function counterFree(taken: Set<number> | undefined, start: number, units: number): boolean {
  if (!taken) return true;
  for (let i = 0; i < units; i++) if (taken.has(start + i * UNIT_MS)) return false;
  return true;
}

/** Counters on which every unit of the visit is free, in counter order. */
export function freeCounters(counters: number, occupancy: Occupancy, start: number, durationMinutes: number) {
  const units = unitCount(durationMinutes);
  const free: number[] = [];
  for (let counter = 1; counter <= counters; counter++) {
    if (counterFree(occupancy.get(counter), start, units)) free.push(counter);
  }
  return free;
}

function anyCounterFree(counters: number, occupancy: Occupancy, start: number, units: number): boolean {
  for (let counter = 1; counter <= counters; counter++) {
    if (counterFree(occupancy.get(counter), start, units)) return true;
  }
  return false;
}

export type SlotQuery = {
  openingHours: string;
  rules: BookingRules;
  durationMinutes: number;
  now: number;
  closures: Period[];
};

type Bounds = { earliest: number; lastDay: string };

const boundsOf = (q: SlotQuery): Bounds => ({
  earliest: q.now + q.rules.leadMinutes * 60_000,
  lastDay: addDays(berlinDate(q.now), q.rules.horizonDays),
});

function startsOn(q: SlotQuery, date: string, { earliest, lastDay }: Bounds): number[] {
  if (date > lastDay) return [];
  const duration = q.durationMinutes * 60_000;
  const step = q.rules.slotMinutes * 60_000;
  const starts: number[] = [];
  for (const period of openingPeriods(q.openingHours, date)) {
    for (let start = period.start; start + duration <= period.end; start += step) {
      if (start < earliest) continue;
      const end = start + duration;
      if (q.closures.some((c) => c.start < end && start < c.end)) continue;
      starts.push(start);
    }
  }
  return starts;
}

/** Starts a visit may have on a day if nothing were booked: in opening hours, on the grid, lead time. */
export const candidateStarts = (q: SlotQuery, date: string): number[] => startsOn(q, date, boundsOf(q));

/** Days (from `fromDate`, `days` long) with their bookable starts; days without one are left out. */
export function availableSlots(
  q: SlotQuery,
  occupancy: Occupancy,
  fromDate: string,
  days: number,
): { date: string; slots: number[] }[] {
  const bounds = boundsOf(q);
  const units = unitCount(q.durationMinutes);
  const result: { date: string; slots: number[] }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const slots = startsOn(q, date, bounds).filter((start) =>
      anyCounterFree(q.rules.counters, occupancy, start, units),
    );
    if (slots.length > 0) result.push({ date, slots });
  }
  return result;
}

/** The instants a query over Berlin days covers (for loading bookings and closures). */
export function rangeOf(fromDate: string, days: number): Period {
  const { year, month, day } = parseDate(fromDate);
  const start = berlinInstant({ year, month, day, hour: 0, minute: 0 });
  // A day more than asked: a day can be 25 hours long.
  return { start, end: start + (days + 1) * DAY_MS };
}
