// Platform (server/platform/): shared by several features, owned by none.
// SQL of server-side sessions. Rows are keyed by the SHA-256 of the cookie's token
// (server/http/session.ts makes tokens and cookies); the raw token is never stored.
import type { Db } from "../../db/database";
import type { SessionTable } from "../../db/schema";

/** The session with its account, expired or not: the caller decides. */
export const findSessionWithAccount = (db: Db, idHash: string) =>
  db
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.account_id")
    .selectAll("accounts")
    .select(["sessions.id_hash", "sessions.expires_at", "sessions.last_seen_at", "sessions.persistent"])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();

/** Slides the session's expiry after activity. */
export async function touchSession(
  db: Db,
  idHash: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function insertSession(db: Db, row: SessionTable): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

/** Ends every session of an account (password reset, "sign out everywhere", disabled, deleted). */
export async function deleteSessionsOf(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom("sessions").where("account_id", "=", accountId).execute();
}

/** The account's sessions for its data export, oldest first. */
export const listSessionsOf = (db: Db, accountId: string) =>
  db
    .selectFrom("sessions")
    .select(["created_at", "last_seen_at", "user_agent"])
    .where("account_id", "=", accountId)
    .orderBy("created_at")
    .execute();
