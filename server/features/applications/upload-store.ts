// SQL of the uploads waiting for a submission: the parts of resumable uploads (upload_chunks) and the
// finished files (files of kind "upload", or taken by an application already).
import type { Db } from "../../db/database";

/** The file with this id and whose it is: its owner, or the account of the application it went to. */
export function uploadedFile(db: Db, id: string) {
  return db
    .selectFrom("files")
    .leftJoin("applications", "applications.id", "files.application_id")
    .select([
      "files.id",
      "files.name",
      "files.media_type",
      "files.size",
      "files.owner_id",
      "applications.account_id",
    ])
    .where("files.id", "=", id)
    .executeTakeFirst();
}

export function partsOf(db: Db, uploadId: string) {
  return db
    .selectFrom("upload_chunks")
    .select(["account_id", "total", "size"])
    .where("upload_id", "=", uploadId)
    .execute();
}

/** How many uploads an account has in parts. */
export async function partialUploadCount(db: Db, accountId: string): Promise<number> {
  const rows = await db
    .selectFrom("upload_chunks")
    .select("upload_id")
    .distinct()
    .where("account_id", "=", accountId)
    .execute();
  return rows.length;
}

export async function insertPart(
  db: Db,
  part: {
    uploadId: string;
    offset: number;
    accountId: string;
    total: number;
    name: string;
    bytes: Uint8Array;
  },
): Promise<void> {
  await db
    .insertInto("upload_chunks")
    .values({
      upload_id: part.uploadId,
      offset: part.offset,
      account_id: part.accountId,
      total: part.total,
      name: part.name,
      size: part.bytes.byteLength,
      content: part.bytes,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** The parts' contents in order. */
export async function partContents(db: Db, uploadId: string): Promise<Uint8Array[]> {
  const rows = await db
    .selectFrom("upload_chunks")
    .select(["content"])
    .where("upload_id", "=", uploadId)
    .orderBy("offset")
    .execute();
  return rows.map((row) => row.content);
}

export async function deleteParts(db: Db, uploadId: string): Promise<void> {
  await db.deleteFrom("upload_chunks").where("upload_id", "=", uploadId).execute();
}

export async function deletePartsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom("upload_chunks").where("created_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A file with this id, whatever its kind (an upload id may be taken by anything). */
export function fileWithId(db: Db, id: string) {
  return db
    .selectFrom("files")
    .select(["id", "owner_id", "name", "media_type", "size", "kind", "application_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** How many uploads of an account wait for a submission. */
export async function waitingUploadCount(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("files")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("owner_id", "=", accountId)
    .where("kind", "=", "upload")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The account's waiting uploads among these ids. */
export function waitingUploads(db: Db, accountId: string, ids: string[]) {
  return db
    .selectFrom("files")
    .select(["id", "name", "media_type", "size"])
    .where("id", "in", ids)
    .where("owner_id", "=", accountId)
    .where("kind", "=", "upload")
    .execute();
}

/** Files become the application's: they stay with it when the account is deleted. */
export async function attachToApplication(
  db: Db,
  applicationId: string,
  ids: string[],
  place: { slot: string | null; eventId: string | null },
): Promise<void> {
  await db
    .updateTable("files")
    .set({
      kind: "application",
      application_id: applicationId,
      owner_id: null,
      slot: place.slot,
      event_id: place.eventId,
    })
    .where("id", "in", ids)
    .execute();
}

export async function deleteUploadsBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom("files")
    .where("kind", "=", "upload")
    .where("created_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
