// The appointment calendar's console requests: an office's day, check-in, no-shows and closures.
import {
  type ClosureRequest,
  closureResultSchema,
  type DayView,
  dayViewSchema,
  staffAppointmentSchema,
} from "../../../lib/contract/appointments";
import { z } from "../../../lib/contract/zod";
import { query, read, write } from "../../../lib/console-api";
import { send } from "../../../lib/http";

const appointmentResult = z.object({ appointment: staffAppointmentSchema });

export const fetchDayView = (office: string, date: string): Promise<DayView> =>
  read(`/api/staff/appointments?${query({ office, date })}`, dayViewSchema);

/** `reference` as the scanner typed it; the server reads it case-insensitively. */
export const checkIn = async (reference: string) =>
  (await write("POST", "/api/staff/appointments/check-in", { reference }, appointmentResult)).appointment;

export const markNoShow = async (id: string) =>
  (await write("POST", `/api/staff/appointments/${encodeURIComponent(id)}/no-show`, {}, appointmentResult))
    .appointment;

export const createClosure = (body: ClosureRequest) =>
  write("POST", "/api/staff/appointments/closures", body, closureResultSchema);

/** With an empty JSON body: the server refuses a body-less DELETE as of unknown media type (415). */
export async function deleteClosure(id: string): Promise<void> {
  await send(fetch, `/api/staff/appointments/closures/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: "{}",
    cache: "no-store",
  });
}
