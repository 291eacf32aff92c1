// One round of synchronisation: send the outbox, then pull every collection. Runs in the service
// worker (sw/sync.ts), or in the page where there is no worker (src/lib/sync-status.ts).
import type { AppDatabase } from "./db";
import { ApiError, NetworkError } from "./http";
import { flushOutbox } from "./outbox";
import { signedInHere, wipePersonalData } from "./personal-data";
import { type CollectionBinding, pullAll } from "./sync";

export type SyncReport = {
  /** The server could not be reached. */
  offline: boolean;
  /** Oldest "last synced" time over all collections: what the user sees is at least that fresh. */
  syncedAt: string | null;
  failed: boolean;
};

export async function runSync(
  db: AppDatabase,
  bindings: CollectionBinding[],
  fetchImpl: typeof fetch,
): Promise<SyncReport> {
  let offline = false;
  let failed = false;
  const note = (error: unknown) => {
    if (error instanceof NetworkError) offline = true;
    else {
      failed = true;
      console.error("sync failed", error);
    }
  };
  await flushOutbox(db, (input, init) => fetchImpl(input, init)).catch(note);
  const signedIn = await signedInHere(db);
  const active = bindings.filter((binding) => signedIn || !binding.personal);
  const { errors } = await pullAll(db, active, {
    fetch: (input, init) => fetchImpl(input, init),
    onInvalid: (id, error) => console.warn(`sync: skipped invalid record ${id}`, error.issues),
  });
  // The session ended elsewhere (signed out everywhere, expired): personal data leaves the device.
  const sessionEnded = errors.some((e) => e instanceof ApiError && e.code === "unauthenticated");
  if (sessionEnded) await wipePersonalData(db);
  errors.filter((e) => !(e instanceof ApiError && e.code === "unauthenticated")).forEach(note);
  const names = new Set(active.map((b) => b.name));
  const times = (await db.syncState.toArray())
    .filter((s) => names.has(s.collection))
    .map((s) => s.syncedAt)
    .filter((s): s is string => Boolean(s));
  const syncedAt = times.length === names.size ? (times.sort()[0] ?? null) : null;
  return { offline, syncedAt, failed };
}

let running: Promise<SyncReport> | undefined;

/** One round at a time in this context (page or worker): a call made while one runs joins it. */
export function syncOnce(
  db: AppDatabase,
  bindings: CollectionBinding[],
  fetchImpl: typeof fetch,
): Promise<SyncReport> {
  running ??= runSync(db, bindings, fetchImpl).finally(() => (running = undefined));
  return running;
}
