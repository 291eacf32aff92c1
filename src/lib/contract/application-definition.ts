// The form engine's language: an application type is data (steps, fields, conditions, attachments,
// fee), and validateApplication() below checks answers against it. The browser and the server run
// the same function, so both find the same errors and the user reads the same messages
// (applications.validation.<code> in src/locales/applications). Free of zod: pages load it cheaply.
import { type Department, FILE_MAX_BYTES, type TrustLevel } from "./account-constants";

/** Master data a field can start with (the citizen corrects it in the form if needed). */
export type PrefillKey = "givenName" | "familyName" | "email" | "phone" | "street" | "postalCode" | "city";

/** A field shows (and counts) only when another top-level field has one of the given values. */
export type Condition = { field: string; equals: readonly string[] };

/** Named patterns, so the message can say what is expected (applications.validation.pattern.<name>). */
export const PATTERNS = {
  postalCode: /^\d{5}$/,
  delmenhorstPostalCode: /^(27749|27751|27753|27755)$/,
  phone: /^\+?[0-9 ()/-]{6,30}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  flurstueck: /^\d{1,5}(\/\d{1,4})?$/,
  licencePlate: /^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9]\d{0,3}[EH]?$/i,
  chipNumber: /^\d{15}$/,
} as const;
export type PatternName = keyof typeof PATTERNS;

type FieldBase = {
  id: string;
  required?: boolean;
  showIf?: Condition;
  prefill?: PrefillKey;
};

export type TextField = FieldBase & { kind: "text"; maxLength: number; pattern?: PatternName };
export type TextareaField = FieldBase & { kind: "textarea"; maxLength: number };
/** Days relative to today (Berlin): -14 is "at most two weeks ago", 0 is today. */
export type DateField = FieldBase & { kind: "date"; minDays?: number; maxDays?: number };
export type NumberField = FieldBase & { kind: "number"; min: number; max: number };
export type ChoiceField = FieldBase & {
  kind: "choice";
  options: readonly string[];
  style: "radio" | "select";
};
/** A box to tick; when required it must be ticked (a declaration). */
export type CheckboxField = FieldBase & { kind: "checkbox" };
/** Repeated items of simple fields (persons moving): `min` to `max` of them. */
export type ListField = FieldBase & {
  kind: "list";
  min: number;
  max: number;
  itemFields: readonly ScalarField[];
};

export type ScalarField = TextField | TextareaField | DateField | NumberField | ChoiceField | CheckboxField;
export type Field = ScalarField | ListField;

export type Step = { id: string; fields: readonly Field[] };

export type AttachmentSlot = {
  id: string;
  /** true, or only when a condition holds (the structural proof for the regular procedure). */
  required: boolean | Condition;
  max: number;
  accept: readonly AttachmentType[];
};

export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
/** Per file, as for documents: a phone photo is 2 to 5 MB. */
export const ATTACHMENT_MAX_BYTES = FILE_MAX_BYTES;

export type Fee = { kind: "none" } | { kind: "fixed"; cents: number } | { kind: "variable" };

export type ApplicationDefinition = {
  type: string;
  /** Raised when fields change incompatibly; a submission names the version it was made with. */
  version: number;
  department: Department;
  trustLevel: TrustLevel;
  /** The services guide's entry this application belongs to (a general request has none). */
  serviceId: string | null;
  fee: Fee;
  /** The field whose answer names the application in lists ("Neubau Einfamilienhaus"). */
  titleField: string;
  steps: readonly Step[];
  attachments: readonly AttachmentSlot[];
};

export type ScalarValue = string | boolean;
export type ListValue = Record<string, ScalarValue>[];
export type Answers = Record<string, ScalarValue | ListValue>;
/** Upload ids per attachment slot. */
export type AttachmentAnswers = Record<string, string[]>;
/** What an attachment is, as the browser knows it before (or the server after) the upload. */
export type AttachmentFacts = { mediaType: string; size: number };

export type FieldError = { path: string; code: string };

export const allFields = (definition: ApplicationDefinition): Field[] =>
  definition.steps.flatMap((step) => step.fields);

export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  const value = answers[condition.field];
  return typeof value === "string" && condition.equals.includes(value);
}

export const attachmentRequired = (slot: AttachmentSlot, answers: Answers) =>
  slot.required === true || (slot.required !== false && conditionHolds(slot.required, answers));

/** Days between two ISO dates (b - a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isEmpty = (value: unknown) => value === undefined || value === "" || value === false;

function scalarError(field: ScalarField, value: unknown, today: string): string | null {
  if (isEmpty(value)) return field.required ? "required" : null;
  if (field.kind === "checkbox") return typeof value === "boolean" ? null : "invalid";
  if (typeof value !== "string") return "invalid";
  const text = value.trim();
  if (text === "") return field.required ? "required" : null;
  switch (field.kind) {
    case "text":
    case "textarea":
      if (text.length > field.maxLength) return "tooLong";
      if (field.kind === "text" && field.pattern && !PATTERNS[field.pattern].test(text)) {
        return `pattern.${field.pattern}`;
      }
      return null;
    case "number": {
      if (!/^-?\d+$/.test(text)) return "notANumber";
      const number = Number(text);
      if (number < field.min) return "tooSmall";
      return number > field.max ? "tooLarge" : null;
    }
    case "date": {
      if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return "invalidDate";
      const offset = daysBetween(today, text);
      if (field.minDays !== undefined && offset < field.minDays) return "dateTooEarly";
      return field.maxDays !== undefined && offset > field.maxDays ? "dateTooLate" : null;
    }
    case "choice":
      return field.options.includes(text) ? null : "invalidChoice";
  }
}

function fieldErrors(field: Field, value: unknown, today: string): FieldError[] {
  if (field.kind !== "list") {
    const code = scalarError(field, value, today);
    return code ? [{ path: field.id, code }] : [];
  }
  const items = value === undefined ? [] : value;
  if (!Array.isArray(items)) return [{ path: field.id, code: "invalid" }];
  if (items.length < field.min) return [{ path: field.id, code: "tooFewItems" }];
  if (items.length > field.max) return [{ path: field.id, code: "tooManyItems" }];
  const errors: FieldError[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      errors.push({ path: `${field.id}.${index}`, code: "invalid" });
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!field.itemFields.some((f) => f.id === key)) {
        errors.push({ path: `${field.id}.${index}.${key}`, code: "unknownField" });
      }
    }
    for (const itemField of field.itemFields) {
      const code = scalarError(itemField, record[itemField.id], today);
      if (code) errors.push({ path: `${field.id}.${index}.${itemField.id}`, code });
    }
  });
  return errors;
}

/** Errors of one step's visible fields: the browser checks a step before it moves on. */
export function validateStep(
  definition: ApplicationDefinition,
  stepId: string,
  answers: Answers,
  today: string,
): FieldError[] {
  const step = definition.steps.find((s) => s.id === stepId);
  if (!step) return [];
  return step.fields
    .filter((field) => conditionHolds(field.showIf, answers))
    .flatMap((field) => fieldErrors(field, answers[field.id], today));
}

export function validateAttachments(
  definition: ApplicationDefinition,
  attachments: Record<string, AttachmentFacts[]>,
  answers: Answers,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const slotId of Object.keys(attachments)) {
    if (!definition.attachments.some((slot) => slot.id === slotId)) {
      errors.push({ path: `attachments.${slotId}`, code: "unknownField" });
    }
  }
  for (const slot of definition.attachments) {
    const files = attachments[slot.id] ?? [];
    const path = `attachments.${slot.id}`;
    if (files.length === 0 && attachmentRequired(slot, answers))
      errors.push({ path, code: "attachmentRequired" });
    if (files.length > slot.max) errors.push({ path, code: "tooManyFiles" });
    if (files.some((file) => !(slot.accept as readonly string[]).includes(file.mediaType))) {
      errors.push({ path, code: "fileType" });
    }
    if (files.some((file) => file.size > ATTACHMENT_MAX_BYTES)) errors.push({ path, code: "fileTooLarge" });
  }
  return errors;
}

/**
 * Every error of a whole submission: each step's visible fields, answers to fields that do not exist
 * or are hidden (they must not travel), and the attachments.
 */
export function validateApplication(
  definition: ApplicationDefinition,
  answers: Answers,
  attachments: Record<string, AttachmentFacts[]>,
  today: string,
): FieldError[] {
  const fields = allFields(definition);
  const unknown = Object.keys(answers)
    .filter((key) => {
      const field = fields.find((f) => f.id === key);
      return !field || !conditionHolds(field.showIf, answers);
    })
    .map((key) => ({ path: key, code: "unknownField" }));
  return [
    ...unknown,
    ...definition.steps.flatMap((step) => validateStep(definition, step.id, answers, today)),
    ...validateAttachments(definition, attachments, answers),
  ];
}

/** The answers that travel: visible fields only, text trimmed, empty optional values left out. */
export function submittedAnswers(definition: ApplicationDefinition, answers: Answers): Answers {
  const result: Answers = {};
  for (const field of allFields(definition)) {
    if (!conditionHolds(field.showIf, answers)) continue;
    const value = answers[field.id];
    if (isEmpty(value)) continue;
    if (Array.isArray(value)) {
      result[field.id] = value.map((item) =>
        Object.fromEntries(
          Object.entries(item)
            .filter(([, v]) => !isEmpty(v))
            .map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]),
        ),
      );
    } else if (value !== undefined) {
      result[field.id] = typeof value === "string" ? value.trim() : value;
    }
  }
  return result;
}

/** Slots that are visible: a conditional slot whose condition does not hold is not asked for. */
export const visibleSlots = (definition: ApplicationDefinition, answers: Answers) =>
  definition.attachments.filter(
    (slot) => typeof slot.required === "boolean" || conditionHolds(slot.required, answers),
  );
