// Sends the outbox from the page right after a write; Background Sync retries if we are offline.
import { appDb } from "./db";
import { NetworkError } from "./http";
import { flushOutbox } from "./outbox";
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
