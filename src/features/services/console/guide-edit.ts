// The guide editor's rules: which texts it edits, how a draft becomes the full record again, and
// which fields break the sync schema (a record the feed refuses would never reach any device).
import { type Service, serviceTextSchema } from "../../../lib/contract/guide";
import { berlinDate as berlinDateOf } from "../../../lib/contract/berlin-time";

/**
 * The languages the console edits: German, and English where the service has it (the console speaks
 * these two). Texts in the other languages stay as they are in the record.
 */
export const EDITED_LANGUAGES = ["de", "en"] as const;
export type EditedLanguage = (typeof EDITED_LANGUAGES)[number];

export const EDITABLE_FIELDS = ["title", "summary", "description"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
type DraftTexts = Record<EditableField, string>;
export type GuideDraft = { de: DraftTexts; en?: DraftTexts };
export type DraftErrors = Partial<Record<`${EditedLanguage}.${EditableField}`, string>>;

/** The edited languages this draft has (German always; English where the service has it). */
export const draftLanguages = (draft: GuideDraft): EditedLanguage[] =>
  EDITED_LANGUAGES.filter((language) => draft[language] !== undefined);

export function draftOf(service: Service): GuideDraft {
  const pick = (text: { title: string; summary: string; description: string }) => ({
    title: text.title,
    summary: text.summary,
    description: text.description,
  });
  return { de: pick(service.text.de), ...(service.text.en ? { en: pick(service.text.en) } : {}) };
}

/** The calendar day in Delmenhorst, as the guide's `reviewedAt` (ISO date) counts it. */
export const berlinDate = (now: Date) => berlinDateOf(now);

/**
 * The full record with the edited texts; everything else stays. Saving counts as a review, so
 * "Stand der Informationen" shows the day of the edit.
 */
export function applyDraft(service: Service, draft: GuideDraft, now: Date): Service {
  const text = { ...service.text };
  for (const language of EDITED_LANGUAGES) {
    const edited = draft[language];
    const stored = service.text[language];
    if (!edited || !stored) continue;
    text[language] = {
      ...stored,
      title: edited.title.trim(),
      summary: edited.summary.trim(),
      description: edited.description.trim(),
    };
  }
  return { ...service, text, reviewedAt: berlinDate(now) };
}

export function draftErrors(draft: GuideDraft): DraftErrors {
  const errors: DraftErrors = {};
  for (const language of draftLanguages(draft)) {
    for (const field of EDITABLE_FIELDS) {
      if (!serviceTextSchema.shape[field].safeParse(draft[language]?.[field].trim()).success) {
        errors[`${language}.${field}`] = `services.console.errors.${field}`;
      }
    }
  }
  return errors;
}

export const isDirty = (service: Service, draft: GuideDraft) =>
  JSON.stringify(draftOf(service)) !== JSON.stringify(draft);
