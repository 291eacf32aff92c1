// The guide editor's rules: which texts it edits, how a draft becomes the full record again, and
// which fields break the sync schema (a record the feed refuses would never reach any device).
import {
  LANGUAGES,
  type Language,
  type Service,
  type ServiceText,
  serviceTextSchema,
} from "../../../lib/contract/guide";
import { berlinDate as berlinDateOf } from "../../../lib/contract/berlin-time";

/**
 * The languages the console edits: all ten of the content model (issue 20). German is the original
 * and required; any other language can be added as a translation and is then edited in full.
 */
export const EDITED_LANGUAGES = LANGUAGES;
export type EditedLanguage = Language;

/** Single texts of a language, in the order the form shows them. */
export const EDITABLE_FIELDS = ["title", "summary", "description", "processingTime"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/** Lists typed one entry per line. */
export const LIST_FIELDS = ["documents", "keywords"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** A language's texts as the form holds them; `fees` has one label per fee of the service. */
export type DraftTexts = Record<EditableField | ListField, string> & { fees: string[] };
export type GuideDraft = { de: DraftTexts } & Partial<Record<Exclude<Language, "de">, DraftTexts>>;
/** Keyed `<language>.<field>`, a fee's label `<language>.fees.<index>`; values are translation keys. */
export type DraftErrors = Partial<Record<string, string>>;

/** The languages this draft has texts in (German always), in the registry's order. */
export const draftLanguages = (draft: GuideDraft): EditedLanguage[] =>
  EDITED_LANGUAGES.filter((language) => draft[language] !== undefined);

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

function textDraft(text: ServiceText): DraftTexts {
  return {
    title: text.title,
    summary: text.summary,
    description: text.description,
    processingTime: text.processingTime,
    documents: text.documents.join("\n"),
    keywords: text.keywords.join("\n"),
    fees: [...text.fees],
  };
}

export function draftOf(service: Service): GuideDraft {
  const draft: GuideDraft = { de: textDraft(service.text.de) };
  for (const language of EDITED_LANGUAGES) {
    const text = service.text[language];
    if (language !== "de" && text) draft[language] = textDraft(text);
  }
  return draft;
}

/** A new translation: every field empty, one empty label per fee of the service. */
export function addTranslation(draft: GuideDraft, language: EditedLanguage, service: Service): GuideDraft {
  if (draft[language]) return draft;
  const empty: DraftTexts = {
    title: "",
    summary: "",
    description: "",
    processingTime: "",
    documents: "",
    keywords: "",
    fees: service.fees.map(() => ""),
  };
  return { ...draft, [language]: empty };
}

/** Drops a translation added in this draft; German and the languages the record has stay. */
export function discardTranslation(
  draft: GuideDraft,
  language: EditedLanguage,
  service: Service,
): GuideDraft {
  if (language === "de" || service.text[language]) return draft;
  const { [language]: _dropped, ...rest } = draft;
  return { ...rest, de: draft.de };
}

/** The calendar day in Delmenhorst, as the guide's `reviewedAt` (ISO date) counts it. */
export const berlinDate = (now: Date) => berlinDateOf(now);

function textOf(draft: DraftTexts): ServiceText {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: draft.description.trim(),
    processingTime: draft.processingTime.trim(),
    documents: lines(draft.documents),
    keywords: lines(draft.keywords),
    fees: draft.fees.map((label) => label.trim()),
  };
}

/**
 * The full record with the edited texts; everything else stays, texts of languages the draft lacks
 * too. Saving counts as a review, so "Stand der Informationen" shows the day of the edit.
 */
export function applyDraft(service: Service, draft: GuideDraft, now: Date): Service {
  const text = { ...service.text };
  for (const language of draftLanguages(draft)) {
    const edited = draft[language];
    if (edited) text[language] = textOf(edited);
  }
  return { ...service, text, reviewedAt: berlinDate(now) };
}

/**
 * What the server would refuse, field by field: the texts' lengths, list entries, and a label for
 * every fee in every language (as serviceSchema checks). A translation must name the documents
 * when German does: a resident would otherwise come without them.
 */
export function draftErrors(draft: GuideDraft, service?: Service): DraftErrors {
  const errors: DraftErrors = {};
  const shape = serviceTextSchema.shape;
  for (const language of draftLanguages(draft)) {
    const texts = draft[language];
    if (!texts) continue;
    for (const field of EDITABLE_FIELDS) {
      if (!shape[field].safeParse(texts[field].trim()).success) {
        errors[`${language}.${field}`] =
          field === "processingTime"
            ? "staff.guide.errors.processingTime"
            : `services.console.errors.${field}`;
      }
    }
    for (const field of LIST_FIELDS) {
      if (!shape[field].safeParse(lines(texts[field])).success)
        errors[`${language}.${field}`] = `staff.guide.errors.${field}`;
    }
    if (language !== "de" && lines(draft.de.documents).length > 0 && lines(texts.documents).length === 0)
      errors[`${language}.documents`] = "staff.guide.errors.documentsMissing";
    if (service && texts.fees.length !== service.fees.length) {
      errors[`${language}.fees`] = "staff.guide.errors.feeCount";
      continue;
    }
    texts.fees.forEach((label, index) => {
      if (!shape.fees.element.safeParse(label.trim()).success)
        errors[`${language}.fees.${index}`] = "staff.guide.errors.fee";
    });
  }
  return errors;
}

/** The languages with at least one error, in the registry's order. */
export const languagesWithErrors = (errors: DraftErrors): EditedLanguage[] =>
  EDITED_LANGUAGES.filter((language) => Object.keys(errors).some((key) => key.startsWith(`${language}.`)));

/** Whether the draft differs from the record in any language (an added translation counts). */
export function isDirty(service: Service, draft: GuideDraft): boolean {
  const stored = draftOf(service);
  const languages = new Set([...draftLanguages(stored), ...draftLanguages(draft)]);
  return [...languages].some((l) => JSON.stringify(stored[l]) !== JSON.stringify(draft[l]));
}
