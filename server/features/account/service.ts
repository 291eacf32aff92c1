// The rules of the account's own data that the routes (routes.ts) apply: contact changes, opening
// postbox messages, downloading their attachments, the language of what the app writes, deleting the
// account.
import type { PostboxMessage, Profile, WasteAddressOfAccount } from "../../../src/lib/contract/account";
import type { UiLanguage } from "../../../src/lib/contract/languages";
import type { Db } from "../../db/database";
import type { FileTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { verifyPassword } from "../auth/passwords";
import { assertNotLastAdmin, deleteAccount } from "./deletion";
import { markOpened } from "./postbox";
import { findAttachment, findOwnMessage } from "./postbox-store";
import { findAccount, publishProfile, updateAccount } from "./store";

export async function updateContact(db: Db, accountId: string, phone: string | null): Promise<Profile> {
  await updateAccount(db, accountId, { phone });
  // updateAccount publishes citizens' profiles only; staff devices show their profile too.
  return publishProfile(db, accountId);
}

/** The language the app writes to this person in (mails, pushes, postbox texts). */
export async function updateLanguage(db: Db, accountId: string, language: UiLanguage): Promise<Profile> {
  await updateAccount(db, accountId, { language });
  return publishProfile(db, accountId);
}

/** The waste calendar's address on the account, so the resident's other devices know it; null forgets it. */
export async function updateWasteAddress(
  db: Db,
  accountId: string,
  address: WasteAddressOfAccount | null,
): Promise<Profile> {
  await updateAccount(db, accountId, {
    waste_street_id: address?.streetId ?? null,
    waste_house_number: address?.houseNumber ?? null,
  });
  return publishProfile(db, accountId);
}

/** Marks one of the account's messages opened; 404 for others' messages. */
export async function openMessage(db: Db, accountId: string, messageId: string): Promise<PostboxMessage> {
  const message = await findOwnMessage(db, accountId, messageId);
  if (!message) throw new ProblemError(404, "not_found");
  return markOpened(db, message.id);
}

/** An attachment of one of the account's messages; 404 for anything else. */
export async function findOwnAttachment(
  db: Db,
  accountId: string,
  messageId: string,
  fileId: string,
): Promise<FileTable> {
  const message = await findOwnMessage(db, accountId, messageId);
  if (!message) throw new ProblemError(404, "not_found");
  const file = await findAttachment(db, message.id, fileId);
  if (!file) throw new ProblemError(404, "not_found");
  return file;
}

/** Deletes the account once its password is confirmed; `signOut` ends the request's session first. */
export async function deleteOwnAccount(
  db: Db,
  accountId: string,
  password: string,
  signOut: () => Promise<void>,
): Promise<void> {
  const row = await findAccount(db, accountId);
  if (!row || !(await verifyPassword(row.password_hash, password))) {
    throw new ProblemError(403, "invalid_credentials");
  }
  await assertNotLastAdmin(db, accountId);
  await signOut();
  await deleteAccount(db, accountId);
}
