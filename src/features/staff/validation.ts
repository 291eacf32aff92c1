// Checks the console's forms before sending, with the contract's own schemas, so a field says what
// is wrong next to it (the server checks the same again). Answers are translation keys.
import { ATTACHMENT_MEDIA_TYPES, FILE_MAX_BYTES, type MessageKind } from "../../lib/contract/account";
import type { z } from "../../lib/contract/zod";

/** Field name -> translation key of its error. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The first failing rule of each field, named by `messages` (one text per field). */
export function fieldErrors<F extends string>(
  schema: z.ZodType,
  input: unknown,
  messages: Record<F, string>,
): FieldErrors<F> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const failed = new Set(result.error.issues.map((issue) => issue.path[0]));
  // In the order of `messages`, which is the order of the form: the summary reads top to bottom.
  const isField = (key: string): key is F => Object.hasOwn(messages, key);
  const errors: FieldErrors<F> = {};
  for (const field of Object.keys(messages)) {
    if (isField(field) && failed.has(field)) errors[field] = messages[field];
  }
  return errors;
}

export const hasErrors = (errors: FieldErrors<string>) => Object.values(errors).some(Boolean);

/** A decision (Bescheid) is its signed PDF; a message may carry one. */
export function attachmentError(
  kind: MessageKind,
  file: Pick<File, "type" | "size"> | undefined,
): string | undefined {
  if (!file) return kind === "decision" ? "staff.message.errors.attachmentRequired" : undefined;
  if (!ATTACHMENT_MEDIA_TYPES.some((type) => type === file.type))
    return "staff.message.errors.attachmentType";
  if (file.size > FILE_MAX_BYTES) return "staff.message.errors.attachmentSize";
  if (file.size === 0) return "staff.message.errors.attachmentEmpty";
  return undefined;
}

/** Staff write for a department (their messages name it); admins may have none. */
export const departmentError = (role: "staff" | "admin", department: string | null) =>
  role === "staff" && department === null ? "staff.accounts.errors.departmentRequired" : undefined;
