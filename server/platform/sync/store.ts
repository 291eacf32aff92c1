// Platform (server/platform/): shared by several features, owned by none.
// The change log behind every syncable collection. Each write takes the next version from one
// counter row; the row lock orders writers, so versions become visible in commit order.
import { type Db, inTransaction } from "../../db/database";

export type EntryWrite = { id: string; data: unknown; ownerId?: string | null };

export type StoredChange = { id: string; version: number; deleted: boolean; data: string | null };

async function nextVersion(db: Db): Promise<number> {
  const row = await db
    .updateTable("change_counter")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("name", "=", "sync")
    .returning("value")
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Inserts or replaces entries; unchanged ones keep their version so clients fetch nothing new. */
export async function upsertEntries(db: Db, collection: string, entries: EntryWrite[]): Promise<number> {
  return inTransaction(db, async (trx) => {
    let written = 0;
    for (const entry of entries) {
      const data = JSON.stringify(entry.data);
      const ownerId = entry.ownerId ?? null;
      const existing = await trx
        .selectFrom("sync_entries")
        .select(["data", "deleted", "owner_id"])
        .where("collection", "=", collection)
        .where("id", "=", entry.id)
        .executeTakeFirst();
      if (existing && existing.data === data && existing.deleted === 0 && existing.owner_id === ownerId)
        continue;
      const version = await nextVersion(trx);
      const row = { data, owner_id: ownerId, version, deleted: 0, updated_at: new Date().toISOString() };
      await trx
        .insertInto("sync_entries")
        .values({ collection, id: entry.id, ...row })
        .onConflict((oc) => oc.columns(["collection", "id"]).doUpdateSet(row))
        .execute();
      written++;
    }
    return written;
  });
}

/** Leaves a tombstone, so clients that synced the entry learn that it is gone. */
export async function deleteEntry(db: Db, collection: string, id: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("sync_entries")
      .select("deleted")
      .where("collection", "=", collection)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!existing || existing.deleted === 1) return false;
    const version = await nextVersion(trx);
    await trx
      .updateTable("sync_entries")
      .set({ data: null, deleted: 1, version, updated_at: new Date().toISOString() })
      .where("collection", "=", collection)
      .where("id", "=", id)
      .execute();
    return true;
  });
}

/**
 * Removes an account's personal entries outright, without tombstones: its deletion also ends every
 * session that could still read them.
 */
export async function deleteEntriesOwnedBy(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom("sync_entries").where("owner_id", "=", ownerId).execute();
}

export type FeedQuery = { collection: string; ownerId: string | null; afterVersion: number; limit: number };

/** Changes after a version, oldest first; one more than `limit` to tell whether more follow. */
export async function readChanges(db: Db, q: FeedQuery): Promise<StoredChange[]> {
  let query = db
    .selectFrom("sync_entries")
    .select(["id", "version", "deleted", "data"])
    .where("collection", "=", q.collection)
    .where("version", ">", q.afterVersion)
    .orderBy("version")
    .limit(q.limit + 1);
  query = q.ownerId === null ? query.where("owner_id", "is", null) : query.where("owner_id", "=", q.ownerId);
  // A client starting from nothing has nothing to delete: skip tombstones.
  if (q.afterVersion === 0) query = query.where("deleted", "=", 0);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, version: r.version, deleted: r.deleted === 1, data: r.data }));
}

export async function latestVersion(db: Db, collection: string, ownerId: string | null): Promise<number> {
  let query = db
    .selectFrom("sync_entries")
    .select((eb) => eb.fn.max("version").as("latest"))
    .where("collection", "=", collection);
  query = ownerId === null ? query.where("owner_id", "is", null) : query.where("owner_id", "=", ownerId);
  const row = await query.executeTakeFirst();
  return Number(row?.latest ?? 0);
}

export async function currentVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom("change_counter")
    .select("value")
    .where("name", "=", "sync")
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function databaseEpoch(db: Db): Promise<string> {
  const row = await db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", "epoch")
    .executeTakeFirstOrThrow();
  return row.value;
}

/** One live entry of a public collection (no owner), or undefined when absent or deleted. */
export async function readPublicEntry(
  db: Db,
  collection: string,
  id: string,
): Promise<{ data: unknown } | undefined> {
  const row = await db
    .selectFrom("sync_entries")
    .select("data")
    .where("collection", "=", collection)
    .where("id", "=", id)
    .where("owner_id", "is", null)
    .where("deleted", "=", 0)
    .executeTakeFirst();
  return row?.data == null ? undefined : { data: JSON.parse(row.data) as unknown };
}

/**
 * Live entries of a collection with their data as stored (JSON text) and version, optionally
 * only those with the given ids (the guide's seed loader, appointments reading offices and services).
 */
export function liveEntryRows(db: Db, collection: string, ids?: readonly string[]) {
  let query = db
    .selectFrom("sync_entries")
    .select(["id", "data", "version"])
    .where("collection", "=", collection)
    .where("deleted", "=", 0);
  if (ids) query = query.where("id", "in", ids);
  return query.execute();
}

/** Entries of a collection as the server holds them now (tests and content export). */
export async function listEntries(db: Db, collection: string): Promise<{ id: string; data: unknown }[]> {
  const rows = await db
    .selectFrom("sync_entries")
    .select(["id", "data"])
    .where("collection", "=", collection)
    .where("deleted", "=", 0)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, data: JSON.parse(r.data ?? "null") as unknown }));
}
