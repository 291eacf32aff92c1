// The resident's side around the messages: "typing" (a wake-up through the hub, never in the log),
// the one-question rating once the chat has ended, the transcript by mail on request, and "done",
// which forgets an anonymous resident's hold on the conversation.
import type { Db } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import type { Mailer } from "../../mail/mailer";
import { residentTexts } from "../../texts/resident-texts";
import { type Hub, typingTopic } from "./hub";
import { iso } from "./service";
import * as store from "./store";
import { transcriptSubject, transcriptText } from "./transcript";
import { hasEnded } from "./stream";

/** Only while an agent has the conversation is there someone to see it; otherwise nothing is sent. */
export async function signalTyping(hub: Hub, row: ChatConversationTable, author: "resident" | "agent") {
  if (row.status !== "active") return;
  await hub.publish([typingTopic(row.id, author)]);
}

/** Once per conversation, after it ended. */
export async function rate(db: Db, row: ChatConversationTable, rating: number, now: number) {
  if (!hasEnded(row)) throw new ProblemError(409, "conflict", "The chat has not ended");
  if (!(await store.setRating(db, row.id, rating, iso(now)))) {
    throw new ProblemError(409, "conflict", "Rated already");
  }
}

/** The transcript to an address the resident gives (anonymous residents have no postbox). */
export async function mailTranscript(
  deps: { db: Db; mailer: Mailer },
  row: ChatConversationTable,
  email: string,
) {
  if (!hasEnded(row)) throw new ProblemError(409, "conflict", "The chat has not ended");
  const body = await transcriptText(deps.db, row.id, row.language);
  try {
    await deps.mailer.send({
      to: email,
      subject: transcriptSubject(row.language),
      text: `${body}${residentTexts(row.language).signature}`,
    });
  } catch {
    throw new ProblemError(503, "mail_unavailable", "The transcript could not be mailed");
  }
}

/** "Done": an anonymous resident's secret no longer reaches the ended conversation. */
export async function forget(db: Db, row: ChatConversationTable) {
  if (!hasEnded(row)) throw new ProblemError(409, "conflict", "Leave the chat first");
  if (row.account_id === null) await store.updateConversation(db, row.id, { token_hash: null }, {});
}
