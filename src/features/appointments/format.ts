// How appointment dates and times read: always the time in Delmenhorst (Europe/Berlin), in the
// user's language, whatever the device's time zone.
import type { Appointment, AppointmentStatus, VisitType } from "../../lib/contract/appointments";
import { formatFullDay, formatTime } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";

/** "Dienstag, 1. Dezember 2026, 09:10 Uhr": a time's full name for screen readers and summaries. */
export const slotName = (date: string, instant: string) =>
  t("appointments.time.full", { day: formatFullDay(date), time: formatTime(instant) });

/** "09:10 bis 09:55 Uhr" */
export const timeRange = (appointment: Pick<Appointment, "start" | "end">) =>
  t("appointments.time.range", { start: formatTime(appointment.start), end: formatTime(appointment.end) });

/** "45 Minuten", "1 Stunde 5 Minuten" */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: "hour" | "minute") =>
    new Intl.NumberFormat(locale(), { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  if (hours === 0) return unit(rest, "minute");
  if (rest === 0) return unit(hours, "hour");
  return t("appointments.duration.hoursAndMinutes", {
    hours: unit(hours, "hour"),
    minutes: unit(rest, "minute"),
  });
}

export const visitTypeLabel = (type: VisitType) => t(`appointments.visitTypes.${type}`);

export const statusLabel = (status: AppointmentStatus) => t(`appointments.status.${status}`);
