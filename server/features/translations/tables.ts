// Proposals for better translations and the city's review marks (Kysely types; times ISO strings).

export interface TranslationReportTable {
  id: string;
  reference: string;
  language: string;
  page: string;
  text: string;
  proposal: string;
  account_id: string | null;
  received_at: string;
  handled_at: string | null;
}

/** One row per reviewed language (text_key "") or reviewed single text. */
export interface TranslationReviewTable {
  language: string;
  text_key: string;
  reviewed_at: string;
  reviewed_by: string | null;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface TranslationTables {
  translation_reports: TranslationReportTable;
  translation_reviews: TranslationReviewTable;
}
