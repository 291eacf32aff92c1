// Wall-clock time in Delmenhorst (Europe/Berlin) and the instants it stands for, independent of the
// server's own time zone. Daylight-saving changes: a wall time that does not exist (02:30 on the last
// Sunday of March) moves on by the skipped hour, one that exists twice (02:30 in October) is read as
// the first of the two.
const TIME_ZONE = "Europe/Berlin";
const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function berlinWallClock(instant: number): WallClock {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const w = berlinWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/** The instant (ms) at which Berlin's clocks show this wall time. */
export function berlinInstant(w: WallClock): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // Try the offset of the hours before and after: one of them fits unless the time is in the gap.
  const early = asUtc - offsetMinutes(asUtc - 3 * 3600_000) * MINUTE;
  if (offsetMinutes(early) * MINUTE === asUtc - early) return early;
  const late = asUtc - offsetMinutes(asUtc + 3 * 3600_000) * MINUTE;
  if (offsetMinutes(late) * MINUTE === asUtc - late) return late;
  // In the spring gap: the wall time plus the hour the clocks skipped (summer offset).
  return asUtc - offsetMinutes(asUtc + 3 * 3600_000) * MINUTE + 60 * MINUTE;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" of the Berlin calendar day an instant falls on. */
export function berlinDate(instant: number): string {
  const w = berlinWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
}

/** Calendar arithmetic on "YYYY-MM-DD" (no time zone involved). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The instant Berlin's day begins (00:00 exists on every day in Germany). */
export const startOfBerlinDay = (date: string) => berlinInstant({ ...parseDate(date), hour: 0, minute: 0 });
