// What an appointment's status means for what can still be done with it.
import { ACTIVE_STATUSES, type Appointment } from "../../lib/contract/appointments";

/** Held or confirmed, and not over yet: it can be moved, cancelled, added to a calendar. */
export function isUpcoming(appointment: Pick<Appointment, "status" | "end">, now = Date.now()): boolean {
  return (
    (ACTIVE_STATUSES as readonly string[]).includes(appointment.status) && Date.parse(appointment.end) > now
  );
}

/** Upcoming ones soonest first; the rest (over, cancelled, lapsed) newest first. */
export function partitionAppointments<
  T extends { appointment: Pick<Appointment, "status" | "start" | "end"> },
>(entries: T[], now = Date.now()): { upcoming: T[]; past: T[] } {
  const byStart = (a: T, b: T) => Date.parse(a.appointment.start) - Date.parse(b.appointment.start);
  const upcoming = entries.filter((e) => isUpcoming(e.appointment, now)).sort(byStart);
  const past = entries.filter((e) => !isUpcoming(e.appointment, now)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}
