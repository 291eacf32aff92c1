// The table `nina_regions` (one row per district the poller asks NINA about) and the places push
// subscribers chose: the only SQL of the poller's bookkeeping.
import type { Db } from "../../db/database";
import type { NinaRegionTable } from "../../db/schema";

/** Every distinct preferences text of the push subscriptions (most subscribers share theirs). */
export async function distinctPushPreferences(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("push_subscriptions").select("preferences").distinct().execute();
  return rows.map((row) => row.preferences);
}

export async function findRegion(db: Db, ars: string): Promise<NinaRegionTable | undefined> {
  return db.selectFrom("nina_regions").selectAll().where("ars", "=", ars).executeTakeFirst();
}

export async function upsertRegion(db: Db, ars: string, values: Partial<Omit<NinaRegionTable, "ars">>) {
  await db
    .insertInto("nina_regions")
    .values({ ars, failures: 0, ...values })
    .onConflict((oc) => oc.column("ars").doUpdateSet(values))
    .execute();
}

export async function listRegions(db: Db): Promise<NinaRegionTable[]> {
  return db.selectFrom("nina_regions").selectAll().orderBy("ars").execute();
}
