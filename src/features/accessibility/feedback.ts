// Feedback on a barrier travels through the outbox as a public write (src/lib/outbox-sender.ts):
// written on the device (offline too), sent once when there is a connection, without an account
// with a proof of work. The reference comes by mail.
import type { AccessibilityFeedbackWrite } from "../../lib/contract/accessibility";
import { enqueuePublicWrite, type PublicWrite, queuedPublicWrite, sendAgain } from "../../lib/outbox-sender";

const FEEDBACK: PublicWrite = {
  kind: "accessibility-feedback",
  url: "/api/accessibility/feedback",
  challenge: "/api/accessibility/feedback/challenge",
};

/** Queues the feedback and tries to send it at once; its id names it on the page meanwhile. */
export const sendFeedback = (write: AccessibilityFeedbackWrite) => enqueuePublicWrite(FEEDBACK, write);

/** The outbox entry while the feedback waits or failed; undefined once the server has it. */
export const queuedFeedback = (id: string) => queuedPublicWrite(FEEDBACK, id);

export const retryFeedback = sendAgain;
