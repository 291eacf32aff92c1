// The admins' requests for translation proposals and review marks
// (server/features/translations/staff-routes.ts), parsed with the contract's schemas.
import { getJson, sendJson } from "../../../lib/api";
import {
  type LanguageReview,
  languageReviewSchema,
  type TranslatedLanguage,
  type TranslationReport,
  translationReportSchema,
} from "../../../lib/contract/translations";
import { z } from "../../../lib/contract/zod";

const BASE = "/api/staff/translations";

export const fetchReports = async (): Promise<TranslationReport[]> =>
  (await getJson(`${BASE}/reports`, z.object({ reports: z.array(translationReportSchema) }))).reports;

export const markReportHandled = (id: string): Promise<TranslationReport> =>
  sendJson("POST", `${BASE}/reports/${encodeURIComponent(id)}/handled`, {}, translationReportSchema);

export const fetchReview = (language: TranslatedLanguage): Promise<LanguageReview> =>
  getJson(`${BASE}/languages/${encodeURIComponent(language)}`, languageReviewSchema);

/** Sets (true) or withdraws (false) the mark of the whole language, or of one text with `key`. */
export const setReviewed = (
  language: TranslatedLanguage,
  reviewed: boolean,
  key?: string,
): Promise<LanguageReview> =>
  sendJson(
    reviewed ? "PUT" : "DELETE",
    `${BASE}/languages/${encodeURIComponent(language)}${key ? `/texts/${encodeURIComponent(key)}` : ""}/reviewed`,
    {},
    languageReviewSchema,
  );
