// Asks the server which languages the city reviewed, once the app has started (its own chunk: the
// start page does not wait for it). Offline, the picker keeps the last answer. The answer is
// `translationStatusSchema` (src/lib/contract/translations.ts); this reads its two fields by hand,
// because zod's schemas would add 27 KB gzip to what every start page loads, and the API client 1.4.
import { isUiLanguage, type UiLanguage } from "../../lib/contract/languages";
import { setReviewedLanguages } from "../../lib/language-status";

export const STATUS_URL = "/api/translations/status";

/** The reviewed languages of a status answer; null when it is not shaped like one. */
export function reviewedIn(answer: unknown): UiLanguage[] | null {
  const languages =
    answer && typeof answer === "object" ? (answer as { languages?: unknown }).languages : null;
  if (!Array.isArray(languages)) return null;
  return languages.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { language, reviewedAt } = entry as { language?: unknown; reviewedAt?: unknown };
    return isUiLanguage(language) && typeof reviewedAt === "string" ? [language] : [];
  });
}

/** A plain GET (no CSRF token, no problem answers to read: a failure keeps the last answer). */
export async function refreshLanguageStatus(): Promise<void> {
  const response = await fetch(STATUS_URL, {
    headers: { Accept: "application/json" },
    cache: "no-store",
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) return;
  const reviewed = reviewedIn(await response.json());
  if (reviewed) setReviewedLanguages(reviewed);
}
