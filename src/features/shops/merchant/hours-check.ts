// The hours editor's checks with the opening_hours library, the same the server uses: whether a
// rule is valid (with the library's own message), and the coming week as the rule opens it,
// public holidays named. Loaded lazily with the editor: the library is large.
import OpeningHours, { type optional_conf } from "opening_hours";
import { DELMENHORST, type DaySchedule, upcomingSchedule } from "../../offices/opening-state";

const options = (locale: string): optional_conf => ({
  mode: undefined,
  tag_key: undefined,
  map_value: undefined,
  warnings_severity: undefined,
  locale,
});

export type RuleCheck = { valid: true } | { valid: false; message: string };

/** `locale`: the language of the library's message ("de", "en"). */
export function checkRule(rule: string, locale: string): RuleCheck {
  try {
    new OpeningHours(rule, DELMENHORST, options(locale));
    return { valid: true };
  } catch (error) {
    // The library throws its message as a string: the rule up to the fault, "<---" and why.
    return { valid: false, message: typeof error === "string" ? error : String(error) };
  }
}

export type PreviewDay = DaySchedule & { holiday: string | undefined };

/** The next `days` days from `now` (Delmenhorst's wall clock), each with its holiday's name if any. */
export function weekPreview(rule: string, now: Date = new Date(), days = 7): PreviewDay[] {
  const schedule = upcomingSchedule(rule, now, days);
  const first = schedule[0];
  const last = schedule.at(-1);
  if (!first || !last) return [];
  const end = new Date(last.day.getFullYear(), last.day.getMonth(), last.day.getDate() + 1);
  // "PH" is open exactly on the holidays; the library names each one in the interval's comment.
  const holidays = new OpeningHours("PH", DELMENHORST).getOpenIntervals(first.day, end);
  const nameOn = (day: Date) =>
    holidays.find(([from]) => from.toDateString() === day.toDateString())?.[3] ?? undefined;
  return schedule.map((entry) => ({ ...entry, holiday: nameOn(entry.day) }));
}
