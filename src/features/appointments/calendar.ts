// Calendar arithmetic for the slot picker. Days are the office's days: dates in Europe/Berlin,
// whatever the device's time zone. Dates are "YYYY-MM-DD", months "YYYY-MM".
import { berlinDate } from "../../lib/contract/berlin-time";
import { daysInMonth } from "../../lib/month";

export { addDays } from "../../lib/contract/berlin-time";
// The month arithmetic is shared with the council's calendar (src/lib/month.ts).
export { addMonths, daysInMonth, monthOf, monthWeeks } from "../../lib/month";

/** The date in Delmenhorst at an instant. */
export const berlinDateOf = berlinDate;

/**
 * The query window for one month of the picker: from the month's first day (or today, when the month
 * has begun) to its last day, within the office's booking horizon. Null when nothing of it is bookable.
 */
export function monthWindow(
  month: string,
  today: string,
  lastDay: string,
): { from: string; days: number } | null {
  const start = `${month}-01` < today ? today : `${month}-01`;
  const monthEnd = `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
  const end = monthEnd < lastDay ? monthEnd : lastDay;
  if (start > end) return null;
  const days =
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: start, days };
}

export type SlotDay = { date: string; slots: string[] };

/** Slot instants grouped by their day in Berlin, days and times in order. */
export function groupByDay(slots: string[]): SlotDay[] {
  const days = new Map<string, string[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a) - Date.parse(b))) {
    const date = berlinDateOf(slot);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, slots: list }));
}
