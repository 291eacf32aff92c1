// Reads a provider's iCalendar file (RFC 5545) into collection days: all-day events and timed ones
// (in UTC, in a VTIMEZONE of the file, or floating), recurring series (RRULE, RDATE, EXDATE) and
// moved single occurrences (RECURRENCE-ID), as the providers' exports hold them. Holiday shifts
// are in the files: a shifted date is simply the event's date.
import ICAL from "ical.js";
import { addDays, berlinDate } from "../../../src/lib/contract/berlin-time";
import {
  BIN_TYPES,
  type BinMapping,
  type BinType,
  type CollectionDay,
} from "../../../src/lib/contract/waste";

/** The built-in words of summaries, as German providers write them (Restabfall, Blaue Tonne, LVP ...). */
const KEYWORDS: Record<BinType, string[]> = {
  residual: ["restm", "restabfall", "rest ", "hausmüll", "graue tonne", "schwarze tonne"],
  bio: ["bio", "braune tonne"],
  paper: ["papier", "pappe", "ppk", "blaue tonne"],
  packaging: ["gelb", "wertstoff", "verpackung", "lvp"],
  bulky: ["sperr"],
};

/** The bins a summary names: the district's own words when it has them, else the built-in ones. */
export function binsOfSummary(summary: string, mapping: BinMapping | null): BinType[] {
  const text = `${summary.toLowerCase()} `;
  if (mapping) {
    const bins = new Set(
      Object.entries(mapping)
        .filter(([word]) => text.includes(word))
        .map(([, bin]) => bin),
    );
    return BIN_TYPES.filter((bin) => bins.has(bin));
  }
  return BIN_TYPES.filter((bin) => KEYWORDS[bin].some((word) => text.includes(word)));
}

export class IcsImportError extends Error {}

export type ParsedCalendar = { days: CollectionDay[]; unmapped: string[] };

/**
 * Occurrences of a series are kept from a year back to two years ahead (a series without end would
 * never stop); single events are kept as the file has them, since each import replaces the last.
 */
const PAST_DAYS = 366;
const FUTURE_DAYS = 2 * 366;
/** A series never yields more than this (a daily RRULE without end stays bounded). */
const MAX_OCCURRENCES = 10_000;

export function parseWasteCalendar(text: string, mapping: BinMapping | null, now: Date): ParsedCalendar {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new IcsImportError(
      `not an iCalendar file: ${error instanceof Error ? error.message : "parse error"}`,
    );
  }
  if (root.name !== "vcalendar") throw new IcsImportError("not an iCalendar file: no VCALENDAR");
  for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);

  const today = berlinDate(now);
  const first = addDays(today, -PAST_DAYS);
  const last = addDays(today, FUTURE_DAYS);
  const byDate = new Map<string, Set<BinType>>();
  const unmapped = new Set<string>();
  const add = (date: string, bins: BinType[]) => {
    const set = byDate.get(date) ?? new Set<BinType>();
    for (const bin of bins) set.add(bin);
    byDate.set(date, set);
  };

  const events = root.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const masters = new Map<string, ICAL.Event>();
  for (const event of events) if (!event.isRecurrenceException()) masters.set(event.uid, event);
  for (const event of events) {
    if (!event.isRecurrenceException()) continue;
    const master = masters.get(event.uid);
    // An exception without its series is a plain event of its own.
    if (master) master.relateException(event);
    else masters.set(`${event.uid}#${event.recurrenceId.toString()}`, event);
  }

  for (const event of masters.values()) {
    if (!event.startDate) continue;
    if (!event.isRecurring()) {
      const bins = binsOfSummary(event.summary ?? "", mapping);
      if (bins.length === 0) unmapped.add(event.summary ?? "");
      else add(dateOf(event.startDate), bins);
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n++, next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const date = dateOf(details.startDate);
      if (date > last) break;
      if (date < first) continue;
      const summary = details.item.summary ?? "";
      const bins = binsOfSummary(summary, mapping);
      if (bins.length === 0) unmapped.add(summary);
      else add(date, bins);
    }
  }
  if (events.length === 0) throw new IcsImportError("the file holds no events");
  const days = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, bins]) => ({ date, bins: BIN_TYPES.filter((bin) => bins.has(bin)) }));
  if (days.length === 0) throw new IcsImportError("no event of the file names a known bin");
  return { days, unmapped: [...unmapped].filter(Boolean).sort() };
}

/**
 * The Berlin calendar day of an event's start. A date is its day; a UTC time or one in another
 * zone of the file is converted (regio iT writes 05:00Z in winter and 04:00Z in summer, both 06:00
 * here); a floating time or one in Berlin is already a wall clock of Delmenhorst.
 */
function dateOf(time: ICAL.Time): string {
  const wallDate = () =>
    `${String(time.year).padStart(4, "0")}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")}`;
  if (time.isDate) return wallDate();
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone) return berlinDate(time.toJSDate());
  const tzid = zone?.tzid;
  if (!tzid || tzid === "floating" || tzid === "Europe/Berlin" || zone === ICAL.Timezone.localTimezone)
    return wallDate();
  return berlinDate(time.toUnixTime() * 1000);
}
