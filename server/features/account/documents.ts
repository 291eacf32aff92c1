// "My documents": files citizens keep in their account, and the "documents" records of the
// personal change feed (metadata only; devices fetch the content when it is opened).
import { type AccountDocument, DOCUMENT_MEDIA_TYPES } from "../../../src/lib/contract/account";
import { type Db, inTransaction } from "../../db/database";
import type { FileTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { acceptUpload, type ReceivedFile } from "../../platform/files/service";
import { storeFile } from "../../platform/files/store";
import { deleteEntry, upsertEntries } from "../../platform/sync/store";
import { countDocuments, deleteOwnDocument } from "./document-store";

export const DOCUMENTS = "documents";
/** Keeps one account from filling the database; 50 files of at most 10 MB each. */
export const DOCUMENTS_MAX = 50;

export const documentOf = (
  file: Pick<FileTable, "id" | "name" | "media_type" | "size" | "created_at">,
): AccountDocument => ({
  id: file.id,
  name: file.name,
  mediaType: file.media_type,
  size: file.size,
  createdAt: file.created_at,
});

export { findOwnDocument, listDocuments } from "./document-store";

/** Keeps a PDF or image in the account: 415 for other types, 409 past DOCUMENTS_MAX. */
export async function addDocument(db: Db, accountId: string, file: ReceivedFile): Promise<AccountDocument> {
  const upload = await acceptUpload(file, DOCUMENT_MEDIA_TYPES);
  return inTransaction(db, async (trx) => {
    if ((await countDocuments(trx, accountId)) >= DOCUMENTS_MAX) {
      throw new ProblemError(409, "conflict", `At most ${DOCUMENTS_MAX} documents per account`);
    }
    const document = documentOf(
      await storeFile(trx, upload, { kind: "document", ownerId: accountId, messageId: null }),
    );
    await upsertEntries(trx, DOCUMENTS, [{ id: document.id, data: document, ownerId: accountId }]);
    return document;
  });
}

/** Removes the file and leaves a tombstone in the feed; 404 when it is not the account's. */
export async function removeDocument(db: Db, accountId: string, fileId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await deleteOwnDocument(trx, accountId, fileId))) throw new ProblemError(404, "not_found");
    await deleteEntry(trx, DOCUMENTS, fileId);
  });
}
