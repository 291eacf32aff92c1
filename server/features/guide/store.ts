// SQL of the guide's seed loader: the live entries of a guide collection. The entries themselves
// are written through the sync feed (sync/store.ts); which seeds ran is in db/seed-store.ts.
import type { Db } from "../../db/database";

/** The live entries of a collection, their data as stored (JSON text). */
export function liveEntries(db: Db, collection: string) {
  return db
    .selectFrom("sync_entries")
    .select(["id", "data"])
    .where("collection", "=", collection)
    .where("deleted", "=", 0)
    .execute();
}
