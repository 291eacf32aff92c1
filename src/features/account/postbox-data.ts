// The postbox as synced to the device: readable offline. Opening a message is reported through the
// outbox; the device marks it opened at once so the unread count drops.
import type { PostboxMessage } from "../../lib/contract/account";
import { appDb } from "../../lib/db";
import { queueWrite } from "./outbox-entries";

export const newestMessages = () => appDb().postbox.orderBy("createdAt").reverse().toArray();

export const messageById = (id: string) => appDb().postbox.get(id);

export const unreadCount = () =>
  appDb()
    .postbox.filter((m) => m.openedAt === null)
    .count();

export async function markOpened(message: PostboxMessage): Promise<void> {
  const url = `/api/account/postbox/${encodeURIComponent(message.id)}/opened`;
  await queueWrite({ kind: "account-postbox-opened", ref: message.id, method: "POST", url, body: {} }, () =>
    appDb().postbox.update(message.id, { openedAt: new Date().toISOString() }),
  );
}

export const attachmentUrl = (messageId: string, fileId: string) =>
  `/api/account/postbox/${encodeURIComponent(messageId)}/attachments/${encodeURIComponent(fileId)}`;
