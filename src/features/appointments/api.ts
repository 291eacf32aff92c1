// The appointments API (server/features/appointments/). Every answer is parsed with the contract's
// schemas. Bookings are never queued in the outbox: a slot is only worth something while it is free.
import { getJson, query, sendJson } from "../../lib/api";
import {
  type AltchaChallenge,
  altchaChallengeSchema,
  type Appointment,
  type BookingRequest,
  bookingResultSchema,
  formatServiceList,
  type ServiceLine,
  type SlotsResponse,
  slotsResponseSchema,
} from "../../lib/contract/appointments";

const post = async (url: string, body: unknown): Promise<Appointment> =>
  (await sendJson("POST", url, body, bookingResultSchema)).appointment;

export type SlotQuery = { officeId: string; services: ServiceLine[]; from: string; days: number };

export function fetchSlots(slots: SlotQuery): Promise<SlotsResponse> {
  const params = query({
    office: slots.officeId,
    services: formatServiceList(slots.services),
    from: slots.from,
    days: slots.days,
  });
  return getJson(`/api/appointments/slots?${params}`, slotsResponseSchema);
}

export const fetchChallenge = (): Promise<AltchaChallenge> =>
  getJson("/api/appointments/challenge", altchaChallengeSchema);

/** Signed in: confirmed at once. Without an account: held until the mailed link is opened. */
export const book = (request: BookingRequest) => post("/api/appointments", request);

/** Confirms a held appointment; any other status comes back as it is (also cancelled). */
export const confirmByToken = (token: string) => post("/api/appointments/confirm", { token });

export const cancelByToken = (token: string) => post("/api/appointments/cancel", { token });

export const moveByToken = (token: string, start: string) => post("/api/appointments/move", { token, start });

const ownPath = (id: string, action: "cancel" | "move") =>
  `/api/appointments/${encodeURIComponent(id)}/${action}`;

/** The signed-in owner's own appointment, by its id. */
export const cancelOwn = (id: string) => post(ownPath(id, "cancel"), {});

export const moveOwn = (id: string, start: string) => post(ownPath(id, "move"), { start });
