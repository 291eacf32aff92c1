// Which languages someone at the city has reviewed (issue 20: honest about machine translation). Starts
// empty: every language but German counts as machine-translated until the server's review marks say
// otherwise (whoever loads them calls setReviewedLanguages).
import { createSignal } from "solid-js";
import type { UiLanguage } from "./contract/languages";

const [reviewed, setReviewed] = createSignal<ReadonlySet<UiLanguage>>(new Set());

export const reviewedLanguages = reviewed;

export function setReviewedLanguages(codes: Iterable<UiLanguage>): void {
  setReviewed(new Set(codes));
}
