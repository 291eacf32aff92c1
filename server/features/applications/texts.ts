// The German words of the application forms for the server's papers (receipt, decision, export):
// the same texts the browser shows (src/locales/applications/de.json), so the PDF speaks like the form.
import { readFileSync } from "node:fs";
import {
  type ApplicationDefinition,
  type Answers,
  allFields,
  conditionHolds,
  type Field,
  type ScalarField,
  type ScalarValue,
} from "../../../src/lib/contract/applications";
import type { Department } from "../../../src/lib/contract/account-constants";
import type { UiLanguage } from "../../../src/lib/contract/languages";

type Tree = { [key: string]: string | Tree };

const german = JSON.parse(
  readFileSync(new URL("../../../src/locales/applications/de.json", import.meta.url), "utf8"),
) as Tree;

/** The text at a dotted key, or the fallback when the locale lacks it. */
export function text(key: string, fallback: string): string {
  let node: string | Tree | undefined = german;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : fallback;
}

const formKey = (type: string) => `applications.forms.${type}`;

export const typeTitle = (type: string) => text(`${formKey(type)}.title`, type);

const titlesByLanguage = new Map<UiLanguage, Tree>();

/**
 * The form's title in the resident's language, for the postbox message's subject (the PDFs stay
 * German): from the same locale file the browser shows; German where that file lacks it.
 */
export function typeTitleIn(type: string, language: UiLanguage): string {
  if (language === "de") return typeTitle(type);
  let texts = titlesByLanguage.get(language);
  if (!texts) {
    texts = JSON.parse(
      readFileSync(new URL(`../../../src/locales/applications/${language}.json`, import.meta.url), "utf8"),
    ) as Tree;
    titlesByLanguage.set(language, texts);
  }
  let node: string | Tree | undefined = texts;
  for (const part of `${formKey(type)}.title`.split("."))
    node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : typeTitle(type);
}

const fieldLabel = (type: string, field: Field, listId?: string) =>
  listId
    ? text(`${formKey(type)}.fields.${listId}.item.${field.id}.label`, field.id)
    : text(`${formKey(type)}.fields.${field.id}.label`, field.id);

export const slotLabel = (type: string, slot: string) =>
  text(`${formKey(type)}.attachments.${slot}.label`, slot);

function germanDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

function scalarText(type: string, field: ScalarField, value: ScalarValue, listId?: string): string {
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (field.kind === "choice") {
    const base = listId
      ? `${formKey(type)}.fields.${listId}.item.${field.id}`
      : `${formKey(type)}.fields.${field.id}`;
    return text(`${base}.options.${value}`, value);
  }
  if (field.kind === "date") return germanDate(value);
  return value;
}

/** Label and value of each answered visible field, in the form's order. */
export function answerLines(definition: ApplicationDefinition, answers: Answers): [string, string][] {
  const lines: [string, string][] = [];
  for (const field of allFields(definition)) {
    const value = answers[field.id];
    if (value === undefined || !conditionHolds(field.showIf, answers)) continue;
    if (field.kind === "list") {
      if (!Array.isArray(value)) continue;
      value.forEach((item, index) => {
        const parts = field.itemFields
          .filter((f) => item[f.id] !== undefined)
          .map(
            (f) =>
              `${fieldLabel(definition.type, f, field.id)}: ${scalarText(definition.type, f, item[f.id]!, field.id)}`,
          );
        lines.push([`${fieldLabel(definition.type, field)} ${index + 1}`, parts.join(", ")]);
      });
    } else if (!Array.isArray(value)) {
      lines.push([fieldLabel(definition.type, field), scalarText(definition.type, field, value)]);
    }
  }
  return lines;
}

// Every department needs its name on the papers: adding one to DEPARTMENTS fails here until it has one.
const DEPARTMENT_NAMES: Record<Department, string> = {
  abfall: "Abfallwirtschaft",
  bauamt: "Bauamt",
  buergerbuero: "Bürgerbüro",
  ordnungsamt: "Ordnungsamt",
  rat: "Ratsbüro",
  sozialamt: "Sozialamt",
  stadtwerke: "Stadtwerke Delmenhorst",
  steueramt: "Steueramt",
  wirtschaft: "Wirtschaftsförderung",
};
export const departmentName = (department: string) =>
  Object.entries(DEPARTMENT_NAMES).find(([key]) => key === department)?.[1] ?? department;
