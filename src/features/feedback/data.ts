// "War diese Seite hilfreich?": remembered on the device, sent through the outbox.
import type { Feedback } from "../../lib/contract/feedback";
import { appDb } from "../../lib/db";
import { contentLanguage } from "../../lib/i18n";
import { discardEntry, enqueue } from "../../lib/outbox";
import { outboxChanged, sendAgain } from "../../lib/outbox-sender";

export { FEEDBACK_MAX_COMMENT } from "../../lib/contract/limits";
const KIND = "feedback";

export async function giveFeedback(page: string, helpful: boolean, comment?: string): Promise<void> {
  const db = appDb();
  const id = crypto.randomUUID();
  // The server validates; the form cannot produce anything else (maxLength on the comment).
  const body: Feedback = { id, page, helpful, comment: comment || undefined, language: contentLanguage() };
  await db.transaction("rw", [db.feedbackGiven, db.outbox], async () => {
    await db.feedbackGiven.put({ page, helpful, at: new Date().toISOString() });
    await enqueue(db, { id, kind: KIND, ref: page, method: "POST", url: "/api/feedback", body });
  });
  await outboxChanged();
}

export const feedbackGiven = (page: string) => appDb().feedbackGiven.get(page);

/** The outbox entry of this page's feedback while it is not yet on the server. */
export const pendingFeedback = (page: string) =>
  appDb()
    .outbox.where("ref")
    .equals(page)
    .filter((e) => e.kind === KIND)
    .first();

export const retryFeedback = sendAgain;

export async function withdrawFeedback(page: string, id: string): Promise<void> {
  const db = appDb();
  await db.transaction("rw", [db.feedbackGiven, db.outbox], async () => {
    await discardEntry(db, id);
    await db.feedbackGiven.delete(page);
  });
}
