// Deleting an account (GDPR Art. 17). Everything personal goes, except what the city must keep:
// issued decisions (Bescheide) stay in its records with the recipient's name (Art. 17(3)(b),
// retention duties), and the audit log stays as the proof of who accessed data.
import { type Db, inTransaction } from "../../db/database";
import { releaseMerchantEntries } from "../shops/service";
import { ProblemError } from "../../http/problem";
import {
  deleteAccountRows,
  deleteMessagesAndFiles,
  detachDecisions,
  findAccount,
  hasOtherActiveAdmin,
  unlinkSentMessages,
} from "./store";

/** An admin may not leave the city without any active admin: nobody could invite staff again. */
export async function assertNotLastAdmin(db: Db, accountId: string): Promise<void> {
  const account = await findAccount(db, accountId);
  if (account?.role !== "admin") return;
  if (!(await hasOtherActiveAdmin(db, accountId)))
    throw new ProblemError(409, "conflict", "The last admin cannot delete their account");
}

export async function deleteAccount(db: Db, accountId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    // The decision's PDF is the decision: it stays with the city (see above).
    await detachDecisions(trx, accountId);
    await deleteMessagesAndFiles(trx, accountId);
    await unlinkSentMessages(trx, accountId);

    await releaseMerchantEntries(trx, accountId, new Date());

    // Hard delete, no tombstones: no device of this account will sync again to read them. Stored
    // answers of the outbox's writes hold personal data too (a profile, a message).
    await deleteAccountRows(trx, accountId);
  });
}
