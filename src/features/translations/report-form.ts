// The proposal form's values and their check with the contract's own schema before queueing (the
// server checks the same again).
import { type TranslatedLanguage, translationReportWriteSchema } from "../../lib/contract/translations";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";

export type ReportForm = { text: string; proposal: string; page: string };
export type ReportField = keyof ReportForm;

/** In the order of the form, so the error summary reads top to bottom. */
const MESSAGES: Record<ReportField, string> = {
  text: "translations.improve.errors.text",
  proposal: "translations.improve.errors.proposal",
  page: "translations.improve.errors.page",
};
export const REPORT_FIELDS = Object.keys(MESSAGES) as ReportField[];

export const reportWrite = (language: TranslatedLanguage, form: ReportForm) => ({
  language,
  text: form.text.trim(),
  proposal: form.proposal.trim(),
  page: form.page.trim() || "/",
});

export const checkReport = (language: TranslatedLanguage, form: ReportForm): FieldErrors<ReportField> =>
  fieldErrors(translationReportWriteSchema, reportWrite(language, form), MESSAGES);
