// The appointment calendar runs on Delmenhorst's days and wall clock, whatever zone the device is
// set to: a "day" is a Berlin calendar day (23 or 25 hours long when the clocks change), and the
// datetime-local fields of the closure form are read as Berlin time.
import { addDays } from "../../../lib/berlin-date";
import { berlinLocalToIso, isoToBerlinLocal } from "../../warnings/berlin-time";

export { addDays, berlinDate } from "../../../lib/berlin-date";

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Whether `value` is a real calendar day written as YYYY-MM-DD (no 31 February). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * A datetime-local value ("2026-03-29T14:30", Berlin wall clock) as a UTC instant
 * ("2026-03-29T12:30:00.000Z"); null for an empty or impossible value. A time the clock skips in
 * spring (02:00–02:59 on the last Sunday of March) is read with the winter offset, so it lands an
 * hour later on the clock; the hour that comes twice in October is read as the second one (winter).
 */
export function berlinLocalToInstant(local: string): string | null {
  const value = local.trim();
  if (!isIsoDate(value.slice(0, 10))) return null;
  const iso = berlinLocalToIso(value);
  if (!iso) return null;
  const instant = Date.parse(iso);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/** The reverse, to fill a datetime-local field: "2026-03-29T12:30:00Z" -> "2026-03-29T14:30". */
export const instantToBerlinLocal = (instant: string): string => isoToBerlinLocal(instant);

/** The whole Berlin day as datetime-local values: from its midnight to the next one. */
export const wholeDay = (date: string) => ({ start: `${date}T00:00`, end: `${addDays(date, 1)}T00:00` });
