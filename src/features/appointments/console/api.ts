// The appointment calendar's console requests: an office's day, check-in, no-shows and closures.
import { getJson, query, sendJson } from "../../../lib/api";
import {
  type ClosureRequest,
  closureResultSchema,
  type DayView,
  dayViewSchema,
  staffAppointmentResultSchema,
} from "../../../lib/contract/appointments";

export const fetchDayView = (office: string, date: string): Promise<DayView> =>
  getJson(`/api/staff/appointments?${query({ office, date })}`, dayViewSchema);

/** `reference` as the scanner typed it; the server reads it case-insensitively. */
export const checkIn = async (reference: string) =>
  (await sendJson("POST", "/api/staff/appointments/check-in", { reference }, staffAppointmentResultSchema))
    .appointment;

export const markNoShow = async (id: string) =>
  (
    await sendJson(
      "POST",
      `/api/staff/appointments/${encodeURIComponent(id)}/no-show`,
      {},
      staffAppointmentResultSchema,
    )
  ).appointment;

export const createClosure = (body: ClosureRequest) =>
  sendJson("POST", "/api/staff/appointments/closures", body, closureResultSchema);

/** 204 No Content; with an empty JSON body, as jsonRequired() refuses a body-less DELETE (415). */
export const deleteClosure = (id: string): Promise<void> =>
  sendJson("DELETE", `/api/staff/appointments/closures/${encodeURIComponent(id)}`, {});
