// Delmenhorst's calendar and wall clock (Europe/Berlin), the same on phone, service worker and server
// whatever zone each runs in. Only ECMAScript's Intl is used: nothing from Node or the DOM.
//
// THE ONE RULE for the two days a year the clocks change (EU Directive 2000/84/EC, last Sundays of
// March and October): a wall-clock time that comes twice in October (02:00–02:59) means its FIRST
// occurrence, still summer time (+02:00); a time that does not exist in March (02:00–02:59) is moved
// forward by the hour the clocks skip (02:30 is read as 03:30 summer time), as the clocks themselves jump.
export const BERLIN_TIME_ZONE = "Europe/Berlin";

const MINUTE = 60_000;
/** 24 hours; a Berlin calendar day has 23 or 25 of them when the clocks change. */
export const DAY_MS = 24 * 60 * MINUTE;

/** A reading of Berlin's clock; months and days count from 1. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
};

type Instant = number | string | Date;
const toMs = (instant: Instant): number =>
  typeof instant === "number"
    ? instant
    : typeof instant === "string"
      ? Date.parse(instant)
      : instant.getTime();

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: BERLIN_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** What Berlin's clock shows at an instant. Throws a RangeError for an invalid instant. */
export function berlinWallClock(instant: Instant): Required<WallClock> {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(toMs(instant)).map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const wallAsUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);

/** Minutes Berlin is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function berlinOffsetMinutes(instant: Instant): number {
  const ms = toMs(instant);
  return Math.round((wallAsUtc(berlinWallClock(ms)) - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE);
}

/** The instant (ms) Berlin's clock shows this wall time, by the one rule above. */
export function berlinInstant(w: WallClock): number {
  const asUtc = wallAsUtc(w);
  const before = berlinOffsetMinutes(asUtc - DAY_MS);
  const after = berlinOffsetMinutes(asUtc + DAY_MS);
  // The larger offset gives the earlier instant: in October's doubled hour that is the first one.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    if (berlinOffsetMinutes(asUtc - offset * MINUTE) === offset) return asUtc - offset * MINUTE;
  }
  // In March's gap no offset fits: read with the winter offset, the clock shows an hour more.
  return asUtc - Math.min(before, after) * MINUTE;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The Berlin calendar day ("YYYY-MM-DD") an instant falls on. */
export function berlinDate(instant: Instant): string {
  const w = berlinWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Berlin's time of day at an instant, "HH:MM" (24 hours). */
export function berlinTimeOfDay(instant: Instant): string {
  const w = berlinWallClock(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Whether `value` is a real calendar day written as YYYY-MM-DD (no 31 February). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
}

/** Calendar arithmetic on "YYYY-MM-DD": no clock change can shift it. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The same day `months` later, or that month's last day where it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The weekday of a calendar day, ISO 8601: 1 Monday ... 7 Sunday. */
export function weekdayOf(date: string): number {
  const { year, month, day } = parseDate(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The instant Berlin's day begins (00:00 exists on every day in Germany). */
export const startOfBerlinDay = (date: string): number =>
  berlinInstant({ ...parseDate(date), hour: 0, minute: 0 });

const LOCAL = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/;

/**
 * A datetime-local value ("2026-10-25T02:30", Berlin wall clock) with the offset the one rule gives
 * it ("2026-10-25T02:30:00+02:00"); null for a malformed value.
 */
export function berlinLocalToIso(local: string): string | null {
  const value = local.trim();
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
  const offset = (wallAsUtc(wall) - berlinInstant(wall)) / MINUTE;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${value}:00${sign}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`;
}

/** A datetime-local value as a UTC instant ("2026-03-29T12:30:00.000Z"); null for an empty or impossible one. */
export function berlinLocalToInstant(local: string): string | null {
  const value = local.trim();
  if (!isIsoDate(value.slice(0, 10))) return null;
  const iso = berlinLocalToIso(value);
  if (!iso) return null;
  const instant = Date.parse(iso);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/** The reverse, to fill a datetime-local field: "2026-03-29T12:30:00Z" -> "2026-03-29T14:30". */
export function instantToBerlinLocal(instant: Instant): string {
  const w = berlinWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
