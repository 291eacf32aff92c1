// Documents and postbox attachments: fetched once, kept in IndexedDB (db.files), so what the user
// opened opens again offline. Both never change under the same id, so a kept copy is never stale.
import { getBlob } from "../../lib/api";
import type { FileRef } from "../../lib/contract/account";
import { appDb, type StoredFile } from "../../lib/db";

/** The kept copy, or the server's (which is then kept). Throws NetworkError offline without a copy. */
export async function loadFile(file: FileRef, url: string): Promise<StoredFile> {
  const db = appDb();
  const kept = await db.files.get(file.id);
  if (kept) return kept;
  const stored: StoredFile = {
    id: file.id,
    name: file.name,
    mediaType: file.mediaType,
    blob: await getBlob(url),
    storedAt: new Date().toISOString(),
  };
  await db.files.put(stored);
  return stored;
}

export async function keepFile(file: FileRef, blob: Blob): Promise<void> {
  const { id, name, mediaType } = file;
  await appDb().files.put({ id, name, mediaType, blob, storedAt: new Date().toISOString() });
}

export const keptFileIds = () => appDb().files.toCollection().primaryKeys();

// Long enough for the browser to start the download; an object URL holds the whole file in memory.
const REVOKE_AFTER_MS = 60_000;

/** Hands the file to the browser as a download (the phone or PC then offers to open it). */
export function saveToDevice(file: StoredFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.rel = "external";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
