// The HTTP half of an upload: the multipart/form-data body and the file parts in it, as the browser
// sent them. What a file may be (its type, read from the content) is the feature's rule
// (server/platform/files/service.ts), applied to the bytes handed over from here.
import type { Context } from "hono";
import { FILE_MAX_BYTES } from "../../src/lib/contract/account-constants";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";
import { mediaTypeOf } from "./route-guards";

/** A file part: its bytes and the name the browser gave it; its declared type is not kept (not trusted). */
export type FilePart = { name: string; bytes: Uint8Array };

/** The form's fields: text parts as strings, file parts as File. 415 unless multipart/form-data. */
export async function readForm(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (mediaTypeOf(c.req.header("content-type")) !== "multipart/form-data") {
    throw new ProblemError(415, "unsupported_media_type", "Send multipart/form-data");
  }
  try {
    return await c.req.parseBody();
  } catch {
    throw new ProblemError(400, "validation_failed", "The form data could not be read");
  }
}

/** The file in the form field `field`: 400 without one, 413 past `maxBytes` (read only then). */
export async function fileField(
  form: Record<string, unknown>,
  field: string,
  maxBytes = FILE_MAX_BYTES,
): Promise<FilePart> {
  const part = form[field];
  if (!(part instanceof File)) {
    throw new ProblemError(400, "validation_failed", `A file in the form field "${field}" is required`, [
      { path: field, message: "required" },
    ]);
  }
  if (part.size > maxBytes) throw new ProblemError(413, "file_too_large");
  return { name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) };
}

/** Like fileField, but no part, or an empty file input (a part without name and bytes), is no file. */
export async function optionalFileField(
  form: Record<string, unknown>,
  field: string,
  maxBytes = FILE_MAX_BYTES,
): Promise<FilePart | null> {
  const part = form[field];
  if (part === undefined || (part instanceof File && part.size === 0 && part.name === "")) return null;
  return fileField(form, field, maxBytes);
}
