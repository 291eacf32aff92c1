import { syncedCollections } from "../src/app/collections";
import { appDb } from "../src/lib/db";
import { SYNC_MESSAGE, SYNC_REPORT_MESSAGE } from "../src/lib/sync-messages";
import { syncOnce } from "../src/lib/sync-runner";

/** Pages ask for a sync; the worker runs one at a time and tells every open page the outcome. */
export function registerSync(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener("message", (event) => {
    if ((event.data as { type?: unknown } | null)?.type !== SYNC_MESSAGE) return;
    const round = syncOnce(appDb(), syncedCollections, (input, init) => fetch(input, init));
    event.waitUntil(
      round.then(async (report) => {
        for (const client of await scope.clients.matchAll({ type: "window" })) {
          client.postMessage({ type: SYNC_REPORT_MESSAGE, report });
        }
      }),
    );
  });
}
