// The hours editor's model: a week of rows (closed, or one or two time ranges per day) and the
// rule for public holidays, written as and read from an OpenStreetMap `opening_hours` rule
// (https://wiki.openstreetmap.org/wiki/Key:opening_hours). Only the simple form the rows can show
// is read back; anything richer (months, comments, "24/7") stays in the raw rule.

export const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:MM"; an end of "24:00" is midnight at the end of the day. */
export type TimeRange = { from: string; to: string };

/**
 * How public holidays (PH) go: closed, as on their weekday (no rule of their own), as on Sundays,
 * or with times of their own.
 */
export const HOLIDAY_MODES = ["closed", "weekday", "sunday", "own"] as const;
export type HolidayMode = (typeof HOLIDAY_MODES)[number];

export type WeekHours = {
  /** No range: closed that day. At most two ranges (a lunch break). */
  days: Record<Weekday, TimeRange[]>;
  holidays: { mode: HolidayMode; ranges: TimeRange[] };
};

export const MAX_RANGES = 2;

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const RANGE = /^(\d\d:\d\d)-(\d\d:\d\d)$/;

export const minutesOf = (time: string): number => {
  const match = TIME.exec(time);
  if (!match) return Number.NaN;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 24 * 60 ? Number.NaN : minutes;
};

/** Mo-Fr 09:00-18:00, Sa 09:00-14:00, holidays closed: where a new entry starts. */
export function defaultWeek(): WeekHours {
  const weekday = () => [{ from: "09:00", to: "18:00" }];
  return {
    days: {
      Mo: weekday(),
      Tu: weekday(),
      We: weekday(),
      Th: weekday(),
      Fr: weekday(),
      Sa: [{ from: "09:00", to: "14:00" }],
      Su: [],
    },
    holidays: { mode: "closed", ranges: [] },
  };
}

export type RangeProblem = "missing" | "order" | "overlap";

/**
 * What is wrong with a day's ranges (the first problem), or undefined. A range ends after it
 * starts on the same day; the second starts after the first has ended.
 */
export function rangesProblem(ranges: readonly TimeRange[]): RangeProblem | undefined {
  let lastEnd = -1;
  for (const range of ranges) {
    const from = minutesOf(range.from);
    const to = minutesOf(range.to);
    if (Number.isNaN(from) || Number.isNaN(to) || from >= 24 * 60) return "missing";
    if (to <= from) return "order";
    if (from < lastEnd) return "overlap";
    lastEnd = to;
  }
  return undefined;
}

export type WeekProblems = Partial<Record<Weekday | "PH", RangeProblem>>;

export function weekProblems(week: WeekHours): WeekProblems {
  const problems: WeekProblems = {};
  for (const day of WEEKDAYS) {
    const problem = rangesProblem(week.days[day]);
    if (problem) problems[day] = problem;
  }
  if (week.holidays.mode === "own") {
    const problem = week.holidays.ranges.length === 0 ? "missing" : rangesProblem(week.holidays.ranges);
    if (problem) problems.PH = problem;
  }
  return problems;
}

const rangesText = (ranges: readonly TimeRange[]) => ranges.map((r) => `${r.from}-${r.to}`).join(",");

/** "Mo-We,Fr": runs of three or more days as a range, shorter ones listed. */
function daysText(days: readonly Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < indexes.length;) {
    let end = i;
    while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end++;
    const first = WEEKDAYS[indexes[i]!]!;
    const last = WEEKDAYS[indexes[end]!]!;
    if (end - i >= 2) parts.push(`${first}-${last}`);
    else for (let k = i; k <= end; k++) parts.push(WEEKDAYS[indexes[k]!]!);
    i = end + 1;
  }
  return parts.join(",");
}

/**
 * The rule for the rows: days with the same times together ("Mo-Fr 09:00-18:00; Sa 09:00-14:00"),
 * closed days left out (closed is the default), the holidays' rule last so it wins
 * ("PH off"). A week without any opening is "off".
 */
export function formatWeek(week: WeekHours): string {
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const ranges = week.days[day];
    if (ranges.length === 0) continue;
    const key = rangesText(ranges);
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const rules = [...groups].map(([times, days]) => `${daysText(days)} ${times}`);
  const holidays = holidayRanges(week);
  if (holidays !== null) rules.push(holidays.length === 0 ? "PH off" : `PH ${rangesText(holidays)}`);
  return rules.length === 0 ? "off" : rules.join("; ");
}

/** The holidays' own ranges (empty: closed), or null when they follow their weekday. */
function holidayRanges(week: WeekHours): TimeRange[] | null {
  switch (week.holidays.mode) {
    case "weekday":
      return null;
    case "closed":
      return [];
    case "sunday":
      return week.days.Su;
    case "own":
      return week.holidays.ranges;
  }
}

const dayIndex = (text: string | undefined) => WEEKDAYS.findIndex((day) => day === text);

function parseSelector(text: string): (Weekday | "PH")[] | null {
  const selected: (Weekday | "PH")[] = [];
  for (const part of text.split(",")) {
    if (part === "PH") {
      selected.push("PH");
      continue;
    }
    const [first, last, extra] = part.split("-");
    const start = dayIndex(first);
    if (start < 0 || extra !== undefined) return null;
    if (last === undefined) {
      selected.push(WEEKDAYS[start]!);
      continue;
    }
    const end = dayIndex(last);
    if (end < 0) return null;
    // A range may wrap over the week's end: "Fr-Mo".
    for (let i = start; ; i = (i + 1) % 7) {
      selected.push(WEEKDAYS[i]!);
      if (i === end) break;
    }
  }
  return selected;
}

function parseTimes(text: string): TimeRange[] | null {
  if (text === "off" || text === "closed") return [];
  const ranges: TimeRange[] = [];
  for (const part of text.split(",")) {
    const match = RANGE.exec(part.trim());
    if (!match) return null;
    ranges.push({ from: match[1]!, to: match[2]! });
  }
  if (ranges.length > MAX_RANGES || rangesProblem(ranges)) return null;
  return ranges;
}

const sameRanges = (a: readonly TimeRange[], b: readonly TimeRange[]) => rangesText(a) === rangesText(b);

/**
 * The rows of a simple rule ("Mo-Fr 09:00-18:00; Sa 09:00-14:00; PH off"), or null when the rule
 * says more than the rows can show. Later rules replace earlier ones for their days, as in
 * opening_hours ("Mo-Fr 08:00-16:00; Th 08:00-18:00": Thursday until six).
 */
export function parseWeek(rule: string): WeekHours | null {
  const text = rule.trim().replace(/;\s*$/, "");
  const week: WeekHours = {
    days: { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] },
    holidays: { mode: "weekday", ranges: [] },
  };
  if (text === "off" || text === "closed") return week;
  if (text === "") return null;
  let holidays: TimeRange[] | null = null;
  for (const part of text.split(";")) {
    const match = /^([A-Za-z,-]+)\s+(.+)$/.exec(part.trim());
    if (!match) return null;
    const selector = parseSelector(match[1]!);
    const times = parseTimes(match[2]!.trim());
    if (!selector || !times) return null;
    for (const item of selector) {
      if (item === "PH") holidays = times;
      else week.days[item] = times.map((range) => ({ ...range }));
    }
  }
  if (holidays !== null) {
    if (holidays.length === 0) week.holidays = { mode: "closed", ranges: [] };
    else if (sameRanges(holidays, week.days.Su)) week.holidays = { mode: "sunday", ranges: [] };
    else week.holidays = { mode: "own", ranges: holidays };
  }
  return week;
}
