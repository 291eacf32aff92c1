// The resident's messages travel through the outbox: written while the connection is down they wait
// on the device and are sent when it returns, by the page or the service worker, exactly once (the
// client-made id is the outbox entry's id, its Idempotency-Key and the message's clientId, so a
// repeated send returns the first entry). At sign-out they leave the device unsent
// (PERSONAL_WRITE_PATHS names /api/chat).
import { type SendMessageRequest, sendMessageRequestSchema } from "../../lib/contract/chat";
import { appDb } from "../../lib/db";
import { discardEntry, enqueue, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";
import { messagesUrl } from "./api";
import type { PendingMessage } from "./log";

const KIND = "chat-message";

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

/** Sends what waits (a failure leaves it queued: the page, the worker or the next "online" sends it). */
export const sendQueued = () => outboxChanged().catch((error: unknown) => console.error("outbox", error));

/** The conversation's messages still in the outbox (waiting or refused). */
export async function queuedMessages(conversationId: string): Promise<PendingMessage[]> {
  const entries = await appDb()
    .outbox.where("ref")
    .equals(conversationId)
    .filter((entry) => entry.kind === KIND)
    .toArray();
  return entries.flatMap((entry) => {
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
