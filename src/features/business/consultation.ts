// Consultation requests travel through the outbox: written on the device, sent when there is a
// connection, exactly once (the entry's id is the Idempotency-Key). The outbox keeps no answers,
// so the page asks the server for the receipt stored under that key to show the reference.
// Without an account the server wants a proof of work; the outbox solves it when it sends, as a
// request written offline may wait longer than a challenge lives.
import { getJson } from "../../lib/api";
import { consultationReceiptSchema, type ConsultationWrite } from "../../lib/contract/business";
import type { z } from "../../lib/contract/zod";
import { appDb } from "../../lib/db";
import { discardEntry, enqueue, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";

const KIND = "consultation";
const ENDPOINT = "/api/business/consultations";
const CHALLENGE = "/api/business/consultations/challenge";

/** Queues the request and tries to send it at once; the id names it until the reference is known. */
export async function sendConsultation(write: ConsultationWrite): Promise<string> {
  const id = crypto.randomUUID();
  // Always solved: who is signed in when the outbox sends may differ from now (a second's work).
  await enqueue(appDb(), {
    id,
    kind: KIND,
    ref: id,
    method: "POST",
    url: ENDPOINT,
    body: write,
    proofOfWork: CHALLENGE,
  });
  await outboxChanged();
  return id;
}

/** The outbox entry while the request waits or failed; undefined once the server has it. */
export const queuedConsultation = (id: string) =>
  appDb()
    .outbox.where("id")
    .equals(id)
    .filter((entry) => entry.kind === KIND)
    .first();

export async function retryConsultation(id: string): Promise<void> {
  await retryEntry(appDb(), id);
  await outboxChanged();
}

/** Takes a refused request out of the queue; its body goes back into the form. */
export async function withdrawConsultation(id: string): Promise<unknown> {
  const entry = await queuedConsultation(id);
  await discardEntry(appDb(), id);
  return entry?.body;
}

export type ConsultationReceipt = z.infer<typeof consultationReceiptSchema>;

export const fetchReceipt = (id: string): Promise<ConsultationReceipt> =>
  getJson(`${ENDPOINT}/receipts/${encodeURIComponent(id)}`, consultationReceiptSchema);
