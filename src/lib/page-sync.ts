// Sync in the page, for browsers without a controlling service worker. Loaded lazily: it brings
// Dexie and the schemas.
import { syncedCollections } from "./synced-collections";
import { appDb } from "./db";
import { type SyncReport, syncOnce } from "./sync-runner";

export function syncInPage(): Promise<SyncReport> {
  return syncOnce(appDb(), syncedCollections, fetch);
}
