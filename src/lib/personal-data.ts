// Personal data on this device and how it leaves: at sign-out, and when the server says the session
// ended (signed out everywhere, expired). Shared by page and service worker.
import type { AppDatabase } from "./db";
import { PERSONAL_TABLES } from "./db";

/** Outbox entries that carry personal data (anything sent to the account's API). */
const isPersonalWrite = (url: string) =>
  ["/api/account", "/api/staff", "/api/applications"].some((prefix) => url.startsWith(prefix));

/** Collections of the personal change feed (server/features/sync/collections.ts). */
export const PERSONAL_COLLECTIONS = ["profile", "documents", "postbox", "appointments", "applications"];

export async function wipePersonalData(db: AppDatabase): Promise<void> {
  const tables = [...PERSONAL_TABLES.map((name) => db.table(name)), db.outbox, db.syncState];
  await db.transaction("rw", tables, async () => {
    await Promise.all(PERSONAL_TABLES.map((name) => db.table(name).clear()));
    await db.outbox.filter((entry) => isPersonalWrite(entry.url)).delete();
    await db.syncState.bulkDelete(PERSONAL_COLLECTIONS);
  });
  // Nothing personal is meant to be in Cache Storage (downloads are no-store and the worker does
  // not cache /api/), but a cache written by an older version must not keep any either.
  if (typeof caches !== "undefined") {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.startsWith("/api/")) await cache.delete(request);
      }
    }
  }
}

export async function signedInHere(db: AppDatabase): Promise<boolean> {
  return Boolean(await db.session.get("current"));
}

export async function pendingPersonalWrites(db: AppDatabase): Promise<number> {
  return db.outbox.filter((entry) => isPersonalWrite(entry.url)).count();
}
