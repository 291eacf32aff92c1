// The account's writes waiting in the outbox, for the "being sent / failed - retry" display.
import { appDb } from "../../lib/db";
import { discardEntry, enqueue, type NewOutboxEntry, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";
import { requestSync } from "../../lib/sync-status";

/** Outbox kinds of this feature, and the synced collection each one changes on the device. */
export const WRITE_KINDS = {
  "account-contact": "profile",
  "account-language": "profile",
  // The waste calendar's address (src/features/waste/data.ts), kept on the account.
  "account-waste-address": "profile",
  "account-document-delete": "documents",
  "account-postbox-opened": "postbox",
} as const;
export type WriteKind = keyof typeof WRITE_KINDS;

export const entriesOf = (kind: WriteKind) => appDb().outbox.where("kind").equals(kind).sortBy("seq");

/** Queues a write and tries to send it at once (Background Sync takes over when offline). */
export async function queueWrite(
  entry: NewOutboxEntry & { kind: WriteKind },
  applyLocally: () => Promise<unknown>,
) {
  const db = appDb();
  const tables = [db.outbox, db.profile, db.documents, db.postbox, db.files];
  // The local change and the queued write belong together: both or neither.
  await db.transaction("rw", tables, async () => {
    await applyLocally();
    await enqueue(db, entry);
  });
  await outboxChanged();
}

export async function retryWrite(id: string): Promise<void> {
  await retryEntry(appDb(), id);
  await outboxChanged();
}

/**
 * Drops a write the server refused. The device already shows the change, so it reloads that
 * collection from the server (a sync from the start) to show what is really stored there.
 */
export async function discardWrite(id: string, kind: WriteKind): Promise<void> {
  const db = appDb();
  await discardEntry(db, id);
  await db.syncState.delete(WRITE_KINDS[kind]);
  await requestSync();
}
