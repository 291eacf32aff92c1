// Platform (server/platform/): shared by several features, owned by none.
// What an uploaded file may be: its type is read from the content (magic numbers), never from the
// name or the browser's claim, and its name is made safe to hand out again.
import { fileTypeFromBuffer } from "file-type";
import { ProblemError } from "../../http/problem";
import type { Upload } from "./store";

/** A file as received (server/http/uploads.ts, or the parts of a resumable upload): nothing checked. */
export type ReceivedFile = { name: string; bytes: Uint8Array };

/** The file with its type read from the content: 400 when empty, 415 unless it is one of `allowed`. */
export async function acceptUpload(file: ReceivedFile, allowed: readonly string[]): Promise<Upload> {
  if (file.bytes.byteLength === 0) throw new ProblemError(400, "validation_failed", "The file is empty");
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected || !allowed.includes(detected.mime)) throw new ProblemError(415, "unsupported_file_type");
  return { name: safeName(file.name, detected.ext), mediaType: detected.mime, bytes: file.bytes };
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
