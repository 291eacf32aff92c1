// Platform (server/platform/): shared by several features, owned by none.
// SQL of the proof of work (server/http/proof-of-work.ts): the HMAC key every process of a
// deployment shares, and the solutions spent until their challenge expires.
import type { Db } from "../../db/database";

const KEY = "altcha:hmac-key";

/** The stored key; `candidate` becomes it only if none is stored yet (the first process wins). */
export async function readOrCreateHmacKey(db: Db, candidate: string): Promise<string> {
  await db
    .insertInto("meta")
    .values({ key: KEY, value: candidate })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("meta").select("value").where("key", "=", KEY).executeTakeFirstOrThrow();
  return row.value;
}

/** Throws a unique violation when the solution was spent before. */
export async function recordSpentSolution(db: Db, signature: string, expiresAt: string): Promise<void> {
  await db.insertInto("used_challenges").values({ signature, expires_at: expiresAt }).execute();
}

export async function deleteExpiredSolutions(db: Db, now: string): Promise<void> {
  await db.deleteFrom("used_challenges").where("expires_at", "<", now).execute();
}
