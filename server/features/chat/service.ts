// The chat's shared rules: its settings (hours, agents' departments), who is an agent, whether a
// chat can be started now, and retention. The rest lives by concern: conversations.ts (the
// resident's side), messages.ts (the log), queue.ts (agents' duty, accept, transfer, close) and
// views.ts (what the API shows). Every function takes the instant it works at, so tests fix the clock.
import type { Department } from "../../../src/lib/contract/account-constants";
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import type { ChatStatus } from "../../../src/lib/contract/chat";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { chatHoursStatus, DEFAULT_CHAT_HOURS } from "./hours";
import * as store from "./store";

export const MINUTE = 60_000;
export const OPEN = ["waiting", "active"] as const;
export const isOpen = (status: string) => (OPEN as readonly string[]).includes(status);
export const iso = (ms: number) => new Date(ms).toISOString();

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

// ---- Retention ----

/** Deletes conversations (and their logs) that ended more than `days` ago and were not saved. */
export async function deleteExpiredChats(db: Db, days: number, now: number) {
  const before = iso(now - days * 24 * 60 * MINUTE);
  return inTransaction(db, async (trx) => ({
    conversations: await store.deleteEndedBefore(trx, before),
    cases: await store.deleteCasesAnsweredBefore(trx, before),
  }));
}
