// Sync in the page, for browsers without a controlling service worker. Loaded lazily: it brings
// Dexie and the schemas.
import { syncedCollections } from "../app/collections";
import { appDb } from "./db";
import { runSync, type SyncReport } from "./sync-runner";

let running: Promise<SyncReport> | undefined;

export function syncInPage(): Promise<SyncReport> {
  running ??= runSync(appDb(), syncedCollections, fetch).finally(() => (running = undefined));
  return running;
}
