// Calendar arithmetic for the slot picker. Days are the office's days: dates in Europe/Berlin,
// whatever the device's time zone. Dates are "YYYY-MM-DD", months "YYYY-MM".
import { berlinDate } from "../../lib/contract/berlin-time";

export { addDays } from "../../lib/contract/berlin-time";

/** The date in Delmenhorst at an instant. */
export const berlinDateOf = berlinDate;

export const monthOf = (date: string): string => date.slice(0, 7);

const parts = (month: string) => {
  const [year, number] = month.split("-").map(Number);
  return { year: year ?? 1970, index: (number ?? 1) - 1 };
};

const isoOf = (utc: Date) => utc.toISOString().slice(0, 10);

export function addMonths(month: string, count: number): string {
  const { year, index } = parts(month);
  return isoOf(new Date(Date.UTC(year, index + count, 1))).slice(0, 7);
}

export function daysInMonth(month: string): number {
  const { year, index } = parts(month);
  return new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
}

/** The month as weeks from Monday to Sunday (as in Germany, ISO 8601); null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const { year, index } = parts(month);
  const first = new Date(Date.UTC(year, index, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++) cells.push(isoOf(new Date(Date.UTC(year, index, day))));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

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
