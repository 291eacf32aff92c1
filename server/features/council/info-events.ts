// Citizens' information events (Bürgerinformationsveranstaltungen) entered in the console, and the
// questions residents send beforehand: stored as "new", public only once the council office
// published them. Without an account a question costs a proof of work, as other public writes do.
import { randomUUID } from "node:crypto";
import {
  eventDocumentSchema,
  type InfoEvent,
  type InfoEventPage,
  type InfoEventWrite,
  type QuestionWrite,
  type StaffQuestion,
  streamAgendaItemSchema,
} from "../../../src/lib/contract/council-streams";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import { recordAudit } from "../../platform/audit/store";
import {
  deleteInfoEvent,
  findInfoEvent,
  findQuestion,
  findStreamOf,
  insertQuestion,
  listInfoEvents,
  listQuestions,
  setEventStreamsStart,
  setQuestionStatus,
  upsertInfoEvent,
} from "./streams-store";
import type { CouncilInfoEventTable } from "./tables";

/** Stored JSON is read back through the contract; a row of an older shape shows nothing rather than failing. */
const parsedList = <T extends z.ZodType>(schema: T, json: string): z.infer<T>[] => {
  const parsed = z.array(schema).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
};

export const eventAgenda = (row: CouncilInfoEventTable) => parsedList(streamAgendaItemSchema, row.agenda);

export async function toInfoEvent(db: Db, row: CouncilInfoEventTable): Promise<InfoEvent> {
  const stream = await findStreamOf(db, { kind: "event", id: row.id });
  return {
    id: row.id,
    title: row.title,
    start: row.starts_at,
    end: row.ends_at,
    place: row.place,
    topic: row.topic,
    description: row.description,
    documents: parsedList(eventDocumentSchema, row.documents),
    agenda: eventAgenda(row),
    streamId: stream?.id ?? null,
    sample: row.sample === 1,
  };
}

export async function infoEvents(db: Db): Promise<InfoEvent[]> {
  return Promise.all((await listInfoEvents(db)).map((row) => toInfoEvent(db, row)));
}

async function requireEvent(db: Db, id: string): Promise<CouncilInfoEventTable> {
  const row = await findInfoEvent(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  return row;
}

export async function infoEventPage(db: Db, id: string): Promise<InfoEventPage> {
  const row = await requireEvent(db, id);
  const questions = await listQuestions(db, id, "published");
  return {
    event: await toInfoEvent(db, row),
    questions: questions.map((q) => ({ id: q.id, text: q.text, at: q.created_at })),
  };
}

/**
 * Creates (`id` undefined) or changes an event. The programme's items keep their ids where the
 * number and name stay, so chapters already set keep pointing at them.
 */
export async function saveInfoEvent(
  db: Db,
  actor: SignedInAccount,
  id: string | undefined,
  write: InfoEventWrite,
  now: Date,
): Promise<{ event: InfoEvent; created: boolean }> {
  if (write.end && Date.parse(write.end) < Date.parse(write.start)) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "end", message: "ends before it starts" },
    ]);
  }
  const existing = id ? await requireEvent(db, id) : undefined;
  const before = existing ? eventAgenda(existing) : [];
  const agenda = write.agenda.map((item) => ({
    id: before.find((old) => old.number === item.number && old.name === item.name)?.id ?? randomUUID(),
    number: item.number || null,
    name: item.name,
  }));
  const at = now.toISOString();
  const start = new Date(write.start).toISOString();
  const row: CouncilInfoEventTable = {
    id: existing?.id ?? randomUUID(),
    title: write.title,
    starts_at: start,
    ends_at: write.end ? new Date(write.end).toISOString() : null,
    place: write.place,
    topic: write.topic,
    description: write.description,
    documents: JSON.stringify(write.documents),
    agenda: JSON.stringify(agenda),
    sample: existing?.sample ?? 0,
    created_at: existing?.created_at ?? at,
    updated_at: at,
  };
  await upsertInfoEvent(db, row);
  // The reminder follows the event when it moves.
  await setEventStreamsStart(db, row.id, start);
  await recordAudit(db, {
    actor,
    action: existing ? "council.event-updated" : "council.event-created",
    subjectId: row.id,
  });
  return { event: await toInfoEvent(db, row), created: !existing };
}

export async function removeInfoEvent(db: Db, actor: SignedInAccount, id: string): Promise<void> {
  if ((await deleteInfoEvent(db, id)) === 0) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor, action: "council.event-removed", subjectId: id });
}

/** A resident's question before the event: stored as new, shown once published. */
export async function submitQuestion(
  db: Db,
  eventId: string,
  write: QuestionWrite,
  accountId: string | null,
  proof: string | undefined,
  now: Date,
): Promise<{ id: string; status: "new" }> {
  await requireEvent(db, eventId);
  if (!accountId) await spendSolution(db, proof);
  const id = randomUUID();
  await insertQuestion(db, {
    id,
    event_id: eventId,
    text: write.text,
    status: "new",
    account_id: accountId,
    created_at: now.toISOString(),
    moderated_at: null,
  });
  return { id, status: "new" };
}

export async function staffQuestions(db: Db, eventId: string): Promise<StaffQuestion[]> {
  await requireEvent(db, eventId);
  return (await listQuestions(db, eventId)).map((q) => ({
    id: q.id,
    eventId: q.event_id,
    text: q.text,
    status: q.status as StaffQuestion["status"],
    at: q.created_at,
  }));
}

export async function moderateQuestion(
  db: Db,
  actor: SignedInAccount,
  id: string,
  status: "published" | "rejected",
  now: Date,
): Promise<StaffQuestion> {
  const question = await findQuestion(db, id);
  if (!question) throw new ProblemError(404, "not_found");
  await setQuestionStatus(db, id, status, now.toISOString());
  await recordAudit(db, { actor, action: "council.question-moderated", subjectId: id, details: { status } });
  return { id, eventId: question.event_id, text: question.text, status, at: question.created_at };
}
