import { syncedCollections } from "../src/lib/synced-collections";
import { appDb } from "../src/lib/db";
import { SYNC_MESSAGE, SYNC_REPORT_MESSAGE } from "../src/lib/sync-messages";
import { syncOnce } from "../src/lib/sync-runner";

/** One sync round; every open page hears how it went. */
export async function syncAndReport(scope: ServiceWorkerGlobalScope): Promise<void> {
  const report = await syncOnce(appDb(), syncedCollections, (input, init) => fetch(input, init));
  for (const client of await scope.clients.matchAll({ type: "window" })) {
    client.postMessage({ type: SYNC_REPORT_MESSAGE, report });
  }
}

/** Pages ask for a sync; the worker runs one at a time and tells every open page the outcome. */
export function registerSync(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener("message", (event) => {
    if ((event.data as { type?: unknown } | null)?.type !== SYNC_MESSAGE) return;
    event.waitUntil(syncAndReport(scope));
  });
}
