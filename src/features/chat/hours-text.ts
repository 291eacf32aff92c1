// The chat hours as a resident reads them: "Chat geöffnet bis 16:00", "Nächste Chatzeit: Montag 08:00".
import type { ChatHoursStatus } from "../../lib/contract/chat";
import { formatDay, formatTime, formatWeekday } from "../../lib/date-format";
import { t } from "../../lib/i18n";

const WEEK_MS = 6 * 24 * 3600_000;

/** Within the coming days the weekday says enough; later the date does. */
function dayOf(at: string, now: Date): string {
  return new Date(at).getTime() - now.getTime() < WEEK_MS ? formatWeekday(at) : formatDay(at);
}

export function hoursText(hours: ChatHoursStatus, now = new Date()): string {
  if (hours.open && hours.closesAt) return t("chat.hours.openUntil", { time: formatTime(hours.closesAt) });
  if (hours.open) return t("chat.hours.open");
  if (hours.nextOpensAt)
    return t("chat.hours.next", { day: dayOf(hours.nextOpensAt, now), time: formatTime(hours.nextOpensAt) });
  return t("chat.hours.none");
}
