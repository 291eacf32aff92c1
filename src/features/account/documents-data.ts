// "Meine Dokumente": the list comes with the sync feed; uploads need the connection (10 MB do not
// belong in the outbox), deletions go through the outbox.
import { sendForm } from "../../lib/api";
import { type AccountDocument, documentSchema } from "../../lib/contract/account";
import { appDb } from "../../lib/db";
import { keepFile } from "./files";
import { queueWrite } from "./outbox-entries";

// A 10 MB upload on a slow mobile connection takes longer than the client's usual 20 s.
const UPLOAD_TIMEOUT_MS = 5 * 60_000;

export const newestDocuments = () => appDb().documents.orderBy("createdAt").reverse().toArray();

export const contentUrl = (id: string) => `/api/account/documents/${encodeURIComponent(id)}/content`;

export async function uploadDocument(file: File): Promise<AccountDocument> {
  const form = new FormData();
  form.append("file", file, file.name);
  const document = await sendForm("/api/account/documents", form, documentSchema, {
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await appDb().documents.put(document);
  // The user has the file in hand: keep it, so it opens offline without downloading it again.
  await keepFile(
    { id: document.id, name: document.name, mediaType: document.mediaType, size: document.size },
    file,
  );
  return document;
}

export async function deleteDocument(id: string): Promise<void> {
  const db = appDb();
  const url = `/api/account/documents/${encodeURIComponent(id)}`;
  await queueWrite(
    { kind: "account-document-delete", ref: id, method: "DELETE", url, body: {} },
    async () => {
      await db.documents.delete(id);
      await db.files.delete(id);
    },
  );
}
