// Postbox messages: what staff send to a citizen, and the "postbox" records of the personal change
// feed. opened_at is the delivery proof of a decision, so it is written once and never again.
import { randomUUID } from "node:crypto";
import {
  DEPARTMENTS,
  type Department,
  type FileRef,
  type PostboxMessage,
  type SentMessage,
} from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { FileTable, PostboxMessageTable } from "../../db/schema";
import { upsertEntries } from "../../platform/sync/store";
import {
  attachmentsOf,
  findMessage,
  insertMessageRow,
  listMessageRows,
  listSentRows,
  setOpenedOnce,
} from "./postbox-store";

export const POSTBOX = "postbox";

/** The department a stored message names; the column only ever holds one of DEPARTMENTS. */
export function departmentOf(value: string): Department {
  const department = DEPARTMENTS.find((d) => d === value);
  if (!department) throw new Error(`Unknown department "${value}" in the database`);
  return department;
}

export const fileRefOf = (file: Pick<FileTable, "id" | "name" | "media_type" | "size">): FileRef => ({
  id: file.id,
  name: file.name,
  mediaType: file.media_type,
  size: file.size,
});

export function postboxMessageOf(row: PostboxMessageTable, attachments: FileRef[]): PostboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    body: row.body,
    senderDepartment: departmentOf(row.sender_department),
    createdAt: row.created_at,
    openedAt: row.opened_at,
    attachments,
  };
}

export function sentMessageOf(row: PostboxMessageTable): SentMessage {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    recipientName: row.recipient_name,
    recipientId: row.account_id,
    senderDepartment: departmentOf(row.sender_department),
    createdAt: row.created_at,
    openedAt: row.opened_at,
  };
}

export { attachmentsOf, findOwnMessage } from "./postbox-store";

/** The account's messages as the feed and the export show them, newest first. */
export async function listPostbox(db: Db, accountId: string): Promise<PostboxMessage[]> {
  const rows = await listMessageRows(db, accountId);
  const files = await attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    postboxMessageOf(row, files.filter((f) => f.message_id === row.id).map(fileRefOf)),
  );
}

/** Puts the message's current state into its recipient's change feed. */
export async function publishPostboxMessage(db: Db, messageId: string): Promise<PostboxMessage> {
  const row = await findMessage(db, messageId);
  const message = postboxMessageOf(row, (await attachmentsOf(db, [row.id])).map(fileRefOf));
  if (row.account_id) {
    await upsertEntries(db, POSTBOX, [{ id: row.id, data: message, ownerId: row.account_id }]);
  }
  return message;
}

/** The first opening counts as delivery; later openings change nothing. Call inside a transaction. */
export async function markOpened(db: Db, messageId: string): Promise<PostboxMessage> {
  await setOpenedOnce(db, messageId, new Date().toISOString());
  return publishPostboxMessage(db, messageId);
}

export type NewMessage = Pick<
  PostboxMessageTable,
  "account_id" | "recipient_name" | "sender_account_id" | "sender_department" | "kind" | "subject" | "body"
>;

export async function insertMessage(db: Db, message: NewMessage): Promise<PostboxMessageTable> {
  const row: PostboxMessageTable = {
    id: randomUUID(),
    ...message,
    created_at: new Date().toISOString(),
    opened_at: null,
  };
  await insertMessageRow(db, row);
  return row;
}

const SENT_LIST_MAX = 200;

/** Messages staff sent: one department's, or every department's (department null, for admins). */
export async function listSentMessages(db: Db, department: string | null): Promise<SentMessage[]> {
  return (await listSentRows(db, department, SENT_LIST_MAX)).map(sentMessageOf);
}
