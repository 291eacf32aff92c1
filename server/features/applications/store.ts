// Applications as stored (rows of applications, application_events and their files) and as the
// citizen's devices see them: the record of the personal change feed "applications".
import { DEPARTMENTS, type Department } from "../../../src/lib/contract/account-constants";
import {
  type Answers,
  type Application,
  type ApplicationEvent,
  type ApplicationFile,
  answersSchema,
} from "../../../src/lib/contract/applications";
import type { Db } from "../../db/database";
import type { ApplicationEventTable, ApplicationTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { upsertEntries } from "../../platform/sync/store";

export const APPLICATIONS = "applications";

type FileRow = {
  id: string;
  name: string;
  media_type: string;
  size: number;
  slot: string | null;
  event_id: string | null;
};

function departmentOf(value: string): Department {
  const department = DEPARTMENTS.find((d) => d === value);
  if (!department) throw new Error(`Unknown department "${value}" in the database`);
  return department;
}

export const answersOf = (row: ApplicationTable): Answers => answersSchema.parse(JSON.parse(row.answers));

export function applicationOf(
  row: ApplicationTable,
  events: ApplicationEventTable[],
  files: FileRow[],
): Application {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    definitionVersion: row.definition_version,
    status: row.status,
    title: row.title,
    department: departmentOf(row.department),
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    answers: answersOf(row),
    files: files.map((f): ApplicationFile => ({
      id: f.id,
      name: f.name,
      mediaType: f.media_type,
      size: f.size,
      slot: f.slot,
    })),
    events: events.map((e): ApplicationEvent => ({
      id: e.id,
      kind: e.kind,
      at: e.created_at,
      text: e.text,
      outcome: e.outcome,
      fileIds: files.filter((f) => f.event_id === e.id).map((f) => f.id),
      messageId: e.message_id,
    })),
  };
}

export const findApplication = (db: Db, id: string) =>
  db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirst();

/** The application with its timeline and files (metadata only). */
export async function loadApplication(db: Db, row: ApplicationTable): Promise<Application> {
  const [events, files] = await Promise.all([
    db
      .selectFrom("application_events")
      .selectAll()
      .where("application_id", "=", row.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    applicationFiles(db, row.id),
  ]);
  return applicationOf(row, events, files);
}

export const applicationFiles = (db: Db, applicationId: string) =>
  db
    .selectFrom("files")
    .select(["id", "name", "media_type", "size", "slot", "event_id", "sha256"])
    .where("application_id", "=", applicationId)
    .where("kind", "=", "application")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

/** One file of the application, with its content; 404 when it is not this application's. */
export async function fileOfApplication(db: Db, applicationId: string, fileId: string) {
  const file = await db
    .selectFrom("files")
    .selectAll()
    .where("id", "=", fileId)
    .where("application_id", "=", applicationId)
    .where("kind", "=", "application")
    .executeTakeFirst();
  if (!file) throw new ProblemError(404, "not_found");
  return file;
}

/** Puts the application's current state into its applicant's change feed. */
export async function publishApplication(db: Db, id: string): Promise<Application> {
  const row = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const application = await loadApplication(db, row);
  if (row.account_id) {
    await upsertEntries(db, APPLICATIONS, [{ id: row.id, data: application, ownerId: row.account_id }]);
  }
  return application;
}

export async function addEvent(
  db: Db,
  event: Omit<ApplicationEventTable, "created_at"> & { created_at?: string },
): Promise<void> {
  await db
    .insertInto("application_events")
    .values({ ...event, created_at: event.created_at ?? new Date().toISOString() })
    .execute();
}

/** The account's applications, for the data export. */
export async function listOwnApplications(db: Db, accountId: string): Promise<Application[]> {
  const rows = await db
    .selectFrom("applications")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("submitted_at")
    .execute();
  return Promise.all(rows.map((row) => loadApplication(db, row)));
}

/** The applicant's account (for the notices of a decision). */
export function findAccount(db: Db, id: string) {
  return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The applicant's address and language (for the mail of a question). */
export function contactOf(db: Db, id: string) {
  return db.selectFrom("accounts").select(["email", "language"]).where("id", "=", id).executeTakeFirst();
}

export async function insertApplication(db: Db, row: ApplicationTable): Promise<void> {
  await db.insertInto("applications").values(row).execute();
}

export async function fileCount(db: Db, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom("files")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("application_id", "=", applicationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A new status (and who works on it, when claimed). */
export async function setApplicationStatus(
  db: Db,
  id: string,
  status: ApplicationTable["status"],
  claimedBy?: string,
): Promise<void> {
  await db
    .updateTable("applications")
    .set({ status, updated_at: new Date().toISOString(), ...(claimedBy ? { claimed_by: claimedBy } : {}) })
    .where("id", "=", id)
    .execute();
}
