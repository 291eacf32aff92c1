// The page's view of synchronisation. The service worker does the work (sw/sync.ts), so the start
// page loads neither Dexie nor the schemas; without a worker the page syncs itself, loaded lazily.
import { createSignal } from "solid-js";
import { SYNC_MESSAGE, SYNC_REPORT_MESSAGE } from "./sync-messages";
import type { SyncReport } from "./sync-runner";

const PERIOD_MS = 5 * 60_000;
const NO_WORKER_GRACE_MS = 8_000;
const STORAGE_KEY = "delmenhorst.syncedAt";

const [connection, setConnection] = createSignal<"online" | "offline">(
  navigator.onLine ? "online" : "offline",
);
const [syncing, setSyncing] = createSignal(false);
const [syncedAt, setSyncedAt] = createSignal<string | null>(localStorage.getItem(STORAGE_KEY));
export { connection, syncedAt, syncing };

/** After a failed round while the browser claims to be online: try again, waiting longer each time. */
const RETRY_DELAYS_MS = [3_000, 10_000, 30_000, 60_000];
let retries = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

type PageSync = { syncInPage: () => Promise<SyncReport> };
/** Loads the in-page sync; the shell hands it in, since it knows every feature's collections. */
let loadPageSync: (() => Promise<PageSync>) | undefined;
export function providePageSync(load: () => Promise<PageSync>): void {
  loadPageSync = load;
}

export function applyReport(report: SyncReport): void {
  setSyncing(false);
  clearTimeout(retryTimer);
  if ((report.offline || report.failed) && navigator.onLine) {
    const delay = RETRY_DELAYS_MS[Math.min(retries++, RETRY_DELAYS_MS.length - 1)];
    retryTimer = setTimeout(() => void requestSync(), delay);
  } else retries = 0;
  setConnection(report.offline || !navigator.onLine ? "offline" : "online");
  if (report.syncedAt) {
    setSyncedAt(report.syncedAt);
    localStorage.setItem(STORAGE_KEY, report.syncedAt);
  }
}

function isReport(data: unknown): data is { type: string; report: SyncReport } {
  return (
    typeof data === "object" && data !== null && (data as { type?: unknown }).type === SYNC_REPORT_MESSAGE
  );
}

/** Asks for a sync now: by the service worker when one controls the page, otherwise here. */
export async function requestSync(): Promise<void> {
  setSyncing(true);
  const controller = navigator.serviceWorker?.controller;
  if (controller) {
    controller.postMessage({ type: SYNC_MESSAGE });
    // A worker replaced mid-round never answers; do not show "updating" forever.
    setTimeout(() => setSyncing(false), 60_000);
    return;
  }
  if (!loadPageSync) throw new Error("providePageSync was not called");
  const { syncInPage } = await loadPageSync();
  applyReport(await syncInPage());
}

export function startSyncSchedule(): void {
  navigator.serviceWorker?.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (isReport(event.data)) applyReport(event.data.report);
  });
  window.addEventListener("online", () => {
    setConnection("online");
    void requestSync();
  });
  window.addEventListener("offline", () => setConnection("offline"));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void requestSync();
  });
  setInterval(() => {
    if (document.visibilityState === "visible") void requestSync();
  }, PERIOD_MS);

  if (navigator.serviceWorker?.controller || !("serviceWorker" in navigator)) {
    void requestSync();
    return;
  }
  // First visit: the worker is installing and takes control when ready; then it syncs.
  navigator.serviceWorker.addEventListener("controllerchange", () => void requestSync(), { once: true });
  setTimeout(() => {
    if (!navigator.serviceWorker.controller) void requestSync();
  }, NO_WORKER_GRACE_MS);
}
