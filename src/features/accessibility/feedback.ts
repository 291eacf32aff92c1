// Feedback on a barrier travels through the outbox: written on the device (offline too), sent once
// when there is a connection (the entry's id is the Idempotency-Key). Without an account the server
// wants a proof of work, which the outbox solves when it sends. The reference comes by mail.
import type { AccessibilityFeedbackWrite } from "../../lib/contract/accessibility";
import { appDb } from "../../lib/db";
import { enqueue, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";

export const FEEDBACK_KIND = "accessibility-feedback";
const ENDPOINT = "/api/accessibility/feedback";
const CHALLENGE = "/api/accessibility/feedback/challenge";

/** Queues the feedback and tries to send it at once; its id names it on the page meanwhile. */
export async function sendFeedback(write: AccessibilityFeedbackWrite): Promise<string> {
  const id = crypto.randomUUID();
  // Always solved: who is signed in when the outbox sends may differ from now.
  await enqueue(appDb(), {
    id,
    kind: FEEDBACK_KIND,
    ref: id,
    method: "POST",
    url: ENDPOINT,
    body: write,
    proofOfWork: CHALLENGE,
  });
  await outboxChanged();
  return id;
}

/** The outbox entry while the feedback waits or failed; undefined once the server has it. */
export const queuedFeedback = (id: string) =>
  appDb()
    .outbox.where("id")
    .equals(id)
    .filter((entry) => entry.kind === FEEDBACK_KIND)
    .first();

export async function retryFeedback(id: string): Promise<void> {
  await retryEntry(appDb(), id);
  await outboxChanged();
}
