import { appDb } from "../src/lib/db";
import { flushOutbox } from "../src/lib/outbox";
import { OUTBOX_SYNC_TAG } from "../src/lib/sync-messages";
import { syncAndReport } from "./sync";

type SyncEvent = ExtendableEvent & { tag: string };

/** Background Sync: the browser wakes the worker when the network is back, and it sends the outbox. */
export function registerOutboxReplay(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener("sync" as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== OUTBOX_SYNC_TAG) return;
    // A rejection makes the browser retry later.
    sync.waitUntil(
      flushOutbox(appDb(), (input, init) => fetch(input, init)).then(async (result) => {
        // What the server made of the writes (a receipt, a new status) comes with the next sync.
        if (result.sent > 0) await syncAndReport(scope);
        if (result.remaining > 0) throw new Error("outbox not empty yet");
      }),
    );
  });
}
