// Canned answers the office keeps: every agent reads and inserts them, leads and admins keep them
// (office.ts). One may link a services guide page; the guide decides whether that page exists.
import { randomUUID } from "node:crypto";
import {
  CANNED_ANSWERS_MAX,
  type CannedAnswer,
  type CannedAnswerRequest,
} from "../../../src/lib/contract/chat-office";
import { type Db, inTransaction } from "../../db/database";
import type { ChatCannedAnswerTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { findServices } from "../appointments/guide-data";
import { recordAudit } from "../../platform/audit/store";
import * as store from "./store";

export const cannedView = (row: ChatCannedAnswerTable): CannedAnswer => ({
  id: row.id,
  title: row.title,
  text: row.text,
  serviceId: row.service_id,
  updatedAt: row.updated_at,
});

export const listCanned = async (db: Db) =>
  (await store.listCannedAnswers(db, CANNED_ANSWERS_MAX)).map(cannedView);

async function checkService(db: Db, serviceId: string | null | undefined) {
  if (!serviceId) return;
  if (!(await findServices(db, [serviceId])).has(serviceId)) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "serviceId", message: "No such page in the services guide" },
    ]);
  }
}

export async function createCanned(db: Db, lead: SignedInAccount, request: CannedAnswerRequest, now: number) {
  await checkService(db, request.serviceId);
  const row: ChatCannedAnswerTable = {
    id: randomUUID(),
    title: request.title,
    text: request.text,
    service_id: request.serviceId ?? null,
    updated_at: new Date(now).toISOString(),
    updated_by: lead.id,
  };
  await inTransaction(db, async (trx) => {
    if ((await store.countCannedAnswers(trx)) >= CANNED_ANSWERS_MAX) {
      throw new ProblemError(409, "conflict", `At most ${CANNED_ANSWERS_MAX} canned answers`);
    }
    await store.insertCannedAnswer(trx, row);
    await recordAudit(trx, { actor: lead, action: "chat.canned-updated", details: { id: row.id } });
  });
  return cannedView(row);
}

export async function updateCanned(
  db: Db,
  lead: SignedInAccount,
  id: string,
  request: CannedAnswerRequest,
  now: number,
) {
  await checkService(db, request.serviceId);
  const values = {
    title: request.title,
    text: request.text,
    service_id: request.serviceId ?? null,
    updated_at: new Date(now).toISOString(),
    updated_by: lead.id,
  };
  await inTransaction(db, async (trx) => {
    if (!(await store.updateCannedAnswer(trx, id, values))) throw new ProblemError(404, "not_found");
    await recordAudit(trx, { actor: lead, action: "chat.canned-updated", details: { id } });
  });
  return cannedView({ id, ...values });
}

export async function deleteCanned(db: Db, lead: SignedInAccount, id: string) {
  await inTransaction(db, async (trx) => {
    if (!(await store.deleteCannedAnswer(trx, id))) throw new ProblemError(404, "not_found");
    await recordAudit(trx, { actor: lead, action: "chat.canned-deleted", details: { id } });
  });
}
