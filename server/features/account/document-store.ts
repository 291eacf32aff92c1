// The SQL of "my documents": files of kind "document" owned by an account.
import type { Db } from "../../db/database";

/** A document of this account, with its content; undefined for missing and for others' ids. */
export const findOwnDocument = (db: Db, accountId: string, fileId: string) =>
  db
    .selectFrom("files")
    .selectAll()
    .where("id", "=", fileId)
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .executeTakeFirst();

/** Metadata of the account's documents, oldest first. */
export const listDocuments = (db: Db, accountId: string) =>
  db
    .selectFrom("files")
    .select(["id", "name", "media_type", "size", "created_at"])
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

/** The account's documents with their content, oldest first (for the export). */
export const listDocumentFiles = (db: Db, accountId: string) =>
  db
    .selectFrom("files")
    .selectAll()
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

export async function countDocuments(db: Db, accountId: string): Promise<number> {
  const { count } = await db
    .selectFrom("files")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** True when the account had this document. */
export async function deleteOwnDocument(db: Db, accountId: string, fileId: string): Promise<boolean> {
  const removed = await db
    .deleteFrom("files")
    .where("id", "=", fileId)
    .where("owner_id", "=", accountId)
    .where("kind", "=", "document")
    .executeTakeFirst();
  return Number(removed.numDeletedRows) === 1;
}
