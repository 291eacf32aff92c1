// The chat's rules: who may reach a conversation, the log (seq and idempotent sends), the queue,
// agents' duty and capacity, accept, transfer, close, block. Every function takes the instant it
// works at, so tests fix the clock.
import { randomUUID } from "node:crypto";
import type { Department } from "../../../src/lib/contract/account-constants";
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import {
  type AgentConversation,
  type ChatEntry,
  type ChatStatus,
  type CloseOutcome,
  type Conversation,
  type Duty,
  DUTY_EXPIRES_SECONDS,
  type StartChatRequest,
  type TransferRequest,
} from "../../../src/lib/contract/chat";
import { type Db, inTransaction, isUniqueViolation } from "../../db/database";
import type { ChatConversationTable, ChatEntryTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import { hashToken, newToken } from "../../http/session";
import { recordAudit } from "../audit/store";
import { chatHoursStatus, DEFAULT_CHAT_HOURS } from "./hours";
import { conversationTopic, type Hub, QUEUE_TOPIC } from "./hub";
import * as store from "./store";
import type { NewEntry } from "./store";

const MINUTE = 60_000;
/** Until the last hour has seen a handled chat: a typical Bürgerbüro question. */
const DEFAULT_HANDLING_MINUTES = 8;
const DEFAULT_CAPACITY = 3;
export const ENTRIES_PAGE = 500;
const OPEN = ["waiting", "active"] as const;
const iso = (ms: number) => new Date(ms).toISOString();

export type Settings = { hours: string; agentDepartments: Department[] };

export async function settingsOf(db: Db): Promise<Settings> {
  const row = await store.readSettings(db);
  if (!row) return { hours: DEFAULT_CHAT_HOURS, agentDepartments: ["buergerbuero"] };
  const parsed: unknown = JSON.parse(row.agent_departments);
  const departments = Array.isArray(parsed)
    ? DEPARTMENTS.filter((d) => parsed.includes(d))
    : ([] as Department[]);
  return { hours: row.hours, agentDepartments: departments.length ? departments : ["buergerbuero"] };
}

export const isAgent = (account: SignedInAccount, settings: Settings) =>
  account.role === "admin" ||
  (account.role === "staff" && settings.agentDepartments.some((d) => d === account.department));

/** 403 unless the (staff) account is an agent: Bürgerbüro staff, staff of the departments admins add, admins. */
export async function requireAgent(db: Db, account: SignedInAccount): Promise<Settings> {
  const settings = await settingsOf(db);
  if (!isAgent(account, settings)) throw new ProblemError(403, "forbidden", "Not a chat agent");
  return settings;
}

export const agentName = (account: { givenName: string; familyName: string }) =>
  `${account.givenName} ${account.familyName.slice(0, 1)}.`;

async function onDutyCount(db: Db, now: number): Promise<number> {
  return (await store.listOnDuty(db, iso(now))).length;
}

export async function chatStatus(db: Db, now: number): Promise<ChatStatus> {
  const hours = chatHoursStatus((await settingsOf(db)).hours, now);
  const agentsOnDuty = (await onDutyCount(db, now)) > 0;
  return { hours, agentsOnDuty, accepting: hours.open && agentsOnDuty };
}

// ---- Views ----

export function entryView(row: ChatEntryTable, forAgent: boolean): ChatEntry {
  return {
    seq: row.seq,
    kind: row.kind as ChatEntry["kind"],
    author: row.author as ChatEntry["author"],
    authorName: row.author_name,
    // A transfer's note is for the colleague, not for the resident.
    text: row.kind === "transferred" && !forAgent ? null : row.text,
    attachment: null,
    clientId: row.client_id,
    readUpTo: row.read_up_to,
    outcome: row.outcome as CloseOutcome | null,
    sentAt: row.sent_at,
  };
}

async function queueFigures(db: Db, row: ChatConversationTable, now: number) {
  if (row.status !== "waiting") return { position: null, estimateMinutes: null };
  const position = (await store.countAhead(db, row)) + 1;
  const agents = await store.listOnDuty(db, iso(now));
  const slots = agents.reduce((sum, agent) => sum + agent.capacity, 0);
  let busy = 0;
  for (const agent of agents) busy += await store.countActiveOf(db, agent.account_id);
  const handled = await store.listHandledSince(db, iso(now - 60 * MINUTE));
  const minutes = handled
    .map((h) => (Date.parse(h.ended_at ?? "") - Date.parse(h.accepted_at ?? "")) / MINUTE)
    .filter((m) => Number.isFinite(m) && m >= 0);
  const handling = minutes.length
    ? minutes.reduce((a, b) => a + b, 0) / minutes.length
    : DEFAULT_HANDLING_MINUTES;
  const free = Math.max(0, slots - busy);
  // A free place still needs an agent to accept: about a minute. Beyond that, every place frees up
  // after one handling time on average.
  const estimateMinutes =
    position <= free ? 1 : Math.ceil(((position - free) * handling) / Math.max(1, slots));
  return { position, estimateMinutes };
}

async function agentNameOf(db: Db, agentId: string | null): Promise<string | null> {
  if (!agentId) return null;
  const account = await db
    .selectFrom("accounts")
    .select(["given_name", "family_name"])
    .where("id", "=", agentId)
    .executeTakeFirst();
  return account ? agentName({ givenName: account.given_name, familyName: account.family_name }) : null;
}

export async function conversationView(
  db: Db,
  row: ChatConversationTable,
  now: number,
): Promise<Conversation> {
  return {
    id: row.id,
    status: row.status as Conversation["status"],
    topic: row.topic as Conversation["topic"],
    language: row.language,
    ...(await queueFigures(db, row, now)),
    agentName: await agentNameOf(db, row.agent_id),
    lastSeq: row.last_seq,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    outcome: row.outcome as CloseOutcome | null,
    savedToPostbox: row.saved_to_postbox === 1,
  };
}

export async function agentConversationView(
  db: Db,
  row: ChatConversationTable,
  now: number,
): Promise<AgentConversation> {
  const account = row.account_id
    ? await db
        .selectFrom("accounts")
        .select(["given_name", "family_name", "email_verified_at", "identity_verified_at"])
        .where("id", "=", row.account_id)
        .executeTakeFirst()
    : undefined;
  return {
    ...(await conversationView(db, row, now)),
    resident: {
      name: account ? `${account.given_name} ${account.family_name}` : row.resident_name,
      signedIn: row.account_id !== null,
      trustLevel: account
        ? account.identity_verified_at
          ? "verified"
          : account.email_verified_at
            ? "basic"
            : "none"
        : null,
    },
    department: DEPARTMENTS.find((d) => d === row.department) ?? "buergerbuero",
    agentId: row.agent_id,
    waitingSince: row.waiting_since,
    question: row.question,
    blocked: row.blocked === 1,
  };
}

// ---- Residents ----

/** Who is asking: the signed-in account, or the secret of the chat cookie. */
export type Resident = { account: SignedInAccount | null; token: string | undefined };

/** The resident's conversation, or 404: nobody learns whether someone else's exists. */
export async function residentConversation(db: Db, id: string, resident: Resident) {
  const row = await store.findConversation(db, id);
  if (!row || !ownsConversation(row, resident)) throw new ProblemError(404, "not_found");
  return row;
}

function ownsConversation(row: ChatConversationTable, resident: Resident): boolean {
  if (row.account_id !== null) return resident.account?.id === row.account_id;
  return resident.token !== undefined && row.token_hash === hashToken(resident.token);
}

/** The resident's open conversation (else the latest one of the account or cookie), or null. */
export async function currentConversation(db: Db, resident: Resident) {
  if (resident.account) {
    const own =
      (await store.findOpenConversationOf(db, resident.account.id)) ??
      (await store.findLatestConversationOf(db, resident.account.id));
    if (own) return own;
  }
  if (!resident.token) return null;
  const row = await store.findConversationByToken(db, hashToken(resident.token));
  return row && row.account_id === null ? row : null;
}

export type Started = { row: ChatConversationTable; created: boolean; token: string | null };

export async function startConversation(
  db: Db,
  hub: Hub,
  resident: Resident,
  request: StartChatRequest,
  now: number,
): Promise<Started> {
  const open = await currentConversation(db, resident);
  if (open && (OPEN as readonly string[]).includes(open.status)) {
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

export type Author = { kind: "resident" | "agent"; id: string | null; name: string | null };

const eventEntry = (
  kind: ChatEntry["kind"],
  author: ChatEntry["author"],
  authorId: string | null,
  authorName: string | null,
  now: number,
): NewEntry => ({
  kind,
  author,
  author_id: authorId,
  author_name: authorName,
  text: null,
  client_id: null,
  read_up_to: null,
  outcome: null,
  sent_at: iso(now),
});

/** Thrown inside the transaction to give its seq back when the message is there already. */
class AlreadySent extends Error {
  constructor(readonly entry: ChatEntryTable) {
    super("already sent");
  }
}

/**
 * Appends a message with its client id. A repeat (also one racing the first) gets the first entry
 * back: the conversation row's lock orders them, the second sees the first's entry and rolls its
 * seq back; the unique index on (conversation, client id) stands behind that.
 */
export async function sendMessage(
  db: Db,
  hub: Hub,
  conversationId: string,
  author: Author,
  message: { clientId: string; text: string },
  now: number,
): Promise<{ entry: ChatEntryTable; created: boolean }> {
  const existing = await store.findEntryByClientId(db, conversationId, message.clientId);
  if (existing) return { entry: existing, created: false };
  try {
    const entry = await inTransaction(db, async (trx) => {
      const locked = await store.bumpSeq(trx, conversationId);
      if (!locked) throw new ProblemError(404, "not_found");
      const repeat = await store.findEntryByClientId(trx, conversationId, message.clientId);
      if (repeat) throw new AlreadySent(repeat);
      assertMayWrite(locked, author);
      return store.insertEntry(trx, conversationId, locked.last_seq, {
        ...eventEntry("message", author.kind, author.id, author.name, now),
        text: message.text,
        client_id: message.clientId,
      });
    });
    await hub.publish([conversationTopic(conversationId)]);
    return { entry, created: true };
  } catch (error) {
    if (error instanceof AlreadySent) return { entry: error.entry, created: false };
    if (isUniqueViolation(error)) {
      const first = await store.findEntryByClientId(db, conversationId, message.clientId);
      if (first) return { entry: first, created: false };
    }
    throw error;
  }
}

/** Checked on the locked row, so that a message never lands after the conversation ended. */
function assertMayWrite(row: ChatConversationTable, author: Author) {
  if (!(OPEN as readonly string[]).includes(row.status)) throw new ProblemError(409, "conversation_ended");
  if (author.kind === "agent" && (row.status !== "active" || row.agent_id !== author.id)) {
    throw new ProblemError(403, "forbidden", "Not your chat");
  }
}

/** Appends an event (joined, transferred, closed ...) in the caller's transaction. */
async function appendEvent(db: Db, conversationId: string, entry: NewEntry): Promise<ChatEntryTable> {
  const locked = await store.bumpSeq(db, conversationId);
  if (!locked) throw new ProblemError(404, "not_found");
  return store.insertEntry(db, conversationId, locked.last_seq, entry);
}

/** Marks read up to `upTo`; nothing is written when that was known already. */
export async function markRead(
  db: Db,
  hub: Hub,
  row: ChatConversationTable,
  author: Author,
  upTo: number,
  now: number,
): Promise<void> {
  const wrote = await inTransaction(db, async (trx) => {
    const locked = await store.bumpSeq(trx, row.id);
    if (!locked) throw new ProblemError(404, "not_found");
    const target = Math.min(upTo, locked.last_seq - 1);
    if (target <= (await store.readUpToOf(trx, row.id, author.kind))) {
      // Nothing new: give the number back.
      await trx
        .updateTable("chat_conversations")
        .set({ last_seq: locked.last_seq - 1 })
        .where("id", "=", row.id)
        .execute();
      return false;
    }
    await store.insertEntry(trx, row.id, locked.last_seq, {
      ...eventEntry("read", author.kind, author.id, author.name, now),
      read_up_to: target,
    });
    return true;
  });
  if (wrote) await hub.publish([conversationTopic(row.id)]);
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

export async function entriesAfter(db: Db, conversationId: string, after: number, forAgent: boolean) {
  const rows = await store.listEntriesAfter(db, conversationId, after, ENTRIES_PAGE + 1);
  return {
    entries: rows.slice(0, ENTRIES_PAGE).map((row) => entryView(row, forAgent)),
    more: rows.length > ENTRIES_PAGE,
  };
}

// ---- Agents ----

export async function dutyOf(db: Db, agentId: string, now: number): Promise<Duty> {
  const row = await store.findAgent(db, agentId);
  const onDuty = row !== undefined && row.on_duty === 1 && (row.expires_at ?? "") > iso(now);
  return {
    onDuty,
    capacity: row?.capacity ?? DEFAULT_CAPACITY,
    active: await store.countActiveOf(db, agentId),
    expiresAt: onDuty ? (row?.expires_at ?? null) : null,
  };
}

export async function setDuty(
  db: Db,
  hub: Hub,
  agentId: string,
  request: { onDuty: boolean; capacity?: number | undefined },
  now: number,
): Promise<Duty> {
  const row = await store.findAgent(db, agentId);
  await store.writeAgent(db, {
    account_id: agentId,
    on_duty: request.onDuty ? 1 : 0,
    capacity: request.capacity ?? row?.capacity ?? DEFAULT_CAPACITY,
    expires_at: request.onDuty ? iso(now + DUTY_EXPIRES_SECONDS * 1000) : null,
    updated_at: iso(now),
  });
  // Estimates of waiting residents change with the agents on duty.
  await hub.publish([QUEUE_TOPIC]);
  return dutyOf(db, agentId, now);
}

/** Renews presence while on duty; a heartbeat after presence expired does not bring it back. */
export async function heartbeat(db: Db, agentId: string, now: number) {
  const duty = await dutyOf(db, agentId, now);
  if (duty.onDuty) {
    await db
      .updateTable("chat_agents")
      .set({ expires_at: iso(now + DUTY_EXPIRES_SECONDS * 1000), updated_at: iso(now) })
      .where("account_id", "=", agentId)
      .execute();
  }
  const waiting = await store.listWaiting(db, null);
  const byTopic: Record<string, number> = {};
  for (const row of waiting) byTopic[row.topic] = (byTopic[row.topic] ?? 0) + 1;
  return { duty: await dutyOf(db, agentId, now), waiting: waiting.length, byTopic };
}

/**
 * An agent's conversation: waiting ones and their own active ones; admins see all; ended ones are
 * transcripts, and every read of one is audited.
 */
export async function agentConversation(
  db: Db,
  agent: SignedInAccount,
  id: string,
): Promise<ChatConversationTable> {
  const row = await store.findConversation(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  if (row.status === "active" && row.agent_id !== agent.id && agent.role !== "admin") {
    throw new ProblemError(403, "forbidden", "Another agent has this chat");
  }
  if (row.status === "closed" || row.status === "left") {
    await recordAudit(db, {
      actor: agent,
      action: "chat.transcript-read",
      subjectId: row.account_id ?? row.id,
      details: { conversationId: row.id },
    });
  }
  return row;
}

/** One winner: the update only takes a waiting conversation; the loser gets 409 already_taken. */
export async function accept(db: Db, hub: Hub, agent: SignedInAccount, id: string, now: number) {
  const row = await inTransaction(db, async (trx) => {
    const locked = await store.lockAgent(trx, agent.id, iso(now));
    if (!locked || locked.on_duty !== 1 || (locked.expires_at ?? "") <= iso(now)) {
      throw new ProblemError(409, "conflict", "Go on duty first");
    }
    if ((await store.countActiveOf(trx, agent.id)) >= locked.capacity) {
      throw new ProblemError(409, "capacity_reached");
    }
    const taken = await store.updateConversation(
      trx,
      id,
      { status: "active", agent_id: agent.id, accepted_at: iso(now), waiting_since: null },
      { status: ["waiting"] },
    );
    if (!taken) {
      const current = await store.findConversation(trx, id);
      if (!current) throw new ProblemError(404, "not_found");
      if (current.status === "active") throw new ProblemError(409, "already_taken");
      throw new ProblemError(409, "conversation_ended");
    }
    await appendEvent(trx, id, eventEntry("joined", "agent", agent.id, agentName(agent), now));
    return store.findConversation(trx, id);
  });
  await hub.publish([conversationTopic(id), QUEUE_TOPIC]);
  if (!row) throw new ProblemError(404, "not_found");
  return row;
}

export async function transfer(
  db: Db,
  hub: Hub,
  agent: SignedInAccount,
  id: string,
  request: TransferRequest,
  now: number,
) {
  await inTransaction(db, async (trx) => {
    if ("toAgentId" in request) {
      if (request.toAgentId === agent.id) throw new ProblemError(409, "conflict", "That is you");
      const target = (await store.listOnDuty(trx, iso(now))).find((a) => a.account_id === request.toAgentId);
      if (!target) throw new ProblemError(409, "conflict", "The colleague is not on duty");
      if ((await store.countActiveOf(trx, target.account_id)) >= target.capacity) {
        throw new ProblemError(409, "capacity_reached", "The colleague has no free place");
      }
      const moved = await store.updateConversation(
        trx,
        id,
        { agent_id: target.account_id, accepted_at: iso(now) },
        { status: ["active"], agentId: agent.id },
      );
      if (!moved) throw await notYours(trx, id);
    } else {
      const moved = await store.updateConversation(
        trx,
        id,
        { status: "waiting", agent_id: null, department: request.toDepartment, waiting_since: iso(now) },
        { status: ["active"], agentId: agent.id },
      );
      if (!moved) throw await notYours(trx, id);
    }
    await appendEvent(trx, id, {
      ...eventEntry("transferred", "agent", agent.id, agentName(agent), now),
      text: request.note || null,
    });
  });
  await hub.publish([conversationTopic(id), QUEUE_TOPIC]);
}

async function notYours(db: Db, id: string): Promise<ProblemError> {
  const row = await store.findConversation(db, id);
  if (!row) return new ProblemError(404, "not_found");
  if (!(OPEN as readonly string[]).includes(row.status)) return new ProblemError(409, "conversation_ended");
  return new ProblemError(403, "forbidden", "Not your chat");
}

export async function close(
  db: Db,
  hub: Hub,
  agent: SignedInAccount,
  id: string,
  outcome: CloseOutcome,
  now: number,
  reason?: string,
) {
  const blocked = outcome === "blocked";
  await inTransaction(db, async (trx) => {
    const closed = await store.updateConversation(
      trx,
      id,
      { status: "closed", ended_at: iso(now), outcome, blocked: blocked ? 1 : 0 },
      { status: ["active"], agentId: agent.id },
    );
    if (!closed) throw await notYours(trx, id);
    await appendEvent(trx, id, {
      ...eventEntry(blocked ? "blocked" : "closed", "agent", agent.id, agentName(agent), now),
      outcome,
    });
    if (blocked) {
      const row = await store.findConversation(trx, id);
      await recordAudit(trx, {
        actor: agent,
        action: "chat.blocked",
        subjectId: row?.account_id ?? id,
        reason: reason ?? null,
        details: { conversationId: id },
      });
    }
  });
  await hub.publish([conversationTopic(id)]);
}

/** Agents on duty, for a transfer. */
export async function colleagues(db: Db, now: number) {
  const agents = await store.listOnDuty(db, iso(now));
  return Promise.all(
    agents.map(async (a) => ({
      id: a.account_id,
      name: `${a.given_name} ${a.family_name}`,
      department: DEPARTMENTS.find((d) => d === a.department) ?? null,
      active: await store.countActiveOf(db, a.account_id),
      capacity: a.capacity,
    })),
  );
}

// ---- Retention ----

/** Deletes conversations (and their logs) that ended more than `days` ago and were not saved. */
export async function deleteExpiredChats(db: Db, days: number, now: number) {
  const before = iso(now - days * 24 * 60 * MINUTE);
  return inTransaction(db, async (trx) => ({
    conversations: await store.deleteEndedBefore(trx, before),
    cases: await store.deleteCasesAnsweredBefore(trx, before),
  }));
}
