// Sends the outbox from the page right after a write; Background Sync retries if we are offline.
import { appDb } from "./db";
import { NetworkError } from "./http";
import { language } from "./i18n";
import { enqueue, flushOutbox, retryEntry } from "./outbox";
import { requestBackgroundSync } from "./sw-bridge";
import { applyReport, requestSync } from "./sync-status";

// The page that wrote an entry also sends it when the network comes back (the service worker and
// Background Sync do the same; the Web Lock in flushOutbox keeps them from sending twice).
window.addEventListener("online", () => void outboxChanged());

export async function outboxChanged(): Promise<void> {
  await requestBackgroundSync();
  try {
    const result = await flushOutbox(appDb(), fetch);
    // What the server made of the writes (a receipt, a new status) comes with the next sync.
    if (result.sent > 0) await requestSync();
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    applyReport({ offline: true, syncedAt: null, failed: false });
  }
}

/** Where a public write goes: no account needed, so the server wants a proof of work for it. */
export type PublicWrite = { kind: string; url: string; challenge: string };

/**
 * Queues a public write (a consultation request, feedback on a barrier) and tries to send it at
 * once; its id names it on the page meanwhile and is the Idempotency-Key. The proof of work is
 * always solved, when the outbox sends: who is signed in then may differ from now, and a write made
 * offline may wait longer than a challenge lives.
 */
export async function enqueuePublicWrite(target: PublicWrite, body: unknown): Promise<string> {
  const id = crypto.randomUUID();
  await enqueue(appDb(), {
    id,
    kind: target.kind,
    ref: id,
    method: "POST",
    url: target.url,
    body,
    proofOfWork: target.challenge,
    language: language(),
  });
  await outboxChanged();
  return id;
}

/** The outbox entry of a public write while it waits or failed; undefined once the server has it. */
export const queuedPublicWrite = (target: PublicWrite, id: string) =>
  appDb()
    .outbox.where("id")
    .equals(id)
    .filter((entry) => entry.kind === target.kind)
    .first();

/** "Erneut versuchen": the entry goes back into the queue with the same id and is sent at once. */
export async function sendAgain(id: string): Promise<void> {
  await retryEntry(appDb(), id);
  await outboxChanged();
}
