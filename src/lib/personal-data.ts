// Personal data on this device and how it leaves: at sign-out, and when the server says the session
// ended (signed out everywhere, expired). Shared by page and service worker.
// Which collections and writes are personal is said once, in the contract's registry.
import { isPersonalWrite, PERSONAL_COLLECTIONS } from "./contract/collections";
import type { AppDatabase } from "./db";

/**
 * Tables that hold the account's personal data, emptied at sign-out: the copies of the registry's
 * personal collections and what only the device keeps. `deviceAppointments` is not among them: those
 * were booked without an account and belong to whoever holds the mail; they leave with "Von diesem
 * Gerät entfernen" or "Gerät zurücksetzen".
 */
export const PERSONAL_TABLES = [
  "session",
  "files",
  "applicationDrafts",
  "reportDrafts",
  "seen",
  ...PERSONAL_COLLECTIONS.map((collection) => collection.table),
] as const satisfies readonly (keyof AppDatabase)[];

export async function wipePersonalData(db: AppDatabase): Promise<void> {
  const tables = [...PERSONAL_TABLES.map((name) => db.table(name)), db.outbox, db.syncState];
  await db.transaction("rw", tables, async () => {
    await Promise.all(PERSONAL_TABLES.map((name) => db.table(name).clear()));
    await db.outbox.filter((entry) => isPersonalWrite(entry.url)).delete();
    await db.syncState.bulkDelete(PERSONAL_COLLECTIONS.map((collection) => collection.name));
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
