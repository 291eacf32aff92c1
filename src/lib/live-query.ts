// Solid accessors over Dexie's liveQuery: pages re-render when IndexedDB changes (after a sync),
// and read the same way online and offline.
import Dexie, { liveQuery, RangeSet } from "dexie";
import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";
import { DATA_CHANGED_MESSAGE, SYNC_REPORT_MESSAGE } from "./sync-messages";

// Writes made by the service worker (sync, outbox, push) do not always reach the page's live
// queries through Dexie's BroadcastChannel; the worker's message after each write re-runs them all,
// the same way Dexie does when a page comes back from the back/forward cache.
const WORKER_WROTE = new Set<unknown>([SYNC_REPORT_MESSAGE, DATA_CHANGED_MESSAGE]);
navigator.serviceWorker?.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (!WORKER_WROTE.has((event.data as { type?: unknown } | null)?.type)) return;
  Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
});

export type LiveQuery<T> = { data: Accessor<T | undefined>; ready: Accessor<boolean> };

/**
 * `source` runs in Solid's tracking scope (read signals and route params there) and returns the
 * query that Dexie runs and re-runs on changes.
 */
export function createLiveQuery<T>(source: () => () => T | Promise<T>): LiveQuery<T> {
  const [data, setData] = createSignal<T>();
  const [ready, setReady] = createSignal(false);
  createEffect(() => {
    const query = source();
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        setData(() => value);
        setReady(true);
      },
      error: (error: unknown) => console.error("live query failed", error),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return { data, ready };
}
