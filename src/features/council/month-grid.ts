// The meetings' month calendar without the page (the weeks of a month: src/lib/month.ts): the
// meetings of each Delmenhorst day, and where the keyboard moves the focus (the ARIA grid pattern:
// arrows by day and week, Home/End within the week, Page Up/Down by month).
import { addDays, berlinDate } from "../../lib/contract/berlin-time";
import type { CouncilMeeting } from "../../lib/contract/council";
import { addMonths, daysInMonth, monthOf, weekdayIndex } from "../../lib/month";

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
    if (monthOf(date) !== month) continue;
    days.set(date, [...(days.get(date) ?? []), meeting]);
  }
  for (const list of days.values()) {
    list.sort((a, b) => a.start!.localeCompare(b.start!) || a.name.localeCompare(b.name, "de"));
  }
  return days;
}

/** The day to focus and select when a month is shown: today in it, else its first meeting, else the 1st. */
export function initialDay(month: string, today: string, withMeetings: Iterable<string>): string {
  if (monthOf(today) === month) return today;
  const first = [...withMeetings].filter((date) => monthOf(date) === month).sort()[0];
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
      return addDays(date, -weekdayIndex(date));
    case "End":
      return addDays(date, 6 - weekdayIndex(date));
    case "PageUp":
    case "PageDown": {
      const month = addMonths(monthOf(date), key === "PageUp" ? -1 : 1);
      const day = Math.min(Number(date.slice(8)), daysInMonth(month));
      return `${month}-${String(day).padStart(2, "0")}`;
    }
    default:
      return null;
  }
}
