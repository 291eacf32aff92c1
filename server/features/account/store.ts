// Accounts and their master data, and the "profile" record of the personal change feed.
import { randomUUID } from "node:crypto";
import type { Profile } from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { toSignedIn } from "../../http/session";
import { deleteAnswersOf } from "../../platform/idempotency/store";
import { deleteSessionsOf } from "../../platform/sessions/store";
import { deleteEntriesOwnedBy, upsertEntries } from "../../platform/sync/store";
import { residentLanguage } from "../../texts/resident-texts";

export type NewAccount = Pick<AccountTable, "email" | "role" | "given_name" | "family_name" | "language"> &
  Partial<Omit<AccountTable, "id" | "created_at" | "updated_at">>;

export async function insertAccount(db: Db, account: NewAccount): Promise<AccountTable> {
  const now = new Date().toISOString();
  const row: AccountTable = {
    id: randomUUID(),
    password_hash: null,
    department: null,
    birth_date: null,
    street: null,
    postal_code: null,
    city: null,
    phone: null,
    waste_street_id: null,
    waste_house_number: null,
    email_verified_at: null,
    identity_verified_at: null,
    identity_provider: null,
    identity_verified_by: null,
    disabled_at: null,
    ...account,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("accounts").values(row).execute();
  if (row.role === "citizen") await publishProfile(db, row.id);
  return row;
}

export const findAccount = (db: Db, id: string) =>
  db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();

export const findAccountByEmail = (db: Db, email: string) =>
  db.selectFrom("accounts").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();

export function profileOf(row: AccountTable): Profile {
  return {
    id: row.id,
    email: row.email,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    language: residentLanguage(row.language),
    wasteAddress:
      row.waste_street_id && row.waste_house_number
        ? { streetId: row.waste_street_id, houseNumber: row.waste_house_number }
        : null,
    trustLevel: toSignedIn(row).trustLevel,
    identityVerifiedAt: row.identity_verified_at,
    updatedAt: row.updated_at,
  };
}

/** Puts the account's current master data into its personal change feed (collection "profile"). */
export async function publishProfile(db: Db, accountId: string): Promise<Profile> {
  const row = await db
    .selectFrom("accounts")
    .selectAll()
    .where("id", "=", accountId)
    .executeTakeFirstOrThrow();
  const profile = profileOf(row);
  await upsertEntries(db, "profile", [{ id: row.id, data: profile, ownerId: row.id }]);
  return profile;
}

export async function updateAccount(db: Db, accountId: string, changes: Partial<AccountTable>) {
  await db
    .updateTable("accounts")
    .set({ ...changes, updated_at: new Date().toISOString() })
    .where("id", "=", accountId)
    .execute();
  const row = await findAccount(db, accountId);
  if (row?.role === "citizen") await publishProfile(db, accountId);
}

// ---- Deleting an account (the order and what stays is decided in deletion.ts) ----

/** Whether an enabled admin other than this account exists. */
export async function hasOtherActiveAdmin(db: Db, accountId: string): Promise<boolean> {
  const other = await db
    .selectFrom("accounts")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .where("id", "!=", accountId)
    .limit(1)
    .executeTakeFirst();
  return Boolean(other);
}

/** Detaches the account's decisions and their PDFs from it, so that the FK cascade cannot take them. */
export async function detachDecisions(db: Db, accountId: string): Promise<void> {
  const decisions = db
    .selectFrom("postbox_messages")
    .select("id")
    .where("account_id", "=", accountId)
    .where("kind", "=", "decision");
  await db
    .updateTable("files")
    .set({ owner_id: null })
    .where("kind", "=", "attachment")
    .where("message_id", "in", decisions)
    .execute();
  await db
    .updateTable("postbox_messages")
    .set({ account_id: null })
    .where("account_id", "=", accountId)
    .where("kind", "=", "decision")
    .execute();
}

/** Deletes the account's remaining messages, their attachments and the account's own files. */
export async function deleteMessagesAndFiles(db: Db, accountId: string): Promise<void> {
  const messages = db
    .selectFrom("postbox_messages")
    .select("id")
    .where("account_id", "=", accountId)
    .where("kind", "=", "message");
  await db.deleteFrom("files").where("message_id", "in", messages).execute();
  await db.deleteFrom("postbox_messages").where("account_id", "=", accountId).execute();
  await db.deleteFrom("files").where("owner_id", "=", accountId).execute();
}

/** Messages the account sent as staff stay with their recipients; only the link to it goes. */
export async function unlinkSentMessages(db: Db, accountId: string): Promise<void> {
  await db
    .updateTable("postbox_messages")
    .set({ sender_account_id: null })
    .where("sender_account_id", "=", accountId)
    .execute();
}

/** Hard-deletes the account with its feed entries, sessions, passkeys, links and stored answers. */
export async function deleteAccountRows(db: Db, accountId: string): Promise<void> {
  await deleteEntriesOwnedBy(db, accountId);
  await deleteSessionsOf(db, accountId);
  await db.deleteFrom("passkeys").where("account_id", "=", accountId).execute();
  await db.deleteFrom("webauthn_challenges").where("account_id", "=", accountId).execute();
  await db.deleteFrom("account_tokens").where("account_id", "=", accountId).execute();
  await deleteAnswersOf(db, accountId);
  await db.deleteFrom("accounts").where("id", "=", accountId).execute();
}

// ---- Reads for the export ----

export const listAppointmentRowsOf = (db: Db, accountId: string) =>
  db
    .selectFrom("appointments")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("starts_at")
    .execute();
