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
