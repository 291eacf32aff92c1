// "Zum Kalender hinzufügen": the appointment's iCalendar text (from the server, kept on the device)
// handed to the browser as a file, so it works offline too.
import type { Appointment } from "../../lib/contract/appointments";

export const calendarFileName = (reference: string): string =>
  `termin-${reference.replace(/[^A-Za-z0-9-]/g, "")}.ics`;

// Long enough for the browser to start the download.
const REVOKE_AFTER_MS = 60_000;

export function downloadCalendar(appointment: Pick<Appointment, "calendar" | "reference">): void {
  const url = URL.createObjectURL(new Blob([appointment.calendar], { type: "text/calendar" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = calendarFileName(appointment.reference);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
