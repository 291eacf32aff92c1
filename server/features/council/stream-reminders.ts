// "Erinnern": a device asks for a push STREAM_REMINDER_MINUTES before a streamed meeting or info
// event starts (its push subscription proven by the manage token, as on /api/push and /abfall). Once
// a minute the background jobs look for streams starting within that window; the push job's ref
// names device and stream, so each reminder is written once, also after a restart or a second look.
import { STREAM_REMINDER_MINUTES } from "../../../src/lib/contract/council-streams";
import { isUiLanguage, type UiLanguage } from "../../../src/lib/contract/languages";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { councilStreamPayload, councilStreamRef } from "../push/council-stream-payload";
import { enqueuePushJob } from "../push/jobs";
import { ownedSubscription } from "../push/service";
import { meetingRecord } from "./streams";
import {
  deleteStreamReminder,
  findInfoEvent,
  findStream,
  hasStreamReminder,
  remindersStartingBetween,
  saveStreamReminder,
} from "./streams-store";

const MINUTE = 60_000;

async function requireStream(db: Db, id: string) {
  const row = await findStream(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  return row;
}

export async function readStreamReminder(db: Db, streamId: string, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  await requireStream(db, streamId);
  return hasStreamReminder(db, streamId, subscriptionId);
}

export async function writeStreamReminder(
  db: Db,
  streamId: string,
  subscriptionId: string,
  token: string,
  language: UiLanguage,
  now: Date,
): Promise<void> {
  await ownedSubscription(db, subscriptionId, token);
  const stream = await requireStream(db, streamId);
  // A reminder of a session that has begun would never fire: refuse it rather than pretend.
  if (!stream.starts_at || Date.parse(stream.starts_at) <= now.getTime()) {
    throw new ProblemError(409, "conflict", "This session has no start ahead");
  }
  await saveStreamReminder(db, {
    stream_id: streamId,
    subscription_id: subscriptionId,
    language,
    created_at: now.toISOString(),
  });
}

export async function removeStreamReminder(db: Db, streamId: string, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  await deleteStreamReminder(db, streamId, subscriptionId);
}

/**
 * Writes the push job of every reminder whose stream starts within the next STREAM_REMINDER_MINUTES
 * (a start already passed is left: "starts in 15 minutes" would be wrong). Returns how many were written.
 */
export async function enqueueDueStreamReminders(db: Db, now: Date): Promise<number> {
  const until = new Date(now.getTime() + STREAM_REMINDER_MINUTES * MINUTE).toISOString();
  let written = 0;
  for (const due of await remindersStartingBetween(db, now.toISOString(), until)) {
    let name: string | undefined;
    let url: string;
    if (due.meeting_id) {
      name = (await meetingRecord(db, due.meeting_id))?.name;
      url = `/rat/sitzung/${encodeURIComponent(due.meeting_id)}`;
    } else {
      name = due.event_id ? (await findInfoEvent(db, due.event_id))?.title : undefined;
      url = `/rat/veranstaltungen/${encodeURIComponent(due.event_id ?? "")}`;
    }
    if (!name || !due.starts_at) continue;
    const minutes = Math.max(1, Math.round((Date.parse(due.starts_at) - now.getTime()) / MINUTE));
    const language = isUiLanguage(due.language) ? due.language : "de";
    const ref = councilStreamRef(due.subscription_id, due.stream_id);
    if (await enqueuePushJob(db, ref, councilStreamPayload(language, name, minutes, url))) written++;
  }
  return written;
}
