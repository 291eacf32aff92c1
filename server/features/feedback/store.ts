import { randomUUID } from "node:crypto";
import type { Feedback } from "../../../src/lib/contract/feedback";
import type { Db } from "../../db/database";

export async function insertFeedback(db: Db, feedback: Feedback): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("feedback")
    .values({
      id,
      client_id: feedback.id,
      page: feedback.page,
      helpful: feedback.helpful ? 1 : 0,
      comment: feedback.comment || null,
      language: feedback.language,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** How often each client id was stored; exactly once is the contract of the outbox. */
export async function countFeedbackByClientId(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("feedback")
    .select((eb) => ["client_id", eb.fn.countAll<number>().as("count")])
    .groupBy("client_id")
    .execute();
  return new Map(rows.map((r) => [r.client_id, Number(r.count)]));
}
