// The feedback form's values and its check with the contract's own schema before queueing (the
// server checks the same again).
import { accessibilityFeedbackWriteSchema } from "../../lib/contract/accessibility";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";

export type FeedbackForm = { message: string; page: string; name: string; email: string };
export type FeedbackField = keyof FeedbackForm;

/** In the order of the form, so the error summary reads top to bottom. */
const MESSAGES: Record<FeedbackField, string> = {
  message: "accessibility.feedback.errors.message",
  page: "accessibility.feedback.errors.page",
  name: "accessibility.feedback.errors.name",
  email: "accessibility.feedback.errors.email",
};
export const FEEDBACK_FIELDS = Object.keys(MESSAGES) as FeedbackField[];

/** Empty optional fields are left out; what remains is what the server checks again. */
export function feedbackWrite(form: FeedbackForm): Record<string, string> {
  const write: Record<string, string> = {};
  for (const field of FEEDBACK_FIELDS) {
    const value = form[field].trim();
    if (value !== "") write[field] = value;
  }
  return write;
}

export const checkFeedback = (form: FeedbackForm): FieldErrors<FeedbackField> =>
  fieldErrors(accessibilityFeedbackWriteSchema, feedbackWrite(form), MESSAGES);
