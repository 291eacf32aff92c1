// The resident's messages travel through the outbox: written while the connection is down they wait
// on the device and are sent when it returns, by the page or the service worker, exactly once (the
// client-made id is the outbox entry's id, its Idempotency-Key and the message's clientId, so a
// repeated send returns the first entry). At sign-out they leave the device unsent
// (PERSONAL_WRITE_PATHS names /api/chat).
import { type SendMessageRequest, sendMessageRequestSchema } from "../../lib/contract/chat";
import { appDb } from "../../lib/db";
import { discardEntry, enqueue, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";
import { attachmentsUrl, messagesUrl } from "./api";
import type { PendingMessage } from "./log";

const KIND = "chat-message";
/** A photo or PDF: a multipart entry whose File IndexedDB keeps until the connection returns. */
const ATTACHMENT_KIND = "chat-attachment";

export async function queueMessage(conversationId: string, text: string): Promise<PendingMessage> {
  const clientId = crypto.randomUUID();
  const body: SendMessageRequest = { clientId, text };
  const entry = await enqueue(appDb(), {
    id: clientId,
    kind: KIND,
    ref: conversationId,
    method: "POST",
    url: messagesUrl(conversationId),
    body,
  });
  return { clientId, text, createdAt: entry.createdAt, error: null };
}

/** A photo or PDF, queued like a message (offline too): the client id travels in the form. */
export async function queueAttachment(conversationId: string, file: File): Promise<PendingMessage> {
  const clientId = crypto.randomUUID();
  const entry = await enqueue(appDb(), {
    id: clientId,
    kind: ATTACHMENT_KIND,
    ref: conversationId,
    method: "POST",
    url: attachmentsUrl(conversationId),
    body: { clientId, file },
    encoding: "multipart",
  });
  return { clientId, text: "", fileName: file.name, createdAt: entry.createdAt, error: null };
}

/** Sends what waits (a failure leaves it queued: the page, the worker or the next "online" sends it). */
export const sendQueued = () => outboxChanged().catch((error: unknown) => console.error("outbox", error));

/** The conversation's messages still in the outbox (waiting or refused). */
export async function queuedMessages(conversationId: string): Promise<PendingMessage[]> {
  const entries = await appDb()
    .outbox.where("ref")
    .equals(conversationId)
    .filter((entry) => entry.kind === KIND || entry.kind === ATTACHMENT_KIND)
    .toArray();
  return entries.flatMap((entry) => {
    if (entry.kind === ATTACHMENT_KIND) {
      const body = entry.body;
      const file = typeof body === "object" && body !== null && "file" in body ? body.file : undefined;
      const fileName = file instanceof File ? file.name : "";
      return [{ clientId: entry.id, text: "", fileName, createdAt: entry.createdAt, error: entry.error }];
    }
    const body = sendMessageRequestSchema.safeParse(entry.body);
    if (!body.success) return [];
    return [{ clientId: entry.id, text: body.data.text, createdAt: entry.createdAt, error: entry.error }];
  });
}

export async function retryMessage(clientId: string): Promise<void> {
  await retryEntry(appDb(), clientId);
  await sendQueued();
}

export const discardMessage = (clientId: string) => discardEntry(appDb(), clientId);
