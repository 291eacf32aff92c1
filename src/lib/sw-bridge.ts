// The page's side of the service worker: registration and the update prompt. A new version waits
// until the user taps "reload"; the app never reloads by itself while someone is typing. Written on the
// browser's own API (workbox-window did the same in 2 KB gzip of the start page): a worker that finished
// installing while another controls the page is an update; it takes over on SKIP_WAITING (sw/sw.ts).
import { createSignal } from "solid-js";
import { OUTBOX_SYNC_TAG } from "./sync-messages";

const [updateAvailable, setUpdateAvailable] = createSignal(false);
export { updateAvailable };

let registration: ServiceWorkerRegistration | undefined;
let reloadRequested = false;
const UPDATE_CHECK_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container || import.meta.env.DEV) return;
  // The first install takes control too (clientsClaim), which is no update to offer.
  const wasControlled = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    if (!wasControlled) return;
    if (reloadRequested) window.location.reload();
    else setUpdateAvailable(true);
  });
  container
    .register("/sw.js")
    .then((found) => {
      registration = found;
      offerWhenWaiting(found);
      found.addEventListener("updatefound", () => {
        const worker = found.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") offerWhenWaiting(found);
        });
      });
      setInterval(() => void found.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    .catch(() => undefined);
}

/** A worker waits only when another controls the page; the first install activates at once. */
function offerWhenWaiting(found: ServiceWorkerRegistration): void {
  if (found.waiting && navigator.serviceWorker.controller) setUpdateAvailable(true);
}

export function applyUpdate(): void {
  reloadRequested = true;
  const waiting = registration?.waiting;
  if (!waiting) return window.location.reload();
  waiting.postMessage({ type: "SKIP_WAITING" });
  // Nothing took over (the update came from another tab): just reload.
  setTimeout(() => window.location.reload(), 3000);
}

/** Asks the browser to replay the outbox even if the app is closed (Background Sync). */
export async function requestBackgroundSync(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
  await sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}

/** The way out for people helping on a public terminal: forget everything on this device. */
export async function resetDevice(databaseNames: string[]): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
  for (const key of await caches.keys()) await caches.delete(key);
  for (const name of databaseNames) indexedDB.deleteDatabase(name);
  localStorage.clear();
  window.location.replace("/");
}
