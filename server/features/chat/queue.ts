// The agents' side: duty and presence, the queue, accept (one winner), transfer, close and block.
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import {
  type CloseOutcome,
  type Duty,
  DUTY_EXPIRES_SECONDS,
  type TransferRequest,
} from "../../../src/lib/contract/chat";
import { type Db, inTransaction } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { recordAudit } from "../../platform/audit/store";
import { conversationTopic, type Hub, QUEUE_TOPIC } from "./hub";
import { appendEvent, eventEntry } from "./messages";
import { agentName, iso, isOpen } from "./service";
import * as store from "./store";

const DEFAULT_CAPACITY = 3;

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
    await store.renewDuty(db, agentId, iso(now + DUTY_EXPIRES_SECONDS * 1000), iso(now));
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
  if (!isOpen(row.status)) return new ProblemError(409, "conversation_ended");
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
