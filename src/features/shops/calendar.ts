// The market and Sunday shopping calendar (/einkaufen/termine): the coming weeks' dates of every
// weekly market and verkaufsoffener Sonntag, read from their opening_hours rules and grouped by day.
import type { ShoppingDay } from "../../lib/contract/shops";
import type { DaySchedule } from "../offices/opening-state";

/** Eight weeks ahead, as the calendar promises. */
export const CALENDAR_DAYS = 56;

export type CalendarEntry = { event: ShoppingDay; from: Date; to: Date };
/** One day with something on; `day` is a wall-clock date (midnight in Delmenhorst). */
export type CalendarDay = { day: Date; entries: CalendarEntry[] };

const pad = (n: number) => String(n).padStart(2, "0");
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * `schedule` gives a rule's opening intervals for each of the coming days (`upcomingSchedule` of the
 * offices' evaluator with `CALENDAR_DAYS`); a rule it cannot read gives none. Days in order, on each
 * day the earliest first.
 */
export function buildCalendar(
  events: readonly ShoppingDay[],
  schedule: (rule: string) => DaySchedule[],
): CalendarDay[] {
  const days = new Map<string, CalendarDay>();
  for (const event of events) {
    for (const { day, intervals } of schedule(event.openingHours)) {
      if (intervals.length === 0) continue;
      const key = dayKey(day);
      const entry = days.get(key) ?? { day, entries: [] };
      days.set(key, entry);
      for (const { from, to } of intervals) entry.entries.push({ event, from, to });
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, day]) => ({
      day: day.day,
      entries: day.entries.sort(
        (a, b) => a.from.getTime() - b.from.getTime() || a.event.name.localeCompare(b.event.name, "de"),
      ),
    }));
}

/** Where a date stands for someone looking now: a market that closed at 13:00 is over at 19:50. */
export type EntryState = "over" | "on" | "later";

/** `now` is wall-clock time in Delmenhorst (`berlinWallClock`), like the entries' times. */
export function entryState(entry: CalendarEntry, now: Date): EntryState {
  if (entry.to.getTime() <= now.getTime()) return "over";
  return entry.from.getTime() <= now.getTime() ? "on" : "later";
}
