// "geöffnet · schließt 19:00", "geschlossen · öffnet Mo., 09:00": an entry's opening state in words.
// The evaluator (src/features/offices/opening-state.ts) answers in Delmenhorst's wall-clock time as
// local dates; they are formatted without a time zone, and compared with Berlin's calendar days.
import { addDays, berlinDate } from "../../lib/contract/berlin-time";
import { wallClock } from "../../lib/date-format";
import type { DaySchedule, OpeningState } from "../offices/opening-state";
import type { TextFormat } from "./labels";

export type OpeningText = { kind: OpeningState["kind"]; label: string; detail: string | null };

const pad = (n: number) => String(n).padStart(2, "0");
/** The calendar day of a wall-clock date ("YYYY-MM-DD"). */
const wallDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const formatTime = (d: Date, locale: string) => wallClock.time(d, locale);

type Relative = "today" | "tomorrow" | "later";

/** Which of Berlin's days a wall-clock date falls on, seen from now. */
function relativeDay(at: Date, now: Date): Relative {
  const today = berlinDate(now);
  const day = wallDay(at);
  if (day === today) return "today";
  if (day === addDays(today, 1)) return "tomorrow";
  return "later";
}

export function describeOpening(state: OpeningState | undefined, now: Date, format: TextFormat): OpeningText {
  const { t, locale } = format;
  if (!state || state.kind === "unknown")
    return { kind: "unknown", label: t("shops.opening.unknown"), detail: null };
  if (state.kind === "open") {
    const label = t("shops.opening.open");
    // No next change within the library's reach: open day and night ("24/7").
    if (!state.closesAt) return { kind: "open", label, detail: t("shops.opening.always") };
    // Closing after midnight reads "schließt 02:00": nobody takes that for the night after.
    const detail =
      relativeDay(state.closesAt, now) === "later"
        ? t("shops.opening.closesAt", { time: wallClock.weekdayTime(state.closesAt, locale) })
        : t("shops.opening.closesAt", { time: formatTime(state.closesAt, locale) });
    return { kind: "open", label, detail };
  }
  const label = t("shops.opening.closed");
  if (!state.opensAt) return { kind: "closed", label, detail: null };
  const relative = relativeDay(state.opensAt, now);
  const time = formatTime(state.opensAt, locale);
  // Later than tomorrow: "öffnet Mo., 09:00", written as the offices' opening state writes it.
  const detail =
    relative === "today"
      ? t("shops.opening.opensAt", { time })
      : relative === "tomorrow"
        ? t("shops.opening.opensTomorrow", { time })
        : t("shops.opening.opensAt", { time: wallClock.weekdayTime(state.opensAt, locale) });
  return { kind: "closed", label, detail };
}

/** One row of the week's table: "09:00 – 19:00 Uhr", two intervals, "rund um die Uhr" or "geschlossen". */
export function describeDay(day: DaySchedule, format: TextFormat): string {
  const { t, locale } = format;
  if (day.intervals.length === 0) return t("shops.opening.closedAllDay");
  const next = new Date(day.day.getFullYear(), day.day.getMonth(), day.day.getDate() + 1);
  const whole = day.intervals.some(
    (i) => i.from.getTime() <= day.day.getTime() && i.to.getTime() >= next.getTime(),
  );
  if (whole) return t("shops.opening.allDay");
  return day.intervals
    .map((i) =>
      // An interval that ends at midnight ends at "24:00", not at the start of the day.
      t("shops.opening.interval", {
        from: formatTime(i.from, locale),
        to: i.to.getTime() >= next.getTime() ? "24:00" : formatTime(i.to, locale),
      }),
    )
    .join(", ");
}
