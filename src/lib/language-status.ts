// Which translated languages the city has reviewed (server/features/translations). The language
// picker says so beside each language; the last answer is kept on the device so the picker tells the
// truth offline too. Filled by src/features/translations/status.ts after the app started.
import { createSignal } from "solid-js";
import { isUiLanguage, type UiLanguage } from "./contract/languages";

const STORAGE_KEY = "delmenhorst.reviewed-languages";

function cached(): ReadonlySet<UiLanguage> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return new Set(Array.isArray(value) ? value.filter(isUiLanguage) : []);
  } catch {
    return new Set();
  }
}

const [reviewed, setReviewed] = createSignal<ReadonlySet<UiLanguage>>(cached());

/** The codes of the languages the city marked reviewed as a whole. */
export const reviewedLanguages = reviewed;

export function setReviewedLanguages(codes: Iterable<UiLanguage>): void {
  const set = new Set(codes);
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...set]));
  setReviewed(set);
}
