// The office's side of applications: the department's inbox, claiming, questions, the decision
// (a generated PDF into the citizen's postbox) and the export. Staff see their department's
// applications, admins all; any other id answers 404 like a missing one.
import { randomUUID } from "node:crypto";
import {
  type Application,
  type Decide,
  findDefinition,
  type InboxView,
  type StaffApplication,
  type StaffApplicationSummary,
  validateApplication,
} from "../../../src/lib/contract/applications";
import type { Db } from "../../db/database";
import type { ApplicationTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { insertMessage, publishPostboxMessage } from "../account/postbox";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { recordAudit } from "../../platform/audit/store";
import { applicantAccount, claimerAccount, inboxRows } from "./staff-store";
import { storeFile } from "../../platform/files/store";
import { EASY_DECISION_TITLE, easyDecisionSummary } from "../../../src/lib/contract/easy-decision";
import { decisionPdf } from "./pdf";
import {
  addEvent,
  answersOf,
  applicationFiles,
  contactOf,
  findApplication,
  loadApplication,
  publishApplication,
  fileOfApplication,
  setApplicationStatus,
} from "./store";
import { departmentName, typeTitle, typeTitleIn } from "./texts";
import { residentLanguage, residentTexts } from "../../texts/resident-texts";
import { bauantragAsXBau } from "./xbau";

const INBOX_MAX = 200;

const nameOf = (a: { given_name: string; family_name: string }) => `${a.given_name} ${a.family_name}`;

async function claimerOf(db: Db, id: string | null) {
  if (!id) return null;
  const account = await claimerAccount(db, id);
  return account ? { id: account.id, name: nameOf(account) } : null;
}

export async function inbox(
  db: Db,
  staff: SignedInAccount,
  view: InboxView,
): Promise<StaffApplicationSummary[]> {
  // Admins see every department's applications.
  const department = staff.role === "admin" ? null : (staff.department ?? "");
  const rows = await inboxRows(db, { id: staff.id, department }, view, INBOX_MAX);
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    title: row.title,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    applicantName: row.applicant_name,
    claimedBy:
      row.claimed_by && row.given_name && row.family_name
        ? { id: row.claimed_by, name: `${row.given_name} ${row.family_name}` }
        : null,
  }));
}

/** The application if the staff member's department handles it (admins: any). */
export async function findForStaff(db: Db, staff: SignedInAccount, id: string): Promise<ApplicationTable> {
  const row = await findApplication(db, id);
  if (!row || (staff.role !== "admin" && row.department !== staff.department)) {
    throw new ProblemError(404, "not_found");
  }
  return row;
}

export async function staffView(
  db: Db,
  row: ApplicationTable,
  application?: Application,
): Promise<StaffApplication> {
  const applicant = row.account_id ? await applicantAccount(db, row.account_id) : undefined;
  return {
    ...(application ?? (await loadApplication(db, row))),
    applicant: {
      id: applicant?.id ?? null,
      name: row.applicant_name,
      email: applicant?.email ?? null,
      trustLevel: !applicant
        ? null
        : applicant.identity_verified_at
          ? "verified"
          : applicant.email_verified_at
            ? "basic"
            : "none",
    },
    claimedBy: await claimerOf(db, row.claimed_by),
  };
}

export async function readApplication(db: Db, staff: SignedInAccount, id: string): Promise<StaffApplication> {
  const row = await findForStaff(db, staff, id);
  await recordAudit(db, {
    actor: staff,
    action: "application.viewed",
    subjectId: row.account_id,
    details: { id },
  });
  return staffView(db, row);
}

const touch = setApplicationStatus;

export type StaffChange = { view: StaffApplication; row: ApplicationTable; eventId: string | null };

/** Takes the application over; the first claim moves it to "in progress" (a step the citizen sees). */
export async function claim(db: Db, staff: SignedInAccount, id: string): Promise<StaffChange> {
  const row = await findForStaff(db, staff, id);
  if (row.status === "decided") throw new ProblemError(409, "conflict", "Already decided");
  if (row.claimed_by === staff.id) return { view: await staffView(db, row), row, eventId: null };
  if (row.claimed_by && (await claimerOf(db, row.claimed_by))) {
    throw new ProblemError(409, "conflict", "Someone else works on it");
  }
  let eventId: string | null = null;
  if (row.status === "received") {
    eventId = randomUUID();
    await addEvent(db, {
      id: eventId,
      application_id: id,
      kind: "in_progress",
      actor_id: staff.id,
      text: null,
      outcome: null,
      message_id: null,
    });
  }
  await touch(db, id, row.status === "received" ? "in_progress" : row.status, staff.id);
  await recordAudit(db, {
    actor: staff,
    action: "application.claimed",
    subjectId: row.account_id,
    details: { id },
  });
  const updated = await findForStaff(db, staff, id);
  return { view: await staffView(db, updated, await publishApplication(db, id)), row: updated, eventId };
}

function assertMine(row: ApplicationTable, staff: SignedInAccount): void {
  if (row.status === "decided") throw new ProblemError(409, "conflict", "Already decided");
  if (row.claimed_by !== staff.id) throw new ProblemError(409, "conflict", "Claim the application first");
}

export async function askQuestion(
  db: Db,
  staff: SignedInAccount,
  id: string,
  question: string,
): Promise<StaffChange> {
  const row = await findForStaff(db, staff, id);
  assertMine(row, staff);
  const eventId = randomUUID();
  await addEvent(db, {
    id: eventId,
    application_id: id,
    kind: "question",
    actor_id: staff.id,
    text: question,
    outcome: null,
    message_id: null,
  });
  await touch(db, id, "question");
  await recordAudit(db, {
    actor: staff,
    action: "application.question-asked",
    subjectId: row.account_id,
    details: { id, eventId },
  });
  const updated = await findForStaff(db, staff, id);
  return { view: await staffView(db, updated, await publishApplication(db, id)), row: updated, eventId };
}

/** The decision: a PDF Bescheid into the citizen's postbox, the application closed. */
export async function decide(
  db: Db,
  staff: SignedInAccount,
  id: string,
  decision: Decide,
): Promise<StaffChange> {
  const row = await findForStaff(db, staff, id);
  assertMine(row, staff);
  const now = new Date();
  const typeName = typeTitle(row.type);
  const pdf = await decisionPdf({
    reference: row.reference,
    department: departmentName(row.department),
    applicantName: row.applicant_name,
    applicationTitle: `${typeName}: ${row.title}`,
    at: now,
    outcome: decision.outcome,
    reasons: decision.text,
  });
  // The message in the applicant's language; the Bescheid itself is the German PDF, the binding
  // document, and the message says so. The Leichte-Sprache summary is German: shown to German readers.
  const language = residentLanguage(row.account_id ? (await contactOf(db, row.account_id))?.language : null);
  const written = residentTexts(language).decision(
    row.reference,
    typeTitleIn(row.type, language),
    decision.outcome,
  );
  const easy =
    language === "de" || language === "de-x-ls"
      ? [`${EASY_DECISION_TITLE}:`, ...easyDecisionSummary(decision.outcome)]
      : [];
  const message = await insertMessage(db, {
    account_id: row.account_id,
    recipient_name: row.applicant_name,
    sender_account_id: staff.id,
    sender_department: row.department,
    kind: "decision",
    subject: written.subject,
    body: [written.body, ...easy].join("\n\n"),
  });
  await storeFile(
    db,
    { name: `Bescheid-${row.reference}.pdf`, mediaType: "application/pdf", bytes: pdf },
    { kind: "attachment", ownerId: row.account_id, messageId: message.id },
  );
  await publishPostboxMessage(db, message.id);
  const eventId = randomUUID();
  await addEvent(db, {
    id: eventId,
    application_id: id,
    kind: "decided",
    actor_id: staff.id,
    text: decision.text,
    outcome: decision.outcome,
    message_id: message.id,
    created_at: now.toISOString(),
  });
  await touch(db, id, "decided");
  await recordAudit(db, {
    actor: staff,
    action: "application.decided",
    subjectId: row.account_id,
    details: { id, outcome: decision.outcome, messageId: message.id },
  });
  const updated = await findForStaff(db, staff, id);
  return { view: await staffView(db, updated, await publishApplication(db, id)), row: updated, eventId };
}

export async function staffFile(db: Db, staff: SignedInAccount, id: string, fileId: string) {
  const row = await findForStaff(db, staff, id);
  const file = await fileOfApplication(db, row.id, fileId);
  await recordAudit(db, {
    actor: staff,
    action: "application.file-viewed",
    subjectId: row.account_id,
    details: { id, fileId },
  });
  return file;
}

export const EXPORT_FORMAT = "delmenhorst-application/1";

/**
 * The submission as data for a specialist procedure: the answers as submitted, the files by slot
 * (name, type, size, SHA-256), the timeline. It validates against its definition as of the day it
 * was submitted (date limits are relative to that day).
 */
export async function exportApplication(db: Db, staff: SignedInAccount, id: string) {
  const row = await findForStaff(db, staff, id);
  const definition = findDefinition(row.type);
  if (!definition) throw new ProblemError(404, "not_found", "Unknown application type");
  const application = await loadApplication(db, row);
  const files = await applicationFiles(db, row.id);
  const answers = answersOf(row);
  const submittedOn = berlinDate(Date.parse(row.submitted_at));
  const slotFiles = files.filter((f) => f.slot !== null);
  const attachments = Object.fromEntries(
    definition.attachments.map((slot) => [
      slot.id,
      slotFiles
        .filter((f) => f.slot === slot.id)
        .map((f) => ({ id: f.id, name: f.name, mediaType: f.media_type, size: f.size, sha256: f.sha256 })),
    ]),
  );
  const errors = validateApplication(definition, answers, attachments, submittedOn);
  if (errors.length > 0) throw new Error(`Stored application ${row.id} does not match its definition`);
  await recordAudit(db, {
    actor: staff,
    action: "application.exported",
    subjectId: row.account_id,
    details: { id },
  });
  return {
    format: EXPORT_FORMAT,
    definition: { type: definition.type, version: row.definition_version },
    reference: row.reference,
    department: row.department,
    status: row.status,
    submittedAt: row.submitted_at,
    submittedOn,
    applicant: { name: row.applicant_name, accountId: row.account_id },
    answers,
    attachments,
    events: application.events,
    ...(definition.type === "bauantrag" ? { xbau: bauantragAsXBau(answers, attachments) } : {}),
  };
}
