// The account's applications (synced feed "applications", read offline) and the writes this feature
// puts into the outbox: uploads, submissions, answers to the office's questions.
import type { AnswerQuestion } from "../../lib/contract/applications";
import { appDb, type DraftFile } from "../../lib/db";
import { enqueue, type NewOutboxEntry, PART_BYTES, retryEntry } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";

export const OUTBOX_KINDS = ["application-upload", "application-submit", "application-answer"] as const;
export type ApplicationWriteKind = (typeof OUTBOX_KINDS)[number];

/** Newest first. */
export const myApplications = () => appDb().applications.orderBy("submittedAt").reverse().toArray();

export const applicationById = (id: string) => appDb().applications.get(id);

/** This feature's queued writes about one application or draft, in the order they are sent. */
export const writesAbout = (ref: string) =>
  appDb()
    .outbox.where("ref")
    .equals(ref)
    .filter((entry) => (OUTBOX_KINDS as readonly string[]).includes(entry.kind))
    .sortBy("seq");

/** "Erneut versuchen" for every failed write about the record, in their order. */
export async function retryWrites(ref: string): Promise<void> {
  const db = appDb();
  const failed = (await writesAbout(ref)).filter((entry) => entry.status === "failed");
  for (const entry of failed) await retryEntry(db, entry.id);
  await outboxChanged();
}

/** Drops the failed answer and its files: the user writes it again. */
export async function discardWrites(ref: string): Promise<void> {
  const db = appDb();
  const ids = (await writesAbout(ref)).map((entry) => entry.id);
  await db.outbox.where("id").anyOf(ids).delete();
}

/**
 * The outbox entry that uploads a file: in one request when it is small, in resumable parts when a
 * break on a bad connection would otherwise send it all again.
 */
export function uploadEntry(ref: string, file: DraftFile): NewOutboxEntry {
  return {
    kind: "application-upload",
    ref,
    method: file.size > PART_BYTES ? "PATCH" : "PUT",
    url: `/api/applications/uploads/${file.id}`,
    body:
      file.size > PART_BYTES
        ? { file: file.blob, name: file.name }
        : { file: new File([file.blob], file.name, { type: file.mediaType }) },
    encoding: file.size > PART_BYTES ? "resumable" : "multipart",
  };
}

/** Queues the files and then the answer; the outbox sends them in this order, once. */
export async function queueAnswer(applicationId: string, text: string, files: DraftFile[]): Promise<void> {
  const db = appDb();
  await db.transaction("rw", [db.outbox], async () => {
    for (const file of files) await enqueue(db, uploadEntry(applicationId, file));
    const body: AnswerQuestion = { text: text.trim(), uploads: files.map((file) => file.id) };
    await enqueue(db, {
      kind: "application-answer",
      ref: applicationId,
      method: "POST",
      url: `/api/applications/${applicationId}/answers`,
      body,
    });
  });
  await outboxChanged();
}
