// The staff shell's own checks that no schema holds (attachments, a staff member's department).
// Answers are translation keys; schema-driven field errors are src/lib/field-errors.ts.
import { ATTACHMENT_MEDIA_TYPES, FILE_MAX_BYTES, type MessageKind } from "../../lib/contract/account";

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
