// The SQL of postbox messages and their attachments (files of kind "attachment").
import type { Db } from "../../db/database";
import type { PostboxMessageTable } from "../../db/schema";

/** A message of this account, or undefined: other accounts' messages do not exist for the caller. */
export const findOwnMessage = (db: Db, accountId: string, messageId: string) =>
  db
    .selectFrom("postbox_messages")
    .selectAll()
    .where("id", "=", messageId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();

export const findMessage = (db: Db, messageId: string) =>
  db.selectFrom("postbox_messages").selectAll().where("id", "=", messageId).executeTakeFirstOrThrow();

/** The account's messages, newest first. */
export const listMessageRows = (db: Db, accountId: string) =>
  db
    .selectFrom("postbox_messages")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();

/** Messages staff sent, newest first: one department's, or every department's (null). */
export function listSentRows(db: Db, department: string | null, limit: number) {
  let query = db
    .selectFrom("postbox_messages")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit);
  if (department !== null) query = query.where("sender_department", "=", department);
  return query.execute();
}

export async function insertMessageRow(db: Db, row: PostboxMessageTable): Promise<void> {
  await db.insertInto("postbox_messages").values(row).execute();
}

/** Sets opened_at unless it is set: the first opening is the delivery proof. */
export async function setOpenedOnce(db: Db, messageId: string, at: string): Promise<void> {
  await db
    .updateTable("postbox_messages")
    .set({ opened_at: at })
    .where("id", "=", messageId)
    .where("opened_at", "is", null)
    .execute();
}

/** Attachment metadata (without content) of the given messages. */
export const attachmentsOf = (db: Db, messageIds: string[]) =>
  messageIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("files")
        .select(["id", "message_id", "name", "media_type", "size", "created_at"])
        .where("message_id", "in", messageIds)
        .where("kind", "=", "attachment")
        .orderBy("created_at")
        .orderBy("id")
        .execute();

/** One attachment of a message, with its content. */
export const findAttachment = (db: Db, messageId: string, fileId: string) =>
  db
    .selectFrom("files")
    .selectAll()
    .where("id", "=", fileId)
    .where("message_id", "=", messageId)
    .where("kind", "=", "attachment")
    .executeTakeFirst();

/** Every attachment of the account's messages, with content (for the export). */
export const listAttachmentFilesOf = (db: Db, accountId: string) =>
  db
    .selectFrom("files")
    .innerJoin("postbox_messages", "postbox_messages.id", "files.message_id")
    .select(["files.id", "files.message_id", "files.name", "files.content"])
    .where("postbox_messages.account_id", "=", accountId)
    .where("files.kind", "=", "attachment")
    .orderBy("files.created_at")
    .orderBy("files.id")
    .execute();
