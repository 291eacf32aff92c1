// Rules shared by the console editors of offices and life situations (issue 20): a record's texts
// per language as the form holds them (one string per field), which languages have one, adding and
// discarding a translation, the texts written back, and what the sync schema would refuse.
import type { z } from "zod";
import type { Language } from "../../../lib/contract/guide";
import { berlinDate, type DraftErrors, EDITED_LANGUAGES, type EditedLanguage } from "./guide-edit";

/** A text field of a record: its key in the schema, its label and error (translation keys). */
export type TextField<F extends string> = {
  key: F;
  label: string;
  /** Shown when the schema refuses the value. */
  error: string;
  /** Several lines (a description) rather than one. */
  multiline?: boolean;
  /** May stay empty; it is then left out of the record. */
  optional?: boolean;
};

export type FieldTexts<F extends string> = Record<F, string>;
export type TextDrafts<F extends string> = { de: FieldTexts<F> } & Partial<
  Record<Exclude<Language, "de">, FieldTexts<F>>
>;
/** A record's `text` as the contract has it: German required, other languages optional. */
export type StoredTexts<F extends string> = { de: Partial<Record<F, string>> } & Partial<
  Record<Exclude<Language, "de">, Partial<Record<F, string>>>
>;

/** The languages the drafts have texts in (German always), in the registry's order. */
export const draftedLanguages = <F extends string>(drafts: TextDrafts<F>): EditedLanguage[] =>
  EDITED_LANGUAGES.filter((language) => drafts[language] !== undefined);

function fieldTexts<F extends string>(
  fields: readonly TextField<F>[],
  text: Partial<Record<F, string>> | undefined,
): FieldTexts<F> {
  const texts = {} as FieldTexts<F>;
  for (const { key } of fields) texts[key] = text?.[key] ?? "";
  return texts;
}

export function textDraftsOf<F extends string>(
  stored: StoredTexts<F>,
  fields: readonly TextField<F>[],
): TextDrafts<F> {
  const drafts: TextDrafts<F> = { de: fieldTexts(fields, stored.de) };
  for (const language of EDITED_LANGUAGES) {
    const text = stored[language];
    if (language !== "de" && text) drafts[language] = fieldTexts(fields, text);
  }
  return drafts;
}

/** A new translation: every field empty. */
export function addLanguage<F extends string>(
  drafts: TextDrafts<F>,
  language: EditedLanguage,
  fields: readonly TextField<F>[],
): TextDrafts<F> {
  if (drafts[language]) return drafts;
  return { ...drafts, [language]: fieldTexts(fields, undefined) };
}

/** Drops a translation added in this draft; German and the languages the record has stay. */
export function discardLanguage<F extends string>(
  drafts: TextDrafts<F>,
  language: EditedLanguage,
  stored: StoredTexts<F>,
): TextDrafts<F> {
  if (language === "de" || stored[language]) return drafts;
  const { [language]: _dropped, ...rest } = drafts;
  return { ...rest, de: drafts.de };
}

/** A field's value as the record stores it: trimmed; an empty optional field is left out. */
function valueOf<F extends string>(field: TextField<F>, texts: FieldTexts<F>): string | undefined {
  const value = texts[field.key].trim();
  return field.optional && value === "" ? undefined : value;
}

/**
 * The record's texts with the drafts applied; languages the drafts lack keep theirs. The caller
 * parses the result with the record's schema (it was checked by `textDraftErrors` before).
 */
export function appliedTexts<F extends string>(
  stored: StoredTexts<F>,
  drafts: TextDrafts<F>,
  fields: readonly TextField<F>[],
): Record<string, Partial<Record<F, string>>> {
  const text: Record<string, Partial<Record<F, string>>> = { ...stored };
  for (const language of draftedLanguages(drafts)) {
    const texts = drafts[language];
    if (!texts) continue;
    const written: Partial<Record<F, string>> = {};
    for (const field of fields) {
      const value = valueOf(field, texts);
      if (value !== undefined) written[field.key] = value;
    }
    text[language] = written;
  }
  return text;
}

/** Saving counts as a review: "Stand der Informationen" shows the day of the edit. */
export const reviewedToday = (now: Date) => berlinDate(now);

/** What the record's text schema would refuse, keyed `<language>.<field>` (values: translation keys). */
export function textDraftErrors<F extends string>(
  drafts: TextDrafts<F>,
  fields: readonly TextField<F>[],
  schema: { shape: Record<F, z.ZodType> },
): DraftErrors {
  const errors: DraftErrors = {};
  for (const language of draftedLanguages(drafts)) {
    const texts = drafts[language];
    if (!texts) continue;
    for (const field of fields) {
      if (!schema.shape[field.key].safeParse(valueOf(field, texts)).success)
        errors[`${language}.${field.key}`] = field.error;
    }
  }
  return errors;
}

/** Whether the drafts differ from the record in any language (an added translation counts). */
export function textsChanged<F extends string>(
  stored: StoredTexts<F>,
  drafts: TextDrafts<F>,
  fields: readonly TextField<F>[],
): boolean {
  const before = textDraftsOf(stored, fields);
  const languages = new Set([...draftedLanguages(before), ...draftedLanguages(drafts)]);
  return [...languages].some((l) => JSON.stringify(before[l]) !== JSON.stringify(drafts[l]));
}

/**
 * A life situation's services after the checkboxes changed: those kept stay in the admin's order,
 * newly ticked ones come last.
 */
export function keepOrder(previous: readonly string[], chosen: readonly string[]): string[] {
  return [...previous.filter((id) => chosen.includes(id)), ...chosen.filter((id) => !previous.includes(id))];
}

/** Moves a service one place up (towards what a resident does first). */
export function moveServiceUp(ids: readonly string[], id: string): string[] {
  const index = ids.indexOf(id);
  if (index <= 0) return [...ids];
  const moved = [...ids];
  [moved[index - 1], moved[index]] = [moved[index]!, moved[index - 1]!];
  return moved;
}
