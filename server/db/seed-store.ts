// SQL of the first-start seeds of every feature: which ran, as rows `seed:<name>` of table `meta`.
import type { Db } from "./database";

export async function seedDone(db: Db, key: string): Promise<boolean> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
  return row !== undefined;
}

export async function markSeedDone(db: Db, key: string, at = new Date()): Promise<void> {
  await db.insertInto("meta").values({ key, value: at.toISOString() }).execute();
}
