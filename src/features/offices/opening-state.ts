// Evaluates OpenStreetMap opening_hours for the city's offices, in Delmenhorst's time zone and
// with Lower Saxony's public holidays (PH). Loaded lazily: the library is large.
import OpeningHours from "opening_hours";
import { berlinWallClock as berlinClock } from "../../lib/contract/berlin-time";

/** Delmenhorst, Lower Saxony: where the library takes the public holidays (PH) from. */
export const DELMENHORST = {
  lat: 53.05,
  lon: 8.63,
  address: { country_code: "de", state: "Niedersachsen" },
};

export type OpeningState =
  | { kind: "open"; closesAt: Date | undefined }
  | { kind: "closed"; opensAt: Date | undefined }
  | { kind: "unknown" };

/**
 * The library reads dates in the device's local time. We give it Berlin's wall-clock time as a
 * local date, so the answer is right on a phone set to any time zone; results are wall-clock too.
 */
export function berlinWallClock(instant: Date): Date {
  const w = berlinClock(instant);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function parse(rule: string): OpeningHours | undefined {
  try {
    return new OpeningHours(rule, DELMENHORST);
  } catch {
    return undefined;
  }
}

export function openingState(rule: string, now: Date = new Date()): OpeningState {
  const hours = parse(rule);
  if (!hours) return { kind: "unknown" };
  const local = berlinWallClock(now);
  const next = hours.getNextChange(local);
  return hours.getState(local) ? { kind: "open", closesAt: next } : { kind: "closed", opensAt: next };
}

export type DaySchedule = { day: Date; intervals: { from: Date; to: Date }[] };

/** Opening times of the next `days` days (wall-clock), holidays included. */
export function upcomingSchedule(rule: string, now: Date = new Date(), days = 7): DaySchedule[] {
  const hours = parse(rule);
  if (!hours) return [];
  const local = berlinWallClock(now);
  const start = new Date(local.getFullYear(), local.getMonth(), local.getDate());
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    const intervals = hours.getOpenIntervals(day, end).map(([from, to]) => ({ from, to }));
    return { day, intervals };
  });
}
