// Sync in the page, for browsers without a controlling service worker, and outbox sends right
// after a write. Loaded lazily: it brings Dexie and the schemas.
import { syncedCollections } from "../app/collections";
import { appDb } from "./db";
import { NetworkError } from "./http";
import { flushOutbox } from "./outbox";
import { applyReport } from "./sync-status";
import { requestBackgroundSync } from "./sw-bridge";
import { runSync, type SyncReport } from "./sync-runner";

let running: Promise<SyncReport> | undefined;

export function syncInPage(): Promise<SyncReport> {
  running ??= runSync(appDb(), syncedCollections, fetch).finally(() => (running = undefined));
  return running;
}

/** After a write went into the outbox: send it now; Background Sync retries if we are offline. */
export async function outboxChanged(): Promise<void> {
  await requestBackgroundSync();
  try {
    await flushOutbox(appDb(), fetch);
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    applyReport({ offline: true, syncedAt: null, failed: false });
  }
}
