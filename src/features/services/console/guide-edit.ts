// The guide editor's rules: which texts it edits, how a draft becomes the full record again, and
// which fields break the sync schema (a record the feed refuses would never reach any device).
import { LANGUAGES, type Language, type Service, serviceTextSchema } from "../../../lib/contract/guide";
import { berlinDate as berlinDateOf } from "../../../lib/contract/berlin-time";

export const EDITABLE_FIELDS = ["title", "summary", "description"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type GuideDraft = Record<Language, Record<EditableField, string>>;
export type DraftErrors = Partial<Record<`${Language}.${EditableField}`, string>>;

export function draftOf(service: Service): GuideDraft {
  const pick = (language: Language) => ({
    title: service.text[language].title,
    summary: service.text[language].summary,
    description: service.text[language].description,
  });
  return { de: pick("de"), en: pick("en") };
}

/** The calendar day in Delmenhorst, as the guide's `reviewedAt` (ISO date) counts it. */
export const berlinDate = (now: Date) => berlinDateOf(now);

/**
 * The full record with the edited texts; everything else stays. Saving counts as a review, so
 * "Stand der Informationen" shows the day of the edit.
 */
export function applyDraft(service: Service, draft: GuideDraft, now: Date): Service {
  const text = { ...service.text };
  for (const language of LANGUAGES) {
    text[language] = {
      ...service.text[language],
      title: draft[language].title.trim(),
      summary: draft[language].summary.trim(),
      description: draft[language].description.trim(),
    };
  }
  return { ...service, text, reviewedAt: berlinDate(now) };
}

export function draftErrors(draft: GuideDraft): DraftErrors {
  const errors: DraftErrors = {};
  for (const language of LANGUAGES) {
    for (const field of EDITABLE_FIELDS) {
      if (!serviceTextSchema.shape[field].safeParse(draft[language][field].trim()).success) {
        errors[`${language}.${field}`] = `services.console.errors.${field}`;
      }
    }
  }
  return errors;
}

export const isDirty = (service: Service, draft: GuideDraft) =>
  JSON.stringify(draftOf(service)) !== JSON.stringify(draft);
