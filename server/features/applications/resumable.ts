// Resumable uploads for bad connections: the device sends a file in parts (PATCH with Upload-Offset),
// asks how far the server got (GET) after a break, and goes on from there. The parts wait in
// upload_chunks; with the last one the file is put together, its type read from the content, and
// it becomes an ordinary waiting upload (service.ts). Modelled on the IETF resumable-uploads draft.
import { ATTACHMENT_TYPES } from "../../../src/lib/contract/applications";
import { FILE_MAX_BYTES } from "../../../src/lib/contract/account-constants";
import type { FileRef } from "../../../src/lib/contract/account";
import { type Db, inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { acceptUpload } from "../../platform/files/service";
import { storeUpload } from "./service";
import {
  deleteParts,
  deletePartsBefore,
  insertPart,
  partContents,
  partialUploadCount,
  partsOf,
  uploadedFile,
} from "./upload-store";

export type UploadState = { offset: number; length: number | null; file: FileRef | null };

/** Uploads in progress per account: a phone sends one or two at a time; more is a script. */
const MAX_PARTIAL_UPLOADS = 10;

async function ownFinishedUpload(db: Db, accountId: string, uploadId: string): Promise<FileRef | null> {
  const file = await uploadedFile(db, uploadId);
  if (!file) return null;
  if ((file.owner_id ?? file.account_id) !== accountId)
    throw new ProblemError(409, "conflict", "This upload id is taken");
  return { id: file.id, name: file.name, mediaType: file.media_type, size: file.size };
}

/** How far an upload got: the next offset the server expects, or the finished file. */
export async function uploadState(db: Db, accountId: string, uploadId: string): Promise<UploadState> {
  const file = await ownFinishedUpload(db, accountId, uploadId);
  if (file) return { offset: file.size, length: file.size, file };
  const chunks = await partsOf(db, uploadId);
  if (chunks.some((chunk) => chunk.account_id !== accountId)) {
    throw new ProblemError(409, "conflict", "This upload id is taken");
  }
  return {
    offset: chunks.reduce((sum, chunk) => sum + chunk.size, 0),
    length: chunks[0]?.total ?? null,
    file: null,
  };
}

export type Part = { offset: number; length: number; name: string; bytes: Uint8Array };

/**
 * Adds the part at `offset`; a part at any other offset than the server's is refused with 409 and
 * the server's offset, so the device asks again and goes on from there. Call inside a transaction.
 */
export async function appendPart(
  db: Db,
  accountId: string,
  uploadId: string,
  part: Part,
): Promise<{ state: UploadState; created: boolean }> {
  const state = await uploadState(db, accountId, uploadId);
  if (state.file) return { state, created: false };
  if (part.length > FILE_MAX_BYTES) throw new ProblemError(413, "file_too_large");
  if (part.offset !== state.offset || (state.length !== null && part.length !== state.length)) {
    throw new ProblemError(409, "conflict", `The upload is at offset ${state.offset}`, undefined, {
      "Upload-Offset": String(state.offset),
    });
  }
  if (part.bytes.byteLength === 0 || part.offset + part.bytes.byteLength > part.length) {
    throw new ProblemError(400, "validation_failed", "The part does not fit the announced length");
  }
  if (state.offset === 0) {
    if ((await partialUploadCount(db, accountId)) >= MAX_PARTIAL_UPLOADS) {
      throw new ProblemError(429, "rate_limited", "Too many unfinished uploads");
    }
  }
  await insertPart(db, {
    uploadId,
    offset: part.offset,
    accountId,
    total: part.length,
    name: part.name,
    bytes: part.bytes,
  });
  const offset = part.offset + part.bytes.byteLength;
  if (offset < part.length) return { state: { offset, length: part.length, file: null }, created: false };
  return { state: await finish(db, accountId, uploadId, part.name), created: true };
}

/** The last part arrived: one file, checked by content like any upload; the parts go. */
async function finish(db: Db, accountId: string, uploadId: string, name: string): Promise<UploadState> {
  const chunks = await partContents(db, uploadId);
  await deleteParts(db, uploadId);
  const bytes = Buffer.concat(chunks);
  const upload = await acceptUpload({ name, bytes: new Uint8Array(bytes) }, ATTACHMENT_TYPES);
  const { file } = await storeUpload(db, accountId, uploadId, upload);
  return { offset: file.size, length: file.size, file };
}

/** Parts of uploads that were never finished within a week. */
export async function removeStaleParts(db: Db, before: string): Promise<number> {
  return deletePartsBefore(db, before);
}

/**
 * appendPart in its own transaction; a whole file of the wrong type loses its parts, so that the
 * device has to pick another file.
 */
export async function appendPartOrDiscard(db: Db, accountId: string, uploadId: string, part: Part) {
  try {
    return await inTransaction(db, (trx) => appendPart(trx, accountId, uploadId, part));
  } catch (error) {
    if (error instanceof ProblemError && error.status === 415) await deleteParts(db, uploadId);
    throw error;
  }
}
