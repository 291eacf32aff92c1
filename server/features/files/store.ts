// Files of accounts: documents citizens upload and PDFs attached to postbox messages. The type is
// read from the content (magic numbers), never from the name or the browser's claim.
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Context } from "hono";
import { FILE_MAX_BYTES } from "../../../src/lib/contract/account-constants";
import type { Db } from "../../db/database";
import type { FileTable } from "../../db/schema";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";

export type Upload = { name: string; mediaType: string; bytes: Uint8Array };

/** Reads the multipart part `field` and checks size and content type. */
export async function readUpload(
  c: Context<AppEnv>,
  field: string,
  allowed: readonly string[],
  form?: Record<string, unknown>,
): Promise<Upload> {
  const body = form ?? (await readForm(c));
  const part = body[field];
  if (!(part instanceof File)) {
    throw new ProblemError(400, "validation_failed", `A file in the form field "${field}" is required`);
  }
  if (part.size > FILE_MAX_BYTES) throw new ProblemError(413, "file_too_large");
  if (part.size === 0) throw new ProblemError(400, "validation_failed", "The file is empty");
  return uploadOf(part.name, new Uint8Array(await part.arrayBuffer()), allowed);
}

/** The file with its type read from the content: 415 unless it is one of `allowed`. */
export async function uploadOf(name: string, bytes: Uint8Array, allowed: readonly string[]): Promise<Upload> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !allowed.includes(detected.mime)) throw new ProblemError(415, "unsupported_file_type");
  return { name: safeName(name, detected.ext), mediaType: detected.mime, bytes };
}

export async function readForm(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (!c.req.header("content-type")?.startsWith("multipart/form-data")) {
    throw new ProblemError(415, "unsupported_media_type", "Send multipart/form-data");
  }
  try {
    return await c.req.parseBody();
  } catch {
    throw new ProblemError(400, "validation_failed", "The form data could not be read");
  }
}

/** A name that is safe in Content-Disposition and in a ZIP: no paths, no control characters. */
function safeName(name: string, ext: string): string {
  const base = name
    .replace(/^.*[\\/]/, "")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .trim()
    .slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, "") || "datei";
  return `${stem}.${ext}`;
}

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

/** The file as a download: private, never cached by a shared cache or the service worker. */
export function fileResponse(c: Context<AppEnv>, file: Pick<FileTable, "name" | "media_type" | "content">) {
  const encoded = encodeURIComponent(file.name);
  return c.body(new Uint8Array(file.content), 200, {
    "Content-Type": file.media_type,
    "Content-Disposition": `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encoded}`,
    "Cache-Control": "private, no-store",
  });
}
