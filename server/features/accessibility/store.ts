import { randomUUID } from "node:crypto";
import type {
  AccessibilityFeedback,
  AccessibilityFeedbackWrite,
} from "../../../src/lib/contract/accessibility";
import type { Db } from "../../db/database";
import type { AccessibilityFeedbackTable } from "../../db/schema";
import { newReference } from "../../lib/reference";

const toFeedback = (row: AccessibilityFeedbackTable): AccessibilityFeedback => ({
  id: row.id,
  reference: row.reference,
  message: row.message,
  page: row.page,
  name: row.name,
  email: row.email,
  receivedAt: row.received_at,
  answerBy: row.answer_by,
  answeredAt: row.answered_at,
});

export async function insertFeedback(
  db: Db,
  write: AccessibilityFeedbackWrite,
  accountId: string | null,
  receivedAt: Date,
  answerBy: string,
): Promise<AccessibilityFeedback> {
  const row: AccessibilityFeedbackTable = {
    id: randomUUID(),
    reference: newReference("BF"),
    message: write.message,
    page: write.page ?? null,
    name: write.name ?? null,
    email: write.email ?? null,
    account_id: accountId,
    received_at: receivedAt.toISOString(),
    answer_by: answerBy,
    answered_at: null,
  };
  await db.insertInto("accessibility_feedback").values(row).execute();
  return toFeedback(row);
}

/** Open feedback first, the oldest (the nearest deadline) on top; then the 50 last answered. */
export async function listFeedback(db: Db): Promise<AccessibilityFeedback[]> {
  const open = await db
    .selectFrom("accessibility_feedback")
    .selectAll()
    .where("answered_at", "is", null)
    .orderBy("received_at")
    .execute();
  const answered = await db
    .selectFrom("accessibility_feedback")
    .selectAll()
    .where("answered_at", "is not", null)
    .orderBy("answered_at", "desc")
    .limit(50)
    .execute();
  return [...open, ...answered].map(toFeedback);
}

/** Marks it answered once; a second mark keeps the first time. Undefined when there is no such feedback. */
export async function markFeedbackAnswered(
  db: Db,
  id: string,
  at: Date,
): Promise<AccessibilityFeedback | undefined> {
  await db
    .updateTable("accessibility_feedback")
    .set({ answered_at: at.toISOString() })
    .where("id", "=", id)
    .where("answered_at", "is", null)
    .execute();
  const row = await db
    .selectFrom("accessibility_feedback")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toFeedback(row);
}

/** A setting's value, undefined when no admin set it. */
export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("accessibility_settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

/** Sets a setting, or removes it with `null`. */
export async function writeSetting(db: Db, key: string, value: string | null, at: Date): Promise<void> {
  if (value === null) {
    await db.deleteFrom("accessibility_settings").where("key", "=", key).execute();
    return;
  }
  await db
    .insertInto("accessibility_settings")
    .values({ key, value, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value, updated_at: at.toISOString() }))
    .execute();
}
