// A proposal for a better translation travels through the outbox: written on the device (offline
// too), sent once when there is a connection (the entry's id is the Idempotency-Key). Without an
// account the server wants a proof of work, which the outbox solves when it sends.
import type { TranslationReportWrite } from "../../lib/contract/translations";
import { appDb } from "../../lib/db";
import { enqueue, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";

export const REPORT_KIND = "translation-report";
const ENDPOINT = "/api/translations/reports";
const CHALLENGE = "/api/translations/reports/challenge";

/** Queues the proposal and tries to send it at once; its id names it on the page meanwhile. */
export async function sendReport(write: TranslationReportWrite): Promise<string> {
  const id = crypto.randomUUID();
  // Always solved: who is signed in when the outbox sends may differ from now.
  await enqueue(appDb(), {
    id,
    kind: REPORT_KIND,
    ref: id,
    method: "POST",
    url: ENDPOINT,
    body: write,
    proofOfWork: CHALLENGE,
  });
  await outboxChanged();
  return id;
}

/** The outbox entry while the proposal waits or failed; undefined once the server has it. */
export const queuedReport = (id: string) =>
  appDb()
    .outbox.where("id")
    .equals(id)
    .filter((entry) => entry.kind === REPORT_KIND)
    .first();

export async function retryReport(id: string): Promise<void> {
  await retryEntry(appDb(), id);
  await outboxChanged();
}
