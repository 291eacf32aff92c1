// Chat hours: OpenStreetMap opening_hours with Lower Saxony's public holidays as PH, evaluated on
// Berlin's calendar by the same code the appointment slots use. Pure: tests give the instant.
import type { ChatHoursStatus } from "../../../src/lib/contract/chat";
import { addDays, berlinDate } from "../../../src/lib/contract/berlin-time";
import { openingPeriods, type Period } from "../appointments/slots";

/** How far ahead the next chat period is looked for. */
const LOOKAHEAD_DAYS = 28;
export const DEFAULT_CHAT_HOURS = "Mo-Fr 08:00-16:00; PH off";

/** The periods from the day before `now` on, with periods that touch (over midnight) joined. */
function periodsAround(rule: string, now: number): Period[] {
  const today = berlinDate(now);
  const joined: Period[] = [];
  for (let day = -1; day <= LOOKAHEAD_DAYS; day++) {
    for (const period of openingPeriods(rule, addDays(today, day))) {
      const last = joined.at(-1);
      if (last && period.start <= last.end) last.end = Math.max(last.end, period.end);
      else joined.push({ ...period });
    }
  }
  return joined;
}

export function chatHoursStatus(rule: string, now: number): ChatHoursStatus {
  const periods = periodsAround(rule, now);
  const current = periods.find((p) => p.start <= now && now < p.end);
  const next = periods.find((p) => p.start > now);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    open: current !== undefined,
    ...(current ? { closesAt: iso(current.end) } : {}),
    ...(next ? { nextOpensAt: iso(next.start) } : {}),
  };
}
