// The appointments API (server/features/appointments/). Every answer is parsed with the contract's
// schemas. Bookings are never queued in the outbox: a slot is only worth something while it is free.
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
import { send } from "../../lib/http";

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

const get = (url: string) => send(fetch, url, { headers: { Accept: "application/json" }, cache: "no-store" });

async function post(url: string, body: unknown): Promise<Appointment> {
  const response = await send(fetch, url, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  return bookingResultSchema.parse(await response.json()).appointment;
}

export type SlotQuery = { officeId: string; services: ServiceLine[]; from: string; days: number };

export async function fetchSlots(query: SlotQuery): Promise<SlotsResponse> {
  const params = new URLSearchParams({
    office: query.officeId,
    services: formatServiceList(query.services),
    from: query.from,
    days: String(query.days),
  });
  return slotsResponseSchema.parse(await (await get(`/api/appointments/slots?${params}`)).json());
}

export async function fetchChallenge(): Promise<AltchaChallenge> {
  return altchaChallengeSchema.parse(await (await get("/api/appointments/challenge")).json());
}

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
