// The status form's own checks, the same as the server's (statusChangeSchema): the note the public
// reads is at most REPORT_NOTE_MAX characters, and a rejection needs it as its reason.
import {
  REPORT_NOTE_MAX,
  reportIdSchema,
  type ReportStatus,
  type StatusChange,
} from "../../../lib/contract/reports";

export const REJECTION_REASON_MIN = 3;

export type StatusFormErrors = Partial<Record<"status" | "note", string>>;

export function checkStatusChange(
  status: ReportStatus | "",
  note: string,
): { errors: StatusFormErrors } | { change: StatusChange } {
  const text = note.trim();
  const errors: StatusFormErrors = {};
  if (status === "") errors.status = "staff.reports.status.errors.status";
  if (text.length > REPORT_NOTE_MAX) errors.note = "staff.reports.status.errors.noteTooLong";
  else if (status === "rejected" && text.length < REJECTION_REASON_MIN)
    errors.note = "staff.reports.status.errors.reasonMissing";
  if (status === "" || errors.note) return { errors };
  return { change: { status, publicNote: text || null } };
}

/** The merge form: another report's id, as the contract spells ids. */
export function checkMergeTarget(value: string, ownId: string): string | undefined {
  const id = value.trim();
  if (!reportIdSchema.safeParse(id).success) return "staff.reports.merge.errors.id";
  if (id === ownId) return "staff.reports.merge.errors.self";
  return undefined;
}

/** The Open311 client's name on a new API key (apiKeyWriteSchema: 2 to 120 characters). */
export function checkClientName(value: string): string | undefined {
  const name = value.trim();
  return name.length < 2 || name.length > 120 ? "staff.reports.apiKeys.clientError" : undefined;
}
