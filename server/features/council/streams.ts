// Rules of the streams: a stream belongs to one meeting (its synced record) or one info event; it
// goes live once, and its seconds count from then. "Jetzt: TOP n" sets the current item and adds a
// chapter at the seconds since the start; a § 64 (2) NKomVG span is skipped in the recording. Every
// change wakes the viewers' event streams through the hub (LISTEN/NOTIFY on PostgreSQL).
import { randomUUID } from "node:crypto";
import {
  COUNCIL_MEETINGS_COLLECTION,
  councilMeetingSchema,
  type CouncilMeeting,
} from "../../../src/lib/contract/council";
import type {
  SkipWrite,
  StreamAgendaItem,
  StreamLive,
  StreamState,
  StreamTarget,
  StreamView,
  StreamWrite,
} from "../../../src/lib/contract/council-streams";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { recordAudit } from "../../platform/audit/store";
import { readPublicEntry } from "../../platform/sync/store";
// The shared hub carries wake-ups by topic; the streams use topics of their own.
import { hubOf } from "../../platform/hub/hub";
import { eventAgenda } from "./info-events";
import {
  deleteSkip,
  deleteStream,
  findInfoEvent,
  findStream,
  findStreamOf,
  insertChapter,
  insertSkip,
  insertStream,
  listChapters,
  listSkips,
  listStreams,
  updateStream,
} from "./streams-store";
import type { CouncilStreamTable } from "./tables";

/** The council office's department; admins may stand in (server/http/session.ts requireStaff). */
export const COUNCIL_DEPARTMENT = "rat";

export const streamTopic = (streamId: string) => `stream:${streamId}`;

const invalid = (path: string, message: string) =>
  new ProblemError(400, "validation_failed", undefined, [{ path, message }]);

/** An instant as UTC ISO, so that the reminder job compares strings. */
const utc = (instant: string | null) => (instant ? new Date(instant).toISOString() : null);

export async function meetingRecord(db: Db, id: string): Promise<CouncilMeeting | null> {
  const parsed = councilMeetingSchema.safeParse(
    (await readPublicEntry(db, COUNCIL_MEETINGS_COLLECTION, id))?.data,
  );
  return parsed.success ? parsed.data : null;
}

/** A meeting's public agenda items (the closed part is neither streamed nor marked). */
const meetingAgenda = (meeting: CouncilMeeting): StreamAgendaItem[] =>
  meeting.agenda.filter((item) => item.public).map(({ id, number, name }) => ({ id, number, name }));

type Described = { title: string; start: string | null; agenda: StreamAgendaItem[]; sample: boolean };

async function describe(db: Db, row: CouncilStreamTable): Promise<Described | null> {
  if (row.meeting_id) {
    const meeting = await meetingRecord(db, row.meeting_id);
    if (!meeting) return null;
    return {
      title: meeting.name,
      start: meeting.start,
      agenda: meetingAgenda(meeting),
      sample: meeting.sample,
    };
  }
  const event = row.event_id ? await findInfoEvent(db, row.event_id) : undefined;
  if (!event) return null;
  return {
    title: event.title,
    start: event.starts_at,
    agenda: eventAgenda(event),
    sample: event.sample === 1,
  };
}

export async function liveOf(db: Db, row: CouncilStreamTable): Promise<StreamLive> {
  const [chapters, skips] = await Promise.all([listChapters(db, row.id), listSkips(db, row.id)]);
  return {
    state: row.state as StreamState,
    currentItemId: row.current_item_id,
    chapters: chapters.map((c) => ({ agendaItemId: c.agenda_item_id, seconds: c.seconds, at: c.at })),
    skips: skips.map((s) => ({ id: s.id, from: s.from_seconds, to: s.to_seconds, note: s.note })),
  };
}

export async function streamView(db: Db, row: CouncilStreamTable): Promise<StreamView | null> {
  const described = await describe(db, row);
  if (!described) return null;
  const target: StreamTarget = row.meeting_id
    ? { kind: "meeting", id: row.meeting_id }
    : { kind: "event", id: row.event_id ?? "" };
  return {
    id: row.id,
    target,
    title: described.title,
    start: described.start,
    liveUrl: row.live_url,
    recordingUrl: row.recording_url,
    startedAt: row.started_at,
    ...(await liveOf(db, row)),
    agenda: described.agenda,
    sample: described.sample || row.sample === 1,
  };
}

async function requireStream(db: Db, id: string): Promise<CouncilStreamTable> {
  const row = await findStream(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  return row;
}

export async function publicStream(db: Db, id: string): Promise<StreamView> {
  const view = await streamView(db, await requireStream(db, id));
  if (!view) throw new ProblemError(404, "not_found");
  return view;
}

export async function streamOfTarget(db: Db, target: StreamTarget): Promise<StreamView> {
  const row = await findStreamOf(db, target);
  const view = row ? await streamView(db, row) : null;
  if (!view) throw new ProblemError(404, "not_found");
  return view;
}

export async function allStreams(db: Db): Promise<StreamView[]> {
  const views = await Promise.all((await listStreams(db)).map((row) => streamView(db, row)));
  return views.filter((view): view is StreamView => view !== null);
}

const wake = (db: Db, streamId: string) => hubOf(db).publish([streamTopic(streamId)]);

async function targetStart(db: Db, target: StreamTarget): Promise<string | null> {
  if (target.kind === "meeting") {
    const meeting = await meetingRecord(db, target.id);
    if (!meeting) throw invalid("target.id", "no such meeting");
    return utc(meeting.start);
  }
  const event = await findInfoEvent(db, target.id);
  if (!event) throw invalid("target.id", "no such info event");
  return utc(event.starts_at);
}

/** Attaches a stream to a meeting or event (`id` undefined) or changes one. */
export async function saveStream(
  db: Db,
  actor: SignedInAccount,
  id: string | undefined,
  write: StreamWrite,
  now: Date,
): Promise<{ view: StreamView; created: boolean }> {
  const startsAt = await targetStart(db, write.target);
  const existing = id ? await requireStream(db, id) : undefined;
  const other = await findStreamOf(db, write.target);
  if (other && other.id !== existing?.id) {
    throw new ProblemError(409, "conflict", "This meeting or event has a stream already");
  }
  const at = now.toISOString();
  const fields = {
    meeting_id: write.target.kind === "meeting" ? write.target.id : null,
    event_id: write.target.kind === "event" ? write.target.id : null,
    live_url: write.liveUrl,
    recording_url: write.recordingUrl,
    state: write.state,
    starts_at: startsAt,
    updated_at: at,
  };
  let streamId: string;
  if (existing) {
    streamId = existing.id;
    await updateStream(db, streamId, {
      ...fields,
      // The seconds of the chapters count from the first time it went live.
      started_at: existing.started_at ?? (write.state === "live" ? at : null),
      current_item_id: write.state === "ended" ? null : existing.current_item_id,
    });
  } else {
    streamId = randomUUID();
    await insertStream(db, {
      id: streamId,
      ...fields,
      started_at: write.state === "live" ? at : null,
      current_item_id: null,
      sample: 0,
      created_at: at,
    });
  }
  await recordAudit(db, {
    actor,
    action: existing ? "council.stream-updated" : "council.stream-attached",
    subjectId: streamId,
    details: { target: write.target, state: write.state },
  });
  await wake(db, streamId);
  const view = await streamView(db, await requireStream(db, streamId));
  if (!view) throw new ProblemError(404, "not_found");
  return { view, created: !existing };
}

export async function removeStream(db: Db, actor: SignedInAccount, id: string): Promise<void> {
  if ((await deleteStream(db, id)) === 0) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor, action: "council.stream-removed", subjectId: id });
  await wake(db, id);
}

/**
 * "Jetzt: TOP n": the item becomes the current one and gets a chapter at the seconds since the
 * stream went live. Pressing it starts the stream's clock when staff forgot to switch it live.
 */
export async function markNow(
  db: Db,
  actor: SignedInAccount,
  streamId: string,
  agendaItemId: string,
  now: Date,
): Promise<StreamView> {
  const row = await requireStream(db, streamId);
  const described = await describe(db, row);
  if (!described) throw new ProblemError(404, "not_found");
  if (!described.agenda.some((item) => item.id === agendaItemId)) {
    throw invalid("agendaItemId", "not a public item of this agenda");
  }
  if (row.state === "ended") throw new ProblemError(409, "conflict", "The stream has ended");
  const at = now.toISOString();
  const startedAt = row.started_at ?? at;
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(startedAt)) / 100) / 10);
  await db.transaction().execute(async (trx) => {
    await updateStream(trx, streamId, {
      state: "live",
      started_at: startedAt,
      current_item_id: agendaItemId,
      updated_at: at,
    });
    await insertChapter(trx, {
      id: randomUUID(),
      stream_id: streamId,
      agenda_item_id: agendaItemId,
      seconds,
      at,
    });
  });
  await recordAudit(db, {
    actor,
    action: "council.stream-item-marked",
    subjectId: streamId,
    details: { agendaItemId, seconds },
  });
  await wake(db, streamId);
  return (await streamView(db, await requireStream(db, streamId)))!;
}

/** § 64 (2) NKomVG: the span of a contribution a member objected to; the recording skips it. */
export async function addSkip(
  db: Db,
  actor: SignedInAccount,
  streamId: string,
  write: SkipWrite,
  now: Date,
): Promise<StreamView> {
  await requireStream(db, streamId);
  const id = randomUUID();
  await insertSkip(db, {
    id,
    stream_id: streamId,
    from_seconds: write.from,
    to_seconds: write.to,
    note: write.note,
    created_at: now.toISOString(),
  });
  await recordAudit(db, {
    actor,
    action: "council.stream-span-skipped",
    subjectId: streamId,
    details: { id, from: write.from, to: write.to },
  });
  await wake(db, streamId);
  return (await streamView(db, await requireStream(db, streamId)))!;
}

export async function removeSkip(
  db: Db,
  actor: SignedInAccount,
  streamId: string,
  skipId: string,
): Promise<void> {
  if ((await deleteSkip(db, streamId, skipId)) === 0) throw new ProblemError(404, "not_found");
  await recordAudit(db, {
    actor,
    action: "council.stream-span-restored",
    subjectId: streamId,
    details: { id: skipId },
  });
  await wake(db, streamId);
}
