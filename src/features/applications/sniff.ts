// What a picked file really is, read from its first bytes: a file's name and the type the browser
// guesses from it can lie (a renamed photo), and the server would refuse it after a long upload.
import { ATTACHMENT_MAX_BYTES, type AttachmentType } from "../../lib/contract/application-definition";
import type { DraftFile } from "../../lib/db";

/** Signatures: PDF 1.7 (ISO 32000-1, 7.5.2), JPEG (ITU T.81, SOI + marker), PNG (RFC 2083, 3.1). */
const SIGNATURES: { type: AttachmentType; bytes: readonly number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export const SNIFF_BYTES = 8;

/** The type the bytes start with, or null for anything else. */
export function sniffType(head: Uint8Array): AttachmentType | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, index) => head[index] === byte));
  return match?.type ?? null;
}

/** A picked file that does not fit: `code` is a validation code (applications.validation.<code>). */
export class FileCheckError extends Error {
  constructor(
    readonly code: "fileTooLarge" | "fileType",
    readonly fileName: string,
  ) {
    super(`${fileName}: ${code}`);
  }
}

/**
 * Checks a picked file (size, then type from its content) and makes the draft's copy of it.
 * Throws FileCheckError when it does not fit.
 */
export async function checkPickedFile(
  file: Blob & { name: string },
  accept: readonly string[],
): Promise<DraftFile> {
  if (file.size > ATTACHMENT_MAX_BYTES) throw new FileCheckError("fileTooLarge", file.name);
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const type = sniffType(head);
  if (!type || !accept.includes(type)) throw new FileCheckError("fileType", file.name);
  return {
    id: crypto.randomUUID(),
    name: file.name || "upload",
    mediaType: type,
    size: file.size,
    blob: file,
  };
}
