// SQL of the guide's seed loader: which seeds ran (table `meta`) and the live entries of a guide
// collection. The entries themselves are written through the sync feed (sync/store.ts).
import type { Db } from "../../db/database";

export async function seedDone(db: Db, key: string): Promise<boolean> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
  return row !== undefined;
}

export async function markSeedDone(db: Db, key: string): Promise<void> {
  await db.insertInto("meta").values({ key, value: new Date().toISOString() }).execute();
}

/** The live entries of a collection, their data as stored (JSON text). */
export function liveEntries(db: Db, collection: string) {
  return db
    .selectFrom("sync_entries")
    .select(["id", "data"])
    .where("collection", "=", collection)
    .where("deleted", "=", 0)
    .execute();
}
