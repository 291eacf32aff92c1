// An agent proposes an appointment: a message in the conversation with the link to the booking of
// that service (the booking page's ?dienst=), which both sides show as a card. Only a service the
// guide says is booked online at one of its offices can be proposed.
import { bookingPath } from "../../../src/lib/contract/chat-office";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { findOffice, findServices } from "../appointments/guide-data";
import type { Hub } from "./hub";
import { type Author, sendMessage } from "./messages";

export async function isBookableOnline(db: Db, serviceId: string): Promise<boolean> {
  const service = (await findServices(db, [serviceId])).get(serviceId);
  if (!service || service.appointment === "no") return false;
  for (const officeId of service.officeIds) {
    if ((await findOffice(db, officeId))?.booking) return true;
  }
  return false;
}

export async function proposeAppointment(
  deps: { db: Db; hub: Hub; appOrigin: string },
  conversationId: string,
  agent: Author,
  request: { clientId: string; serviceId: string },
  now: number,
) {
  if (!(await isBookableOnline(deps.db, request.serviceId))) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "serviceId", message: "This service is not booked online" },
    ]);
  }
  const text = `${deps.appOrigin}${bookingPath(request.serviceId)}`;
  return sendMessage(deps.db, deps.hub, conversationId, agent, { clientId: request.clientId, text }, now);
}
