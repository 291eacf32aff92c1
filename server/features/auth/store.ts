// The SQL of signing in: one-time link tokens, passkeys and their WebAuthn challenges, and the
// account columns only sign-in writes (password, confirmed address).
import type { Db } from "../../db/database";
import type { AccountTokenTable, PasskeyTable, WebAuthnChallengeTable } from "../../db/schema";

// ---- Accounts ----

export async function hasAdmin(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("accounts")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return Boolean(row);
}

/** Sets the confirmation time once; a later confirmation keeps the first. */
export async function markEmailVerified(db: Db, accountId: string, at: string): Promise<void> {
  await db
    .updateTable("accounts")
    .set({ email_verified_at: at, updated_at: at })
    .where("id", "=", accountId)
    .where("email_verified_at", "is", null)
    .execute();
}

export async function setPasswordHash(db: Db, accountId: string, passwordHash: string, at: string) {
  await db
    .updateTable("accounts")
    .set({ password_hash: passwordHash, updated_at: at })
    .where("id", "=", accountId)
    .execute();
}

/** Like markEmailVerified, without touching updated_at (a password reset has set it already). */
export async function confirmEmailIfUnconfirmed(db: Db, accountId: string, at: string): Promise<void> {
  await db
    .updateTable("accounts")
    .set({ email_verified_at: at })
    .where("id", "=", accountId)
    .where("email_verified_at", "is", null)
    .execute();
}

// ---- One-time link tokens ----

export async function insertLinkToken(db: Db, row: AccountTokenTable): Promise<void> {
  await db.insertInto("account_tokens").values(row).execute();
}

export const findLinkToken = (db: Db, tokenHash: string, purpose: AccountTokenTable["purpose"]) =>
  db
    .selectFrom("account_tokens")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("purpose", "=", purpose)
    .executeTakeFirst();

/** True when this call marked the token used (false: someone used it in the same moment). */
export async function markLinkTokenUsed(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const used = await db
    .updateTable("account_tokens")
    .set({ used_at: at })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

export async function deleteLinkTokens(db: Db, purpose: AccountTokenTable["purpose"]): Promise<void> {
  await db.deleteFrom("account_tokens").where("purpose", "=", purpose).execute();
}

// ---- Passkeys ----

export const listPasskeys = (db: Db, accountId: string) =>
  db
    .selectFrom("passkeys")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("account_id", "=", accountId)
    .orderBy("created_at")
    .execute();

export const listPasskeyTransports = (db: Db, accountId: string) =>
  db.selectFrom("passkeys").select(["id", "transports"]).where("account_id", "=", accountId).execute();

export const findPasskey = (db: Db, id: string) =>
  db.selectFrom("passkeys").selectAll().where("id", "=", id).executeTakeFirst();

export async function insertPasskey(db: Db, row: PasskeyTable): Promise<void> {
  await db.insertInto("passkeys").values(row).execute();
}

/** True when the account had this passkey. */
export async function deletePasskey(db: Db, accountId: string, id: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom("passkeys")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

export async function recordPasskeyUse(db: Db, id: string, counter: number, at: string): Promise<void> {
  await db.updateTable("passkeys").set({ counter, last_used_at: at }).where("id", "=", id).execute();
}

// ---- WebAuthn challenges ----

/** Stores a challenge; expired ones go on the way, they are useless after five minutes. */
export async function insertChallenge(db: Db, row: WebAuthnChallengeTable, now: string): Promise<void> {
  await db.deleteFrom("webauthn_challenges").where("expires_at", "<", now).execute();
  await db.insertInto("webauthn_challenges").values(row).execute();
}

/** Deletes the challenge and returns it: a challenge is used once. */
export const takeChallengeRow = (db: Db, id: string, purpose: WebAuthnChallengeTable["purpose"]) =>
  db
    .deleteFrom("webauthn_challenges")
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .returningAll()
    .executeTakeFirst();
