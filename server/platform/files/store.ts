// Platform (server/platform/): shared by several features, owned by none.
// SQL of the files of accounts: documents citizens upload, uploads waiting for an application and
// PDFs attached to postbox messages. What may be stored is checked before (files/service.ts).
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import type { FileTable } from "../../db/schema";

/** A file whose type was read from its content (acceptUpload). */
export type Upload = { name: string; mediaType: string; bytes: Uint8Array };

export async function storeFile(
  db: Db,
  upload: Upload,
  place: {
    kind: FileTable["kind"];
    ownerId: string | null;
    messageId: string | null;
    /** An upload's id is made by the device, so that a repeated upload is recognised. */
    id?: string;
  },
): Promise<FileTable> {
  const row: FileTable = {
    id: place.id ?? randomUUID(),
    owner_id: place.ownerId,
    message_id: place.messageId,
    application_id: null,
    slot: null,
    event_id: null,
    kind: place.kind,
    name: upload.name,
    media_type: upload.mediaType,
    size: upload.bytes.byteLength,
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    content: upload.bytes,
    created_at: new Date().toISOString(),
  };
  await db.insertInto("files").values(row).execute();
  return row;
}
