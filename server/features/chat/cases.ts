// "Leave a message" (outside chat hours or with nobody on duty) becomes a case the office answers:
// into the postbox of a signed-in resident, by mail to an anonymous one. Also the chat's settings
// and the transcript a resident saves into their postbox.
import { randomUUID } from "node:crypto";
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import type { ChatCase, ChatCaseRequest } from "../../../src/lib/contract/chat";
import { type Db, inTransaction } from "../../db/database";
import type { AccountTable, ChatCaseTable, ChatConversationTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import type { Mailer } from "../../mail/mailer";
import { residentTexts } from "../../texts/resident-texts";
import { insertMessage, publishPostboxMessage } from "../account/postbox";
import { findAccount } from "../account/store";
import { recordAudit } from "../../platform/audit/store";
import { openingHoursError } from "../shops/service";
import { chatHoursStatus } from "./hours";
import { type Settings, settingsOf } from "./service";
import * as store from "./store";
import { copyFilesToPostbox } from "./attachments";
import { transcriptSubject, transcriptText } from "./transcript";

const CASE_LIST_MAX = 200;

export function caseView(row: ChatCaseTable): ChatCase {
  return {
    id: row.id,
    status: row.status === "answered" ? "answered" : "open",
    topic: row.topic as ChatCase["topic"],
    language: row.language,
    answerBy: row.account_id ? "postbox" : "mail",
    createdAt: row.created_at,
  };
}

export const agentCaseView = (row: ChatCaseTable) => ({
  ...caseView(row),
  text: row.text,
  name: row.name,
  email: row.email,
  answeredAt: row.answered_at,
});

export async function createCase(
  db: Db,
  account: SignedInAccount | null,
  request: ChatCaseRequest,
  now: number,
): Promise<ChatCaseTable> {
  if (!account && !request.email) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "email", message: "Without an account the answer goes by mail: an address is needed" },
    ]);
  }
  if (!account) await spendSolution(db, request.proofOfWork);
  const row: ChatCaseTable = {
    id: randomUUID(),
    status: "open",
    topic: request.topic,
    language: request.language,
    text: request.text,
    name: account ? `${account.givenName} ${account.familyName}` : (request.name ?? null),
    email: account ? null : (request.email ?? null),
    account_id: account?.id ?? null,
    created_at: new Date(now).toISOString(),
    answered_at: null,
    answered_by: null,
  };
  await store.insertCase(db, row);
  return row;
}

export const listCases = async (db: Db) => (await store.listCases(db, CASE_LIST_MAX)).map(agentCaseView);

/**
 * The answer goes where the case said; the case is marked answered in the same transaction as the
 * postbox message, so a second agent's answer gets 409. A mail is sent after the commit: when it
 * fails, the case is open again.
 */
export async function answerCase(
  deps: { db: Db; mailer: Mailer },
  agent: SignedInAccount,
  id: string,
  answer: { subject: string; text: string },
  now: number,
): Promise<{ row: ChatCaseTable; recipient: AccountTable | null }> {
  const { db } = deps;
  const at = new Date(now).toISOString();
  const result = await inTransaction(db, async (trx) => {
    const row = await store.findCase(trx, id);
    if (!row) throw new ProblemError(404, "not_found");
    if (!(await store.markCaseAnswered(trx, id, agent.id, at))) {
      throw new ProblemError(409, "conflict", "Answered already");
    }
    let recipient: AccountTable | null = null;
    if (row.account_id) {
      recipient = (await findAccount(trx, row.account_id)) ?? null;
      if (!recipient) throw new ProblemError(404, "not_found");
      const message = await insertMessage(trx, {
        account_id: recipient.id,
        recipient_name: `${recipient.given_name} ${recipient.family_name}`,
        sender_account_id: agent.id,
        sender_department: DEPARTMENTS.find((d) => d === agent.department) ?? "buergerbuero",
        kind: "message",
        subject: answer.subject,
        body: answer.text,
      });
      await publishPostboxMessage(trx, message.id);
    }
    await recordAudit(trx, {
      actor: agent,
      action: "chat.case-answered",
      subjectId: row.account_id ?? row.id,
      details: { caseId: row.id, by: row.account_id ? "postbox" : "mail" },
    });
    return { row, recipient };
  });
  if (!result.row.account_id && result.row.email) {
    const signature = residentTexts(result.row.language).signature;
    try {
      await deps.mailer.send({
        to: result.row.email,
        subject: answer.subject,
        text: `${answer.text}${signature}`,
      });
    } catch {
      await store.reopenCase(db, id);
      throw new ProblemError(
        503,
        "mail_unavailable",
        "The answer could not be mailed; the case is open again",
      );
    }
  }
  return result;
}

// ---- Settings ----

export async function updateSettings(
  db: Db,
  actor: SignedInAccount,
  request: { hours: string; agentDepartments?: Settings["agentDepartments"] | undefined },
  now: number,
): Promise<Settings> {
  const fault = openingHoursError(request.hours) ?? evaluationError(request.hours, now);
  if (fault) {
    throw new ProblemError(400, "validation_failed", "opening_hours is not valid", [
      { path: "hours", message: fault },
    ]);
  }
  const current = await settingsOf(db);
  const departments = request.agentDepartments ?? current.agentDepartments;
  const changesAgents = [...departments].sort().join() !== [...current.agentDepartments].sort().join();
  if (changesAgents && actor.role !== "admin") {
    throw new ProblemError(403, "forbidden", "Only admins choose the agents' departments");
  }
  await inTransaction(db, async (trx) => {
    await store.writeSettings(trx, {
      id: store.SETTINGS_ID,
      hours: request.hours,
      agent_departments: JSON.stringify([...new Set(departments)]),
      updated_at: new Date(now).toISOString(),
      updated_by: actor.id,
    });
    await recordAudit(trx, {
      actor,
      action: "chat.settings-updated",
      details: { hours: request.hours, agentDepartments: departments },
    });
  });
  return settingsOf(db);
}

/** A rule the library parses may still fail to evaluate: refused here, not at every status request. */
function evaluationError(rule: string, now: number): string | null {
  try {
    chatHoursStatus(rule, now);
    return null;
  } catch (error) {
    return String(error).slice(0, 300);
  }
}

// ---- Transcript into the postbox ----

/**
 * The conversation's messages as text into the owner's postbox, its photos and PDFs as the message's
 * attachments; kept beyond the retention period.
 */
export async function saveTranscript(
  db: Db,
  row: ChatConversationTable,
  owner: SignedInAccount,
): Promise<AccountTable> {
  const account = await findAccount(db, owner.id);
  if (!account || row.account_id !== owner.id) throw new ProblemError(404, "not_found");
  return inTransaction(db, async (trx) => {
    if (!(await store.markSavedToPostbox(trx, row.id))) {
      throw new ProblemError(409, "conflict", "Saved already");
    }
    const body = await transcriptText(trx, row.id, account.language);
    const message = await insertMessage(trx, {
      account_id: account.id,
      recipient_name: `${account.given_name} ${account.family_name}`,
      sender_account_id: null,
      sender_department: "buergerbuero",
      kind: "message",
      subject: transcriptSubject(account.language),
      body,
    });
    await copyFilesToPostbox(trx, row.id, account.id, message.id);
    await publishPostboxMessage(trx, message.id);
    return account;
  });
}
