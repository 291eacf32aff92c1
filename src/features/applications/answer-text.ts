// Answers as people read them, grouped by step: the citizen's review page, the application's page
// and the staff console all show the same rows. Hidden fields (showIf) are left out.
import {
  type Answers,
  type ApplicationDefinition,
  conditionHolds,
  type ListValue,
  type ScalarField,
  type ScalarValue,
} from "../../lib/contract/application-definition";
import { formatDay } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";

export type AnswerRow = { fieldId: string; label: string; value: string };
export type AnswerGroup = { stepId: string; rows: AnswerRow[] };

/** The chosen language's locale (the registry writes English dates in British order). */
export { locale };

/** A calendar date ("2026-01-05") without any time zone shifting it. */
export function formatAnswerDate(date: string): string {
  if (Number.isNaN(new Date(`${date}T12:00:00Z`).getTime())) return date;
  return formatDay(date);
}

export const typeTitle = (type: string) => t(`applications.forms.${type}.title`);
export const stepTitle = (type: string, stepId: string) => t(`applications.forms.${type}.steps.${stepId}`);
export const fieldLabel = (type: string, fieldId: string) =>
  t(`applications.forms.${type}.fields.${fieldId}.label`);
export const itemFieldLabel = (type: string, listId: string, fieldId: string) =>
  t(`applications.forms.${type}.fields.${listId}.item.${fieldId}.label`);

/** The option's label of a choice field; for item fields pass `listId`. */
export function optionLabel(type: string, fieldId: string, option: string, listId?: string): string {
  const path = listId ? `${listId}.item.${fieldId}` : fieldId;
  return t(`applications.forms.${type}.fields.${path}.options.${option}`);
}

function scalarText(
  type: string,
  field: ScalarField,
  value: ScalarValue | undefined,
  listId?: string,
): string {
  if (field.kind === "checkbox")
    return t(value === true ? "applications.answers.yes" : "applications.answers.no");
  if (typeof value !== "string" || value.trim() === "") return t("applications.answers.none");
  const text = value.trim();
  switch (field.kind) {
    case "choice":
      return field.options.includes(text) ? optionLabel(type, field.id, text, listId) : text;
    case "date":
      return formatAnswerDate(text);
    case "number":
      return /^-?\d+$/.test(text) ? new Intl.NumberFormat(locale()).format(Number(text)) : text;
    default:
      return text;
  }
}

function listRows(
  type: string,
  listId: string,
  itemFields: readonly ScalarField[],
  value: unknown,
): AnswerRow[] {
  const items: ListValue = Array.isArray(value) ? value : [];
  if (items.length === 0) {
    return [{ fieldId: listId, label: fieldLabel(type, listId), value: t("applications.answers.none") }];
  }
  return items.map((item, index) => ({
    fieldId: listId,
    label: t(`applications.forms.${type}.fields.${listId}.itemTitle`, { number: index + 1 }),
    value: itemFields
      .filter((field) => field.kind !== "checkbox" || item[field.id] === true)
      .map((field) =>
        field.kind === "checkbox"
          ? itemFieldLabel(type, listId, field.id)
          : scalarText(type, field, item[field.id], listId),
      )
      .filter((text) => text !== t("applications.answers.none"))
      .join(t("applications.answers.separator")),
  }));
}

/** Rows per step: label and readable value of every visible field. */
export function answerRows(definition: ApplicationDefinition, answers: Answers): AnswerGroup[] {
  const type = definition.type;
  return definition.steps.map((step) => ({
    stepId: step.id,
    rows: step.fields
      .filter((field) => conditionHolds(field.showIf, answers))
      .flatMap((field): AnswerRow[] => {
        const value = answers[field.id];
        if (field.kind === "list") return listRows(type, field.id, field.itemFields, value);
        return [
          {
            fieldId: field.id,
            label: fieldLabel(type, field.id),
            value: scalarText(type, field, Array.isArray(value) ? undefined : value),
          },
        ];
      }),
  }));
}
