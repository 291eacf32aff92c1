// The console's date fields (<input type="datetime-local">) carry no zone; notices are meant in
// Delmenhorst's time, and the API wants ISO 8601 with the offset (cityNoticeSchema).
const ZONE = "Europe/Berlin";

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "longOffset" });

/** Berlin's offset from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "";
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  if (!match) return 0; // "GMT" alone: no offset
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/**
 * "2026-03-29T14:30" (wall clock in Berlin) -> "2026-03-29T14:30:00+02:00"; null for an empty or
 * malformed value. A time that the clock skips in spring is read with the winter offset.
 */
export function berlinLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // The offset depends on the instant, which depends on the offset: two rounds settle it.
  let offset = offsetMinutes(asUtc);
  offset = offsetMinutes(asUtc - offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${local.trim()}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The reverse, for filling a datetime-local field: an instant as Berlin wall clock "YYYY-MM-DDTHH:mm". */
export function isoToBerlinLocal(iso: string): string {
  const instant = Date.parse(iso);
  const shifted = new Date(instant + offsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
