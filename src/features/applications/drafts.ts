// Drafts on this device (db.applicationDrafts): made with the account's master data, saved on every
// change, and sent through the outbox: the files first, then the application, in one transaction.
import type { AccountSummary, Profile } from "../../lib/contract/account";
import {
  type Answers,
  type ApplicationDefinition,
  allFields,
  submittedAnswers,
  visibleSlots,
} from "../../lib/contract/application-definition";
import type { SubmitApplication } from "../../lib/contract/applications";
import { type ApplicationDraft, appDb } from "../../lib/db";
import { enqueue } from "../../lib/outbox";
import { outboxChanged } from "../../lib/outbox-sender";
import { uploadEntry } from "./data";

export const draftById = (id: string) => appDb().applicationDrafts.get(id);

/** Drafts still being filled in, the last edited first. */
export async function openDrafts(): Promise<ApplicationDraft[]> {
  const drafts = await appDb().applicationDrafts.orderBy("updatedAt").reverse().toArray();
  return drafts.filter((draft) => draft.submittedAt === null);
}

/** Sent drafts whose application has not come back with the sync yet. */
export async function sentDrafts(): Promise<ApplicationDraft[]> {
  const drafts = await appDb().applicationDrafts.orderBy("updatedAt").reverse().toArray();
  return drafts.filter((draft) => draft.submittedAt !== null);
}

/** Master data the form starts with: the synced profile, else what the session knows. */
function prefilled(
  definition: ApplicationDefinition,
  profile: Profile | undefined,
  account: AccountSummary,
): Answers {
  const source: Partial<Record<string, unknown>> = profile ?? {
    givenName: account.givenName,
    familyName: account.familyName,
    email: account.email,
  };
  const answers: Answers = {};
  for (const field of allFields(definition)) {
    const value = field.prefill ? source[field.prefill] : undefined;
    if (typeof value === "string" && value !== "") answers[field.id] = value;
  }
  return answers;
}

export async function createDraft(
  definition: ApplicationDefinition,
  account: AccountSummary,
): Promise<ApplicationDraft> {
  const db = appDb();
  const now = new Date().toISOString();
  const draft: ApplicationDraft = {
    id: crypto.randomUUID(),
    type: definition.type,
    definitionVersion: definition.version,
    answers: prefilled(definition, await db.profile.get(account.id), account),
    files: {},
    stepId: definition.steps[0]?.id ?? "pruefen",
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
  };
  await db.applicationDrafts.put(draft);
  return draft;
}

/** Stores the draft as it is now; a reload or going offline loses nothing. */
export async function saveDraft(draft: ApplicationDraft): Promise<ApplicationDraft> {
  const saved = { ...draft, updatedAt: new Date().toISOString() };
  await appDb().applicationDrafts.put(saved);
  return saved;
}

export const deleteDraft = (id: string) => appDb().applicationDrafts.delete(id);

/**
 * Queues the files and then the application, and marks the draft sent: all or nothing. The outbox
 * sends them in this order, once (uploads by their id, the application by its Idempotency-Key).
 */
export async function submitDraft(definition: ApplicationDefinition, draftId: string): Promise<void> {
  const db = appDb();
  await db.transaction("rw", [db.outbox, db.applicationDrafts], async () => {
    const draft = await db.applicationDrafts.get(draftId);
    // A second tap on "Absenden" (or a second tab) finds it already sent.
    if (!draft || draft.submittedAt !== null) return;
    const attachments: SubmitApplication["attachments"] = {};
    // Files of a slot the answers no longer ask for stay behind.
    for (const slot of visibleSlots(definition, draft.answers)) {
      const files = draft.files[slot.id] ?? [];
      if (files.length === 0) continue;
      attachments[slot.id] = files.map((file) => file.id);
      for (const file of files) await enqueue(db, uploadEntry(draft.id, file));
    }
    const body: SubmitApplication = {
      id: draft.id,
      type: draft.type,
      answers: submittedAnswers(definition, draft.answers),
      attachments,
    };
    await enqueue(db, {
      kind: "application-submit",
      ref: draft.id,
      method: "POST",
      url: "/api/applications",
      body,
    });
    const now = new Date().toISOString();
    await db.applicationDrafts.update(draft.id, { submittedAt: now, updatedAt: now });
  });
  await outboxChanged();
}

/**
 * After the server refused a submission: its queued writes go, and the draft can be corrected and
 * sent again (with the same id: files the server already has are recognised).
 */
export async function reopenDraft(draftId: string): Promise<void> {
  const db = appDb();
  await db.transaction("rw", [db.outbox, db.applicationDrafts], async () => {
    await db.outbox.where("ref").equals(draftId).delete();
    await db.applicationDrafts.update(draftId, { submittedAt: null, updatedAt: new Date().toISOString() });
  });
}

/** Sent drafts whose application arrived with the sync are no longer needed. */
export async function removeArrivedDrafts(): Promise<void> {
  const db = appDb();
  const sent = await sentDrafts();
  if (sent.length === 0) return;
  const arrived = await db.applications.bulkGet(sent.map((draft) => draft.id));
  const ids = sent.filter((_, index) => arrived[index] !== undefined).map((draft) => draft.id);
  if (ids.length > 0) await db.applicationDrafts.bulkDelete(ids);
}
