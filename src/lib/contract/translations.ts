// Honest translations (issue 20): every language but German is translated by this project and
// counts as machine-made until someone at the city reviews it. Residents propose better wording from
// any page ("Übersetzung verbessern", through the outbox); admins mark whole languages or single
// texts as reviewed in the console. Shared by server and browser: imports nothing but zod.
import type { UiLanguage } from "./languages";
import { z } from "./zod";

const instant = z.iso.datetime({ offset: true });

/** The translated interface languages (German is the original; ./languages.ts lists them all). */
export const TRANSLATED_LANGUAGES = [
  "en",
  "tr",
  "ar",
  "ru",
  "uk",
  "pl",
  "bg",
  "ro",
  "de-x-ls",
] as const satisfies readonly Exclude<UiLanguage, "de">[];
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];
export const translatedLanguageSchema = z.enum(TRANSLATED_LANGUAGES);

/** An i18next key of the interface ("services.detail.title"); checked by shape, not against the files. */
export const textKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/, "dot-separated key");

export const translationReportWriteSchema = z.strictObject({
  language: translatedLanguageSchema,
  /** The app's page the text is on (path and query). */
  page: z
    .string()
    .trim()
    .max(500)
    .regex(/^\/[^\s]*$/),
  /** The text as the resident read it, or a description of where it is. */
  text: z.string().trim().min(1).max(1000),
  /** The resident's better wording. */
  proposal: z.string().trim().min(1).max(2000),
});
export type TranslationReportWrite = z.infer<typeof translationReportWriteSchema>;

export const translationReportReceiptSchema = z.object({ reference: z.string() });

export const translationReportSchema = z.object({
  id: z.string(),
  reference: z.string(),
  language: translatedLanguageSchema,
  page: z.string(),
  text: z.string(),
  proposal: z.string(),
  receivedAt: instant,
  handledAt: instant.nullable(),
});
export type TranslationReport = z.infer<typeof translationReportSchema>;

/** What every device may know: per language, whether the city reviewed it and how many texts. */
export const translationStatusSchema = z.object({
  languages: z.array(
    z.object({
      language: translatedLanguageSchema,
      reviewedAt: instant.nullable(),
      reviewedTexts: z.number().int().nonnegative(),
    }),
  ),
});
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** The console's view of one language: the whole-language mark and the texts marked one by one. */
export const languageReviewSchema = z.object({
  language: translatedLanguageSchema,
  reviewedAt: instant.nullable(),
  texts: z.array(z.object({ key: textKeySchema, reviewedAt: instant })),
});
export type LanguageReview = z.infer<typeof languageReviewSchema>;
