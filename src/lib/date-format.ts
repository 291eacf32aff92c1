// One way to write each kind of date and time, everywhere in the app: in the user's language and
// in Delmenhorst's time (Europe/Berlin), whatever zone the device is set to. A page picks the kind
// ("a day", "a moment"), never Intl options, so "05.12.2026, 20:01" and "5. Dezember 2026" cannot
// stand side by side again.
import { locale as chosenLocale } from "./i18n";

const ZONE = "Europe/Berlin";
/** A caller naming "de"/"en" itself (a document that stays German) gets the same forms as the registry. */
const INTL_LOCALES: Record<string, string> = { de: "de-DE", en: "en-GB" };

type Value = string | Date;

/** A calendar date ("2026-12-05") is read at noon UTC: the same day in Berlin. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const toDate = (value: Value) =>
  value instanceof Date ? value : new Date(CALENDAR_DATE.test(value) ? `${value}T12:00:00Z` : value);

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(
  value: Value,
  options: Intl.DateTimeFormatOptions,
  zone: string | null = ZONE,
  locale: string = chosenLocale(),
) {
  locale = INTL_LOCALES[locale] ?? locale;
  const key = `${locale}|${zone ?? "wall"}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // null: a wall-clock date, written in the device's zone it was built in.
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone ?? undefined });
    formatters.set(key, formatter);
  }
  return formatter.format(toDate(value));
}

const DAY = { dateStyle: "long" } as const;
const FULL_DAY = { dateStyle: "full" } as const;
const DAY_OF_MONTH = { weekday: "long", day: "numeric", month: "long" } as const;
const SHORT_DAY_OF_MONTH = { weekday: "short", day: "numeric", month: "short" } as const;
const MONTH = { month: "long", year: "numeric" } as const;
const WEEKDAY = { weekday: "long" } as const;
const SHORT_WEEKDAY = { weekday: "short" } as const;
const MOMENT = { dateStyle: "long", timeStyle: "short" } as const;
const TIMESTAMP = { dateStyle: "long", timeStyle: "medium" } as const;
const TIME = { hour: "2-digit", minute: "2-digit" } as const;
const WEEKDAY_TIME = { weekday: "short", hour: "2-digit", minute: "2-digit" } as const;

/** A day: "5. Dezember 2026". */
export const formatDay = (value: Value, locale?: string) => format(value, DAY, ZONE, locale);

/** A day with its weekday: "Samstag, 5. Dezember 2026". */
export const formatFullDay = (value: Value) => format(value, FULL_DAY);

/** A month: "Dezember 2026" ("2026-12" or any day in it). */
export const formatMonth = (value: Value, locale?: string) =>
  format(
    typeof value === "string" && /^\d{4}-\d{2}$/.test(value) ? `${value}-15` : value,
    MONTH,
    ZONE,
    locale,
  );

/** A weekday's name: "Samstag". */
export const formatWeekday = (value: Value) => format(value, WEEKDAY);

/** A weekday's short name, for narrow table heads: "Sa". */
export const formatShortWeekday = (value: Value) => format(value, SHORT_WEEKDAY);

/** The week's day names in the current language, Monday first (2024-01-01 was a Monday): a month table's head. */
export const weekdayNames = () =>
  Array.from({ length: 7 }, (_, i) => {
    const date = `2024-01-0${i + 1}T12:00:00Z`;
    return { short: formatShortWeekday(date), long: formatWeekday(date) };
  });

/** A moment: "5. Dezember 2026 um 20:01". */
export const formatDateTime = (value: Value) => format(value, MOMENT);

/** A moment to the second, where the order of events matters (the audit log). */
export const formatTimestamp = (value: Value) => format(value, TIMESTAMP);

/** A time of day: "20:01". */
export const formatTime = (value: Value) => format(value, TIME);

/** A time within the coming week: "Mo., 08:00". */
export const formatWeekdayTime = (value: Value) => format(value, WEEKDAY_TIME);

/** From one moment to another: "5. Dezember 2026, 08:00–12:00". */
export function formatPeriod(start: Value, end: Value) {
  const locale = chosenLocale();
  return new Intl.DateTimeFormat(locale, { ...MOMENT, timeZone: ZONE }).formatRange(
    toDate(start),
    toDate(end),
  );
}

/**
 * The same kinds for wall-clock dates: the opening-hours evaluator answers in Delmenhorst's
 * wall-clock time as the device's local dates, which must be written without a zone shift.
 */
export const wallClock = {
  time: (value: Date, locale?: string) => format(value, TIME, null, locale),
  weekdayTime: (value: Date, locale?: string) => format(value, WEEKDAY_TIME, null, locale),
  dayOfMonth: (value: Date, locale?: string) => format(value, DAY_OF_MONTH, null, locale),
  shortDayOfMonth: (value: Date, locale?: string) => format(value, SHORT_DAY_OF_MONTH, null, locale),
  fullDay: (value: Date, locale?: string) => format(value, FULL_DAY, null, locale),
};
