// Sync in the page, for browsers without a controlling service worker. Loaded lazily: it brings
// Dexie and the schemas. It lives in the shell because it needs every feature's collections;
// src/lib/sync-status.ts gets it handed in (providePageSync in main.tsx).
import { appDb } from "../lib/db";
import { type SyncReport, syncOnce } from "../lib/sync-runner";
import { syncedCollections } from "./collections";

export function syncInPage(): Promise<SyncReport> {
  return syncOnce(appDb(), syncedCollections, fetch);
}
