// Web Push to the resident when an agent answers while nobody is looking at the chat. A device asks
// for it on the chat page: its push subscription (made on that device, proven by the manage token)
// is linked to the conversation. An answer is pushed when no resident event stream is open for the
// conversation (the page closes its stream when hidden), at most once a minute per conversation,
// and never once the chat has ended or was blocked (the engine checks that again when sending).
import { CHAT_PUSH_DEBOUNCE_MS, type ChatPushLink } from "../../../src/lib/contract/chat";
import type { Db } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { enqueuePushJob } from "../push/jobs";
import { chatRef } from "../push/notifier";
import { chatPayload } from "../push/payload";
import { ownedSubscription } from "../push/service";
import { iso, isOpen } from "./service";
import * as store from "./store";

/** This device's link to the conversation (404 for a subscription the token does not prove). */
export async function pushLinkOf(
  db: Db,
  conversationId: string,
  subscriptionId: string,
  token: string,
): Promise<ChatPushLink> {
  await ownedSubscription(db, subscriptionId, token);
  const link = await store.findPushLink(db, conversationId, subscriptionId);
  return { linked: link !== undefined, preview: link?.preview === 1 };
}

export async function linkPush(
  db: Db,
  row: ChatConversationTable,
  subscriptionId: string,
  token: string,
  preview: boolean,
  now: number,
): Promise<ChatPushLink> {
  await ownedSubscription(db, subscriptionId, token);
  if (!isOpen(row.status)) throw new ProblemError(409, "conversation_ended");
  await store.writePushLink(db, {
    conversation_id: row.id,
    subscription_id: subscriptionId,
    preview: preview ? 1 : 0,
    created_at: iso(now),
  });
  return { linked: true, preview };
}

export async function unlinkPush(db: Db, conversationId: string, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  await store.deletePushLink(db, conversationId, subscriptionId);
}

/** How long a resident stream counts as looking after its last sign of life (three heartbeats). */
export const PRESENCE_MS = 45_000;

/**
 * After an agent's message `seq` was appended: a push job, if the resident is away and the
 * conversation was not pushed within the last minute. True when a job was written.
 */
export async function pushAnswer(db: Db, conversationId: string, seq: number, now: number): Promise<boolean> {
  const row = await store.findConversation(db, conversationId);
  if (!row || row.status !== "active" || row.blocked === 1) return false;
  if (await store.isPresent(db, conversationId, iso(now))) return false;
  const claimed = await store.claimPush(db, conversationId, iso(now - CHAT_PUSH_DEBOUNCE_MS), iso(now));
  if (claimed === 0) return false;
  // The engine writes title and body in each device's language; this is the German record.
  return enqueuePushJob(db, chatRef(conversationId, seq), chatPayload("de"));
}

/** The resident's stream is open: renewed at every heartbeat, ended when the stream ends. */
export const markPresent = (db: Db, conversationId: string, streamId: string, now: number) =>
  store.renewPresence(db, conversationId, streamId, iso(now + PRESENCE_MS));

export const markGone = (db: Db, conversationId: string, streamId: string) =>
  store.endPresence(db, conversationId, streamId);
