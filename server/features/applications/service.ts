// What happens to an application: uploads wait for it, the submission is checked against its
// definition (the same validateApplication the browser runs) and gets a receipt in the postbox,
// the citizen answers the office's questions. Staff's side is in staff.ts.
import { randomUUID } from "node:crypto";
import { TRUST_LEVELS, type TrustLevel } from "../../../src/lib/contract/account-constants";
import {
  type AnswerQuestion,
  ATTACHMENT_TYPES,
  type Application,
  type ApplicationDefinition,
  type AttachmentFacts,
  findDefinition,
  type SubmitApplication,
  submittedAnswers,
  validateApplication,
} from "../../../src/lib/contract/applications";
import type { FileRef } from "../../../src/lib/contract/account";
import { type Db, inTransaction } from "../../db/database";
import type { ApplicationTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { newReference } from "../../lib/reference";
import { insertMessage, publishPostboxMessage } from "../account/postbox";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { acceptUpload, type ReceivedFile } from "../../platform/files/service";
import { storeFile, type Upload } from "../../platform/files/store";
import { receiptPdf } from "./pdf";
import {
  addEvent,
  contactOf,
  fileCount,
  fileOfApplication,
  findApplication,
  insertApplication,
  loadApplication,
  publishApplication,
  setApplicationStatus,
} from "./store";
import {
  attachToApplication,
  deleteUploadsBefore,
  fileWithId,
  waitingUploadCount,
  waitingUploads,
} from "./upload-store";
import { answerLines, departmentName, slotLabel, typeTitle, typeTitleIn } from "./texts";
import { residentLanguage, residentTexts } from "../../texts/resident-texts";

const trustRank = (level: TrustLevel) => TRUST_LEVELS.indexOf(level);

/** Two full Bauanträge (31 files each) and some: enough for anyone, a wall for a script. */
const MAX_PENDING_UPLOADS = 80;

/**
 * Keeps an uploaded file until a submission or an answer takes it. The id is the device's, so a
 * repeated upload (a lost answer on a bad connection) returns the file it already stored.
 */
/** A file sent in one request, checked by content (415 unless ATTACHMENT_TYPES), stored in its own transaction. */
export async function storeUploadOnce(db: Db, accountId: string, uploadId: string, file: ReceivedFile) {
  const upload = await acceptUpload(file, ATTACHMENT_TYPES);
  return inTransaction(db, (trx) => storeUpload(trx, accountId, uploadId, upload));
}

export async function storeUpload(
  db: Db,
  accountId: string,
  uploadId: string,
  upload: Upload,
): Promise<{ file: FileRef; created: boolean }> {
  const existing = await fileWithId(db, uploadId);
  if (existing) {
    // Taken by a submission already, the file belongs to the application (owner_id is cleared).
    const owner = existing.application_id
      ? (await findApplication(db, existing.application_id))?.account_id
      : existing.owner_id;
    const own = owner === accountId && (existing.kind === "upload" || existing.kind === "application");
    if (!own) throw new ProblemError(409, "conflict", "This upload id is taken");
    return { file: fileRefOf(existing), created: false };
  }
  if ((await waitingUploadCount(db, accountId)) >= MAX_PENDING_UPLOADS) {
    throw new ProblemError(
      429,
      "rate_limited",
      "Too many files wait for an application; send or delete drafts first",
    );
  }
  const row = await storeFile(db, upload, {
    kind: "upload",
    ownerId: accountId,
    messageId: null,
    id: uploadId,
  });
  return { file: fileRefOf(row), created: true };
}

const fileRefOf = (f: { id: string; name: string; media_type: string; size: number }): FileRef => ({
  id: f.id,
  name: f.name,
  mediaType: f.media_type,
  size: f.size,
});

/** The caller's waiting uploads of these ids; any other id is 404, as if it did not exist. */
async function takeableUploads(db: Db, accountId: string, ids: string[]) {
  if (new Set(ids).size !== ids.length) {
    throw new ProblemError(400, "validation_failed", "An upload is named twice");
  }
  if (ids.length === 0) return [];
  const rows = await waitingUploads(db, accountId, ids);
  if (rows.length !== ids.length) throw new ProblemError(404, "not_found", "Unknown upload");
  return rows;
}

/** Files become the application's: they stay with it when the account is deleted. */
async function attachUploads(
  db: Db,
  applicationId: string,
  ids: string[],
  place: { slot: string | null; eventId: string | null },
) {
  if (ids.length === 0) return;
  await attachToApplication(db, applicationId, ids, place);
}

function feeText(definition: ApplicationDefinition): string {
  const fee = definition.fee;
  if (fee.kind === "none") return "Gebührenfrei";
  if (fee.kind === "variable") return "Nach der Gebührenordnung; die Höhe steht im Bescheid.";
  return `${(fee.cents / 100).toLocaleString("de-DE", { style: "currency", currency: "EUR" })}, zahlbar nach Erhalt des Bescheids`;
}

const titleOf = (definition: ApplicationDefinition, answers: SubmitApplication["answers"]) => {
  const value = answers[definition.titleField];
  const title = typeof value === "string" ? value.trim().replace(/\s+/g, " ") : "";
  return title.length > 80 ? `${title.slice(0, 79)}…` : title || typeTitle(definition.type);
};

export async function submitApplication(
  db: Db,
  account: SignedInAccount,
  input: SubmitApplication,
  now = new Date(),
): Promise<{ application: Application; created: boolean }> {
  const definition = findDefinition(input.type);
  if (!definition) throw new ProblemError(400, "validation_failed", "Unknown application type");
  const existing = await findApplication(db, input.id);
  if (existing) {
    // The same submission again (another tab, a resent outbox entry with a new key): the first stands.
    if (existing.account_id !== account.id) throw new ProblemError(409, "conflict", "This id is taken");
    return { application: await loadApplication(db, existing), created: false };
  }
  if (trustRank(account.trustLevel) < trustRank(definition.trustLevel)) {
    throw new ProblemError(403, "trust_level_too_low");
  }
  const slots = Object.entries(input.attachments);
  const uploads = await takeableUploads(
    db,
    account.id,
    slots.flatMap(([, ids]) => ids),
  );
  const facts: Record<string, AttachmentFacts[]> = Object.fromEntries(
    slots.map(([slot, ids]) => [
      slot,
      ids.map((id) => {
        const file = uploads.find((u) => u.id === id)!;
        return { mediaType: file.media_type, size: file.size };
      }),
    ]),
  );
  const errors = validateApplication(definition, input.answers, facts, berlinDate(now.getTime()));
  if (errors.length > 0) {
    throw new ProblemError(
      400,
      "validation_failed",
      "The application does not match its form",
      errors.map((e) => ({ path: e.path, message: e.code })),
    );
  }

  const answers = submittedAnswers(definition, input.answers);
  const row: ApplicationTable = {
    id: input.id,
    reference: newReference("A"),
    account_id: account.id,
    applicant_name: `${account.givenName} ${account.familyName}`,
    type: definition.type,
    definition_version: definition.version,
    department: definition.department,
    title: titleOf(definition, answers),
    answers: JSON.stringify(answers),
    status: "received",
    claimed_by: null,
    submitted_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await insertApplication(db, row);
  for (const [slot, ids] of slots) await attachUploads(db, row.id, ids, { slot, eventId: null });

  const receipt = await receiptPdf({
    reference: row.reference,
    department: departmentName(row.department),
    applicantName: row.applicant_name,
    applicationTitle: `${typeTitle(definition.type)}: ${row.title}`,
    at: now,
    lines: answerLines(definition, answers),
    files: slots.flatMap(([slot, ids]) =>
      ids.map((id) => ({
        slot: slotLabel(definition.type, slot),
        name: uploads.find((u) => u.id === id)!.name,
      })),
    ),
    fee: feeText(definition),
  });
  // The message in the applicant's language; the receipt PDF stays German like the file it documents.
  const language = residentLanguage((await contactOf(db, account.id))?.language);
  const message = await insertMessage(db, {
    account_id: account.id,
    recipient_name: row.applicant_name,
    sender_account_id: null,
    sender_department: row.department,
    kind: "message",
    ...residentTexts(language).receipt(row.reference, typeTitleIn(definition.type, language)),
  });
  await storeFile(
    db,
    { name: `Eingangsbestaetigung-${row.reference}.pdf`, mediaType: "application/pdf", bytes: receipt },
    { kind: "attachment", ownerId: account.id, messageId: message.id },
  );
  await publishPostboxMessage(db, message.id);
  await addEvent(db, {
    id: randomUUID(),
    application_id: row.id,
    kind: "received",
    actor_id: account.id,
    text: null,
    outcome: null,
    message_id: message.id,
    created_at: now.toISOString(),
  });
  return { application: await publishApplication(db, row.id), created: true };
}

/** The application if it is the caller's; others' do not exist for the caller (404). */
export async function findOwnApplication(db: Db, accountId: string, id: string): Promise<ApplicationTable> {
  const row = await findApplication(db, id);
  if (!row || row.account_id !== accountId) throw new ProblemError(404, "not_found");
  return row;
}

export async function answerQuestion(
  db: Db,
  account: SignedInAccount,
  applicationId: string,
  input: AnswerQuestion,
): Promise<Application> {
  const row = await findOwnApplication(db, account.id, applicationId);
  if (row.status !== "question") throw new ProblemError(409, "conflict", "There is no open question");
  const uploads = await takeableUploads(db, account.id, input.uploads);
  if ((await fileCount(db, row.id)) + uploads.length > MAX_FILES_PER_APPLICATION) {
    throw new ProblemError(400, "validation_failed", "Too many files for one application");
  }
  const eventId = randomUUID();
  await addEvent(db, {
    id: eventId,
    application_id: row.id,
    kind: "answer",
    actor_id: account.id,
    text: input.text,
    outcome: null,
    message_id: null,
  });
  await attachUploads(db, row.id, input.uploads, { slot: null, eventId });
  await setApplicationStatus(db, row.id, "in_progress");
  return publishApplication(db, row.id);
}

/** The sum of all slots' maximums is 31 (Bauantrag); answers may add some more. */
const MAX_FILES_PER_APPLICATION = 60;

export async function ownFile(db: Db, accountId: string, applicationId: string, fileId: string) {
  const row = await findOwnApplication(db, accountId, applicationId);
  const file = await fileOfApplication(db, row.id, fileId);
  return file;
}

/** Uploads no submission took within a week: the draft was given up (or the device was lost). */
export async function removeStaleUploads(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 7 * 24 * 3600_000).toISOString();
  return deleteUploadsBefore(db, before);
}
