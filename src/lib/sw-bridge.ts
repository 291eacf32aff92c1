// The page's side of the service worker: registration and the update prompt. A new version waits
// until the user taps "reload"; the app never reloads by itself while someone is typing.
import { createSignal } from "solid-js";
import { Workbox } from "workbox-window";
import { OUTBOX_SYNC_TAG } from "./sync-messages";

const [updateAvailable, setUpdateAvailable] = createSignal(false);
export { updateAvailable };

let workbox: Workbox | undefined;
let reloadRequested = false;
const UPDATE_CHECK_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox("/sw.js");
  workbox.addEventListener("waiting", () => setUpdateAvailable(true));
  workbox.addEventListener("controlling", (event) => {
    // A new worker took over: reload when the user asked for it, otherwise offer it.
    if (!event.isUpdate) return;
    if (reloadRequested) window.location.reload();
    else setUpdateAvailable(true);
  });
  void workbox.register();
  setInterval(() => void workbox?.update(), UPDATE_CHECK_MS);
}

export function applyUpdate(): void {
  reloadRequested = true;
  if (!workbox) return window.location.reload();
  workbox.messageSkipWaiting();
  // Nothing was waiting (the update came from another tab): just reload.
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
