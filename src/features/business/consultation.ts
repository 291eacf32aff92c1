// Consultation requests travel through the outbox as public writes (src/lib/outbox-sender.ts):
// written on the device, sent when there is a connection, exactly once, without an account with a
// proof of work. The outbox keeps no answers, so the page asks the server for the receipt stored
// under the entry's id (its Idempotency-Key) to show the reference.
import { getJson } from "../../lib/api";
import { consultationReceiptSchema, type ConsultationWrite } from "../../lib/contract/business";
import type { z } from "../../lib/contract/zod";
import { appDb } from "../../lib/db";
import { discardEntry } from "../../lib/outbox";
import { enqueuePublicWrite, type PublicWrite, queuedPublicWrite, sendAgain } from "../../lib/outbox-sender";

const CONSULTATION: PublicWrite = {
  kind: "consultation",
  url: "/api/business/consultations",
  challenge: "/api/business/consultations/challenge",
};

/** Queues the request and tries to send it at once; the id names it until the reference is known. */
export const sendConsultation = (write: ConsultationWrite) => enqueuePublicWrite(CONSULTATION, write);

/** The outbox entry while the request waits or failed; undefined once the server has it. */
export const queuedConsultation = (id: string) => queuedPublicWrite(CONSULTATION, id);

export const retryConsultation = sendAgain;

/** Takes a refused request out of the queue; its body goes back into the form. */
export async function withdrawConsultation(id: string): Promise<unknown> {
  const entry = await queuedConsultation(id);
  await discardEntry(appDb(), id);
  return entry?.body;
}

export type ConsultationReceipt = z.infer<typeof consultationReceiptSchema>;

export const fetchReceipt = (id: string): Promise<ConsultationReceipt> =>
  getJson(`${CONSULTATION.url}/receipts/${encodeURIComponent(id)}`, consultationReceiptSchema);
