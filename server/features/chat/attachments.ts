// Photos and PDFs in the chat. The type is read from the bytes (never the name or the browser's
// claim); photos are decoded and encoded again without their metadata, because a resident's photo
// of damage often carries the GPS position of their home in its EXIF. The file is a message in the
// conversation's log (messages.ts), so stream, resume and idempotent sends carry it like text.
import sharp from "sharp";
import { CHAT_ATTACHMENT_TYPES, isChatImage } from "../../../src/lib/contract/chat";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { acceptUpload, type ReceivedFile } from "../../platform/files/service";
import { storeFile, type Upload } from "../../platform/files/store";
import * as store from "./store";

/** Larger photos than this (about 40 megapixels) are refused before they are decoded. */
const MAX_PIXELS = 40_000_000;

/** The file as it may be stored: 413 past `maxBytes`, 400 when empty, 415 unless a photo or PDF. */
export async function acceptChatFile(file: ReceivedFile, maxBytes: number): Promise<Upload> {
  if (file.bytes.byteLength > maxBytes) throw new ProblemError(413, "file_too_large");
  const upload = await acceptUpload(file, CHAT_ATTACHMENT_TYPES);
  if (!isChatImage(upload.mediaType)) return upload;
  return { ...upload, bytes: await withoutMetadata(upload) };
}

/**
 * The photo encoded again in its own format: sharp keeps no EXIF, XMP or IPTC unless asked to. The
 * EXIF orientation is applied first, so the photo still stands the right way up.
 */
async function withoutMetadata(upload: Upload): Promise<Uint8Array> {
  try {
    const image = sharp(upload.bytes, { limitInputPixels: MAX_PIXELS }).rotate();
    const encoded =
      upload.mediaType === "image/png"
        ? image.png()
        : upload.mediaType === "image/webp"
          ? image.webp({ quality: 90 })
          : image.jpeg({ quality: 90, mozjpeg: true });
    return new Uint8Array(await encoded.toBuffer());
  } catch {
    // The header said image, the pixels were not one (truncated, corrupted, or too many of them).
    throw new ProblemError(422, "image_unreadable");
  }
}

/** A file sent in the conversation; 404 for any other (also one of another conversation). */
export async function conversationFile(db: Db, conversationId: string, fileId: string) {
  const file = await store.findConversationFile(db, conversationId, fileId);
  if (!file) throw new ProblemError(404, "not_found");
  return file;
}

/**
 * The conversation's files as attachments of a postbox message (the transcript), in the caller's
 * transaction: the postbox keeps its own copies, whatever later happens to the chat.
 */
export async function copyFilesToPostbox(db: Db, conversationId: string, ownerId: string, messageId: string) {
  for (const file of await store.listConversationFiles(db, conversationId)) {
    await storeFile(
      db,
      { name: file.name, mediaType: file.media_type, bytes: file.content },
      { kind: "attachment", ownerId, messageId },
    );
  }
}
