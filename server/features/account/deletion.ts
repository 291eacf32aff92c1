// Deleting an account (GDPR Art. 17). Everything personal goes, except what the city must keep:
// issued decisions (Bescheide) stay in its records with the recipient's name (Art. 17(3)(b),
// retention duties), and the audit log stays as the proof of who accessed data.
import { type Db, inTransaction } from "../../db/database";
import { releaseMerchantEntries } from "../shops/service";
import { ProblemError } from "../../http/problem";
import { findAccount } from "./store";

/** An admin may not leave the city without any active admin: nobody could invite staff again. */
export async function assertNotLastAdmin(db: Db, accountId: string): Promise<void> {
  const account = await findAccount(db, accountId);
  if (account?.role !== "admin") return;
  const others = await db
    .selectFrom("accounts")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .where("id", "!=", accountId)
    .limit(1)
    .executeTakeFirst();
  if (!others) throw new ProblemError(409, "conflict", "The last admin cannot delete their account");
}

export async function deleteAccount(db: Db, accountId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const decisions = trx
      .selectFrom("postbox_messages")
      .select("id")
      .where("account_id", "=", accountId)
      .where("kind", "=", "decision");
    // The decision's PDF is the decision: detach it from the account before the FK cascade could take it.
    await trx
      .updateTable("files")
      .set({ owner_id: null })
      .where("kind", "=", "attachment")
      .where("message_id", "in", decisions)
      .execute();
    await trx
      .updateTable("postbox_messages")
      .set({ account_id: null })
      .where("account_id", "=", accountId)
      .where("kind", "=", "decision")
      .execute();

    const messages = trx
      .selectFrom("postbox_messages")
      .select("id")
      .where("account_id", "=", accountId)
      .where("kind", "=", "message");
    await trx.deleteFrom("files").where("message_id", "in", messages).execute();
    await trx.deleteFrom("postbox_messages").where("account_id", "=", accountId).execute();
    await trx.deleteFrom("files").where("owner_id", "=", accountId).execute();

    // Messages this account sent as staff stay with the recipients; only the link to the sender goes.
    await trx
      .updateTable("postbox_messages")
      .set({ sender_account_id: null })
      .where("sender_account_id", "=", accountId)
      .execute();

    await releaseMerchantEntries(trx, accountId, new Date());

    // Hard delete, no tombstones: no device of this account will sync again to read them.
    await trx.deleteFrom("sync_entries").where("owner_id", "=", accountId).execute();
    await trx.deleteFrom("sessions").where("account_id", "=", accountId).execute();
    await trx.deleteFrom("passkeys").where("account_id", "=", accountId).execute();
    await trx.deleteFrom("webauthn_challenges").where("account_id", "=", accountId).execute();
    await trx.deleteFrom("account_tokens").where("account_id", "=", accountId).execute();
    // Stored answers of the outbox's writes hold personal data too (a profile, a message).
    await trx.deleteFrom("idempotency_keys").where("scope", "like", `${accountId} %`).execute();
    await trx.deleteFrom("accounts").where("id", "=", accountId).execute();
  });
}
