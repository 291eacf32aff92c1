// Delmenhorst's calendar days: dates in Europe/Berlin whatever zone the device is set to, and
// arithmetic on "YYYY-MM-DD" that no clock change can shift.
const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Berlin calendar day ("YYYY-MM-DD") an instant falls on. */
export const berlinDate = (instant: number | string | Date): string =>
  dayFormat.format(typeof instant === "string" ? new Date(instant) : instant);

export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
