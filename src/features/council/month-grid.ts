// The meetings' month calendar without the page: the weeks of a month (Monday first, as in Germany,
// ISO 8601), the meetings of each Delmenhorst day, and where the keyboard moves the focus (the ARIA
// grid pattern: arrows by day and week, Home/End within the week, Page Up/Down by month).
import type { CouncilMeeting } from "../../lib/contract/council";
import { berlinDate } from "../../lib/contract/berlin-time";

/** "2026-12" → year and month (1–12); throws on anything else. */
function parseMonth(month: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const value = match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
  if (!value || value.month < 1 || value.month > 12) throw new Error(`not a month: ${month}`);
  return value;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (utc: Date) =>
  `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
const utcOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** Whether a `?monat=` value names a month. */
export const isMonth = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export const monthOfDate = (date: string) => date.slice(0, 7);

export function daysInMonth(month: string): number {
  const { year, month: m } = parseMonth(month);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The month `delta` months before or after. */
export function addMonths(month: string, delta: number): string {
  const { year, month: m } = parseMonth(month);
  const moved = new Date(Date.UTC(year, m - 1 + delta, 1));
  return dateOf(moved).slice(0, 7);
}

export function addDays(date: string, delta: number): string {
  const moved = utcOf(date);
  moved.setUTCDate(moved.getUTCDate() + delta);
  return dateOf(moved);
}

/** Monday 0 … Sunday 6. */
const weekdayOf = (date: string) => (utcOf(date).getUTCDay() + 6) % 7;

/** The month's weeks, Monday first; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const cells: (string | null)[] = Array.from({ length: weekdayOf(first) }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++) cells.push(`${month}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The meetings of each day of the month (Delmenhorst's day), each day's by start. */
export function meetingsByDay(
  meetings: readonly CouncilMeeting[],
  month: string,
): Map<string, CouncilMeeting[]> {
  const days = new Map<string, CouncilMeeting[]>();
  for (const meeting of meetings) {
    const start = meeting.start === null ? Number.NaN : Date.parse(meeting.start);
    if (Number.isNaN(start)) continue;
    const date = berlinDate(start);
    if (monthOfDate(date) !== month) continue;
    days.set(date, [...(days.get(date) ?? []), meeting]);
  }
  for (const list of days.values()) {
    list.sort((a, b) => a.start!.localeCompare(b.start!) || a.name.localeCompare(b.name, "de"));
  }
  return days;
}

/** The day to focus and select when a month is shown: today in it, else its first meeting, else the 1st. */
export function initialDay(month: string, today: string, withMeetings: Iterable<string>): string {
  if (monthOfDate(today) === month) return today;
  const first = [...withMeetings].filter((date) => monthOfDate(date) === month).sort()[0];
  return first ?? `${month}-01`;
}

/**
 * The day a key moves the focus to, or null for keys the grid leaves alone. Right-to-left pages
 * (Arabic) swap the left and right arrows, as the grid is drawn mirrored. Page Up/Down keep the
 * day of the month where the other month has it (31 January → 28 February).
 */
export function moveFocus(date: string, key: string, rtl = false): string | null {
  switch (key) {
    case "ArrowRight":
      return addDays(date, rtl ? -1 : 1);
    case "ArrowLeft":
      return addDays(date, rtl ? 1 : -1);
    case "ArrowDown":
      return addDays(date, 7);
    case "ArrowUp":
      return addDays(date, -7);
    case "Home":
      return addDays(date, -weekdayOf(date));
    case "End":
      return addDays(date, 6 - weekdayOf(date));
    case "PageUp":
    case "PageDown": {
      const month = addMonths(monthOfDate(date), key === "PageUp" ? -1 : 1);
      const day = Math.min(Number(date.slice(8)), daysInMonth(month));
      return `${month}-${pad(day)}`;
    }
    default:
      return null;
  }
}
