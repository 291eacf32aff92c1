// The rules of the day view that need no screen: order of the list, the day's tally, what a clerk
// may do with an appointment, and reading a reference however a scanner or a person typed it.
import {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  type Closure,
  type DayView,
  REFERENCE_PATTERN,
  type StaffAppointment,
} from "../../../lib/contract/appointments";
import { berlinDate } from "./berlin-day";

type Timed = Pick<StaffAppointment, "start" | "counter" | "reference">;

/** By start, then counter, then reference: the order the day is worked through. */
export function byTime(a: Timed, b: Timed): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    a.counter - b.counter ||
    a.reference.localeCompare(b.reference)
  );
}

export const sortedByTime = <T extends Timed>(appointments: readonly T[]): T[] =>
  [...appointments].sort(byTime);

export const closuresInOrder = (closures: readonly Closure[]): Closure[] =>
  [...closures].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));

/** How many appointments of the day are in each status, in the statuses' own order; none left out silently. */
export function statusTally(
  appointments: readonly Pick<StaffAppointment, "status">[],
): { status: AppointmentStatus; count: number }[] {
  return APPOINTMENT_STATUSES.map((status) => ({
    status,
    count: appointments.filter((a) => a.status === status).length,
  })).filter((entry) => entry.count > 0);
}

export type AppointmentAction = "check-in" | "no-show";

/**
 * A confirmed appointment can be checked in on its own day (the server refuses other days), and
 * marked as missed once its start has passed. Someone marked as missed who comes late after all
 * can still be checked in that day. Every other status is final or not yet confirmed.
 */
export function actionsFor(
  appointment: Pick<StaffAppointment, "status" | "start">,
  now: number,
): AppointmentAction[] {
  const today = berlinDate(appointment.start) === berlinDate(now);
  switch (appointment.status) {
    case "confirmed": {
      const actions: AppointmentAction[] = today ? ["check-in"] : [];
      return Date.parse(appointment.start) <= now ? [...actions, "no-show"] : actions;
    }
    case "no-show":
      return today ? ["check-in"] : [];
    default:
      return [];
  }
}

// The characters a reference uses (no 0/O, 1/I/L), as in REFERENCE_PATTERN.
const CHARACTER = "[2-9A-HJ-KM-NP-Z]";
const SPELLED = new RegExp(`T-${CHARACTER}{4}-${CHARACTER}{4}`);
const COMPACT = new RegExp(`^T?-?(${CHARACTER}{4})-?(${CHARACTER}{4})$`);

/**
 * "t-abcd-efgh", " T ABCD EFGH ", "TABCDEFGH", "ABCD-EFGH" or a longer scanned text that contains
 * the reference -> "T-ABCD-EFGH". Anything else comes back trimmed and upper-cased for the schema
 * to refuse.
 */
export function normalizeReference(input: string): string {
  const upper = input.trim().toUpperCase();
  const spelled = SPELLED.exec(upper)?.[0];
  if (spelled) return spelled;
  const compact = COMPACT.exec(upper.replace(/\s+/g, ""));
  if (compact) return `T-${compact[1]}-${compact[2]}`;
  return upper;
}

export const isReference = (value: string) => REFERENCE_PATTERN.test(value);

/** The day with the server's answer to a check-in or no-show; an appointment of another day changes nothing. */
export function withAppointment(view: DayView, updated: StaffAppointment): DayView {
  if (!view.appointments.some((a) => a.id === updated.id)) return view;
  return { ...view, appointments: view.appointments.map((a) => (a.id === updated.id ? updated : a)) };
}

export const withoutClosure = (view: DayView, id: string): DayView => ({
  ...view,
  closures: view.closures.filter((c) => c.id !== id),
});
