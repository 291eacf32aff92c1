// Asks the server which languages the city reviewed, once the app has started (its own chunk: the
// start page does not wait for it). Offline, the picker keeps the last answer.
import { getJson } from "../../lib/api";
import { translationStatusSchema } from "../../lib/contract/translations";
import { setReviewedLanguages } from "../../lib/language-status";

export const STATUS_URL = "/api/translations/status";

export async function refreshLanguageStatus(): Promise<void> {
  const status = await getJson(STATUS_URL, translationStatusSchema);
  setReviewedLanguages(status.languages.filter((l) => l.reviewedAt !== null).map((l) => l.language));
}
