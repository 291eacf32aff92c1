// A resident's question before an information event travels through the outbox as a public write
// (src/lib/outbox-sender.ts): written on the device (offline too), sent once there is a connection,
// without an account with a proof of work. The council office publishes it or not.
import type { QuestionWrite } from "../../lib/contract/council-streams";
import { enqueuePublicWrite, type PublicWrite, queuedPublicWrite, sendAgain } from "../../lib/outbox-sender";

const QUESTION = (eventId: string): PublicWrite => ({
  kind: "council-question",
  url: `/api/council/events/${encodeURIComponent(eventId)}/questions`,
  challenge: "/api/council/events/questions/challenge",
});

/** Queues the question (offline too) and tries to send it at once; its id names it meanwhile. */
export const sendQuestion = (eventId: string, write: QuestionWrite) =>
  enqueuePublicWrite(QUESTION(eventId), write);
export const queuedQuestion = (eventId: string, id: string) => queuedPublicWrite(QUESTION(eventId), id);
export const retryQuestion = sendAgain;
