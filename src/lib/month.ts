// Months of the calendar views (the appointments' slot picker, the council's meetings): dates are
// "YYYY-MM-DD", months "YYYY-MM", weeks run from Monday to Sunday (as in Germany, ISO 8601).

/** "2026-12" → year and month index (0–11); throws on anything else. */
function parseMonth(month: string): { year: number; index: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const value = match ? { year: Number(match[1]), index: Number(match[2]) - 1 } : undefined;
  if (!value || value.index < 0 || value.index > 11) throw new Error(`not a month: ${month}`);
  return value;
}

const isoOf = (utc: Date) => utc.toISOString().slice(0, 10);

/** Whether a value (a `?monat=` of an address) names a month. */
export const isMonth = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `count` months before or after. */
export function addMonths(month: string, count: number): string {
  const { year, index } = parseMonth(month);
  return isoOf(new Date(Date.UTC(year, index + count, 1))).slice(0, 7);
}

export function daysInMonth(month: string): number {
  const { year, index } = parseMonth(month);
  return new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
}

/** Monday 0 … Sunday 6. */
export const weekdayIndex = (date: string): number => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The month as weeks from Monday to Sunday; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const { year, index } = parseMonth(month);
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(`${month}-01`) }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++) cells.push(isoOf(new Date(Date.UTC(year, index, day))));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
