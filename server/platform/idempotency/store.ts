// Platform (server/platform/): shared by several features, owned by none.
// SQL of the stored answers behind idempotent writes (server/http/idempotency.ts). The scope is
// "<account id or anonymous> <METHOD> <path>", so an account's answers share its id as prefix.
import type { Db } from "../../db/database";
import type { IdempotencyKeyTable } from "../../db/schema";

/** Who sent a request (random keys keep anonymous callers apart) and to which route. */
export const answerScope = (accountId: string | null, method: string, path: string) =>
  `${accountId ?? "anonymous"} ${method} ${path}`;

export const findStoredAnswer = (db: Db, scope: string, key: string) =>
  db
    .selectFrom("idempotency_keys")
    .select(["fingerprint", "status", "body"])
    .where("scope", "=", scope)
    .where("key", "=", key)
    .executeTakeFirst();

/** Throws a unique violation when the same request committed first (the caller replays it). */
export async function storeAnswer(db: Db, row: IdempotencyKeyTable): Promise<void> {
  await db.insertInto("idempotency_keys").values(row).execute();
}

/** Forgets every answer stored for the account (its deletion). */
export async function deleteAnswersOf(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom("idempotency_keys").where("scope", "like", `${accountId} %`).execute();
}
