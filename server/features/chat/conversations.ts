// The resident's side: who may reach a conversation (account or chat cookie), starting one,
// leaving it.
import { randomUUID } from "node:crypto";
import type { StartChatRequest } from "../../../src/lib/contract/chat";
import { type Db, inTransaction } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import { hashToken, newToken } from "../../http/session";
import { conversationTopic, type Hub, QUEUE_TOPIC } from "./hub";
import { appendEvent, type Author, eventEntry } from "./messages";
import { chatStatus, iso, isOpen, OPEN } from "./service";
import * as store from "./store";

/** Who is asking: the signed-in account, or the secret of the chat cookie. */
export type Resident = { account: SignedInAccount | null; token: string | undefined };

/** The resident's conversation, or 404: nobody learns whether someone else's exists. */
export async function residentConversation(db: Db, id: string, resident: Resident, now = Date.now()) {
  const row = await store.findConversation(db, id);
  if (!row || !ownsConversation(row, resident, now)) throw new ProblemError(404, "not_found");
  return row;
}

/**
 * How long an anonymous resident still reaches an ended conversation (to rate it, to have the
 * transcript mailed): on a shared device the next person must not find it. The cookie is given
 * the same end (see cookieMaxAgeSeconds).
 */
export const ANONYMOUS_AFTER_END_MS = 15 * 60_000;

/** Seconds the chat cookie should still live for this conversation; 0: delete it. */
export function cookieMaxAgeSeconds(row: ChatConversationTable, now: number, fullSeconds: number): number {
  if (!row.ended_at) return fullSeconds;
  return Math.max(0, Math.floor((Date.parse(row.ended_at) + ANONYMOUS_AFTER_END_MS - now) / 1000));
}

function ownsConversation(row: ChatConversationTable, resident: Resident, now: number): boolean {
  if (row.account_id !== null) return resident.account?.id === row.account_id;
  if (row.ended_at && Date.parse(row.ended_at) + ANONYMOUS_AFTER_END_MS <= now) return false;
  return resident.token !== undefined && row.token_hash === hashToken(resident.token);
}

/** Binds a retried anonymous start to the first: only that browser knows both of them. */
const startKeyHash = (clientId: string, proofOfWork: string) => hashToken(`${clientId}:${proofOfWork}`);

/** A retried anonymous start may find its conversation this long after the first. */
const START_RETRY_MS = 15 * 60_000;

/** The resident's open conversation (else the latest one of the account or cookie), or null. */
export async function currentConversation(db: Db, resident: Resident, now = Date.now()) {
  if (resident.account) {
    const own =
      (await store.findOpenConversationOf(db, resident.account.id)) ??
      (await store.findLatestConversationOf(db, resident.account.id));
    if (own) return own;
  }
  if (!resident.token) return null;
  const row = await store.findConversationByToken(db, hashToken(resident.token));
  return row && row.account_id === null && ownsConversation(row, resident, now) ? row : null;
}

export type Started = { row: ChatConversationTable; created: boolean; token: string | null };

export async function startConversation(
  db: Db,
  hub: Hub,
  resident: Resident,
  request: StartChatRequest,
  now: number,
): Promise<Started> {
  if (!resident.account && request.proofOfWork) {
    // Sent again without the cookie (the first answer, which set it, was lost): the conversation
    // the first made, with a new secret (the old one never arrived). The proof of work was spent
    // by the first, so only a retry of that very start gets here.
    const first = await store.findConversationByStartKey(
      db,
      startKeyHash(request.clientId, request.proofOfWork),
    );
    if (first && first.account_id === null && Date.parse(first.started_at) + START_RETRY_MS > now) {
      const token = newToken();
      await store.updateConversation(db, first.id, { token_hash: hashToken(token) }, {});
      return { row: { ...first, token_hash: hashToken(token) }, created: false, token };
    }
  }
  const open = await currentConversation(db, resident, now);
  if (open && isOpen(open.status)) {
    // The same start sent again (its answer was lost): the conversation it made.
    const first = await store.findEntryByClientId(db, open.id, request.clientId);
    if (first) return { row: open, created: false, token: null };
    throw new ProblemError(409, "conflict", "There is an open chat already");
  }
  const status = await chatStatus(db, now);
  if (!status.hours.open) throw new ProblemError(409, "chat_closed");
  if (!status.agentsOnDuty) throw new ProblemError(409, "chat_unstaffed");
  if (!resident.account) await spendSolution(db, request.proofOfWork);
  const token = resident.account ? null : newToken();
  const name = resident.account ? resident.account.givenName : (request.name ?? null);
  const row: ChatConversationTable = {
    id: randomUUID(),
    status: "waiting",
    topic: request.topic,
    language: request.language,
    department: "buergerbuero",
    account_id: resident.account?.id ?? null,
    token_hash: token ? hashToken(token) : null,
    resident_name: name,
    question: request.text,
    agent_id: null,
    last_seq: 0,
    started_at: iso(now),
    waiting_since: iso(now),
    accepted_at: null,
    ended_at: null,
    outcome: null,
    blocked: 0,
    saved_to_postbox: 0,
    start_key_hash:
      !resident.account && request.proofOfWork ? startKeyHash(request.clientId, request.proofOfWork) : null,
    rating: null,
    rated_at: null,
  };
  const stored = await inTransaction(db, async (trx) => {
    await store.insertConversation(trx, row);
    const bumped = await store.bumpSeq(trx, row.id);
    await store.insertEntry(trx, row.id, bumped?.last_seq ?? 1, {
      ...eventEntry("message", "resident", null, name, now),
      text: request.text,
      client_id: request.clientId,
    });
    return bumped ?? row;
  });
  await hub.publish([QUEUE_TOPIC, conversationTopic(row.id)]);
  return { row: stored, created: true, token };
}

export async function leave(db: Db, hub: Hub, row: ChatConversationTable, author: Author, now: number) {
  await inTransaction(db, async (trx) => {
    const left = await store.updateConversation(
      trx,
      row.id,
      { status: "left", ended_at: iso(now) },
      { status: OPEN },
    );
    if (!left) throw new ProblemError(409, "conversation_ended");
    await appendEvent(trx, row.id, eventEntry("left", "resident", author.id, author.name, now));
  });
  await hub.publish([conversationTopic(row.id), QUEUE_TOPIC]);
}
