// Accounts and their master data, and the "profile" record of the personal change feed.
import { randomUUID } from "node:crypto";
import type { Profile } from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { toSignedIn } from "../../http/session";
import { upsertEntries } from "../sync/store";

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
