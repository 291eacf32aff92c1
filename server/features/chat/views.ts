// What the API shows of conversations and entries, for residents and for agents.
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import type {
  AgentConversation,
  ChatEntry,
  CloseOutcome,
  Conversation,
} from "../../../src/lib/contract/chat";
import type { Db } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import { agentName, iso, MINUTE } from "./service";
import * as store from "./store";
import type { EntryRow } from "./store";

/** Until the last hour has seen a handled chat: a typical Bürgerbüro question. */
const DEFAULT_HANDLING_MINUTES = 8;

export function entryView(row: EntryRow, forAgent: boolean): ChatEntry {
  return {
    seq: row.seq,
    kind: row.kind as ChatEntry["kind"],
    author: row.author as ChatEntry["author"],
    authorName: row.author_name,
    // A transfer's note is for the colleague, not for the resident.
    text: row.kind === "transferred" && !forAgent ? null : row.text,
    attachment:
      row.file_id && row.file_name && row.file_media_type
        ? {
            id: row.file_id,
            name: row.file_name,
            mediaType: row.file_media_type,
            size: Number(row.file_size ?? 0),
          }
        : null,
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
  const account = await store.findAccountName(db, agentId);
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
    rating: row.rating,
  };
}

export async function agentConversationView(
  db: Db,
  row: ChatConversationTable,
  now: number,
): Promise<AgentConversation> {
  const account = row.account_id ? await store.findResidentAccount(db, row.account_id) : undefined;
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
