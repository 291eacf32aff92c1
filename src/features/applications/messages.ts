// Validation errors as the user reads them: the field's label and the limit it missed go into the
// message ("Geben Sie bei „Zahl der Vollzeitkräfte“ höchstens 10.000 an"), for the error summary
// and the field alike.
import { addDays } from "../../lib/contract/berlin-time";
import {
  ATTACHMENT_MAX_BYTES,
  type ApplicationDefinition,
  allFields,
  type FieldError,
  type ScalarField,
} from "../../lib/contract/application-definition";
import { t } from "../../lib/i18n";
import type { SummaryItem } from "../../ui/ErrorSummary";
import { formatFileSize, fileTypeLabel } from "../account/format";
import { fieldLabel, formatAnswerDate, itemFieldLabel, locale } from "./answer-text";

/** The element an error links to: the field, the group of radios or of a list's items, the file input. */
export const fieldDomId = (path: string) => `field-${path.replace(/\./g, "-")}`;

const number = (value: number) => new Intl.NumberFormat(locale()).format(value);

function limits(field: ScalarField, today: string): Record<string, string> {
  switch (field.kind) {
    case "number":
      return { min: number(field.min), max: number(field.max) };
    case "text":
    case "textarea":
      return { maxLength: number(field.maxLength) };
    case "date":
      return {
        ...(field.minDays !== undefined ? { earliest: formatAnswerDate(addDays(today, field.minDays)) } : {}),
        ...(field.maxDays !== undefined ? { latest: formatAnswerDate(addDays(today, field.maxDays)) } : {}),
      };
    default:
      return {};
  }
}

/** The message's translation values for an error of the definition's answers or attachments. */
export function messageValues(
  definition: ApplicationDefinition,
  error: FieldError,
  today: string,
): Record<string, string> {
  const type = definition.type;
  const [head = "", second, third] = error.path.split(".");
  if (head === "attachments" && second) {
    const slot = definition.attachments.find((s) => s.id === second);
    return {
      label: t(`applications.forms.${type}.attachments.${second}.label`),
      max: number(slot?.max ?? 0),
      types: (slot?.accept ?? []).map(fileTypeLabel).join(", "),
      size: formatFileSize(ATTACHMENT_MAX_BYTES, locale()),
    };
  }
  const field = allFields(definition).find((f) => f.id === head);
  if (!field) return { label: head };
  if (field.kind !== "list") return { label: fieldLabel(type, field.id), ...limits(field, today) };
  const index = second === undefined ? Number.NaN : Number(second);
  const itemField = field.itemFields.find((f) => f.id === third);
  if (Number.isInteger(index) && itemField) {
    return {
      label: t("applications.answers.itemField", {
        label: itemFieldLabel(type, field.id, itemField.id),
        item: t(`applications.forms.${type}.fields.${field.id}.itemTitle`, { number: index + 1 }),
      }),
      ...limits(itemField, today),
    };
  }
  return { label: fieldLabel(type, field.id), min: number(field.min), max: number(field.max) };
}

export const validationKey = (code: string) => `applications.validation.${code}`;

export function summaryItems(
  definition: ApplicationDefinition,
  errors: FieldError[],
  today: string,
): SummaryItem[] {
  return errors.map((error) => ({
    fieldId: fieldDomId(error.path),
    message: validationKey(error.code),
    values: messageValues(definition, error, today),
  }));
}
