// Free slots of an office: opening hours (OSM opening_hours, Lower Saxony's holidays as PH), the
// office's counters, the visit's duration, closures, lead time, horizon, and what is booked already.
// Pure: the store gathers the inputs, so every rule here is tested with fixed clocks.
import OpeningHours from "opening_hours";
import { addDays, berlinDate, berlinInstant, DAY_MS, parseDate } from "./berlin-time";

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

/**
 * Opening periods (instants) of one Berlin day. The library reads local dates; we hand it the
 * Berlin wall clock as local time and turn its answers back into instants.
 */
export function openingPeriods(rule: string, date: string): Period[] {
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
  return openingHours(rule)
    .getOpenIntervals(from, to)
    .map(([start, end]) => ({ start: toInstant(start), end: toInstant(end) }));
}

export const unitsOf = (start: number, durationMinutes: number): number[] =>
  Array.from({ length: Math.ceil((durationMinutes * 60_000) / UNIT_MS) }, (_, i) => start + i * UNIT_MS);

/** Counters on which every unit of the visit is free, in counter order. */
export function freeCounters(counters: number, occupancy: Occupancy, start: number, durationMinutes: number) {
  const units = unitsOf(start, durationMinutes);
  const free: number[] = [];
  for (let counter = 1; counter <= counters; counter++) {
    const taken = occupancy.get(counter);
    if (!taken || units.every((unit) => !taken.has(unit))) free.push(counter);
  }
  return free;
}

export type SlotQuery = {
  openingHours: string;
  rules: BookingRules;
  durationMinutes: number;
  now: number;
  closures: Period[];
};

/** Starts a visit may have on a day if nothing were booked: in opening hours, on the grid, lead time. */
export function candidateStarts(q: SlotQuery, date: string): number[] {
  const earliest = q.now + q.rules.leadMinutes * 60_000;
  const lastDay = addDays(berlinDate(q.now), q.rules.horizonDays);
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

/** Days (from `fromDate`, `days` long) with their bookable starts; days without one are left out. */
export function availableSlots(
  q: SlotQuery,
  occupancy: Occupancy,
  fromDate: string,
  days: number,
): { date: string; slots: number[] }[] {
  const result: { date: string; slots: number[] }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const slots = candidateStarts(q, date).filter(
      (start) => freeCounters(q.rules.counters, occupancy, start, q.durationMinutes).length > 0,
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
