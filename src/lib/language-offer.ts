// The first-visit offer (issue 20: finding the switch): when the browser prefers a language the app
// speaks other than German, the app offers it in that language, once. It never switches by itself.
import { matchLanguage, type UiLanguage } from "./contract/languages";

const OFFER_KEY = "delmenhorst.languageOffer";

export interface OfferSituation {
  /** `navigator.languages`, best first. */
  preferred: readonly string[];
  available: readonly UiLanguage[];
  /** The person chose a language in the picker (or through an earlier offer). */
  chosen: boolean;
  /** The offer was accepted or dismissed on this device before. */
  answered: boolean;
}

/** The language to offer, if any: the browser's first supported preference, unless it is German. */
export function languageToOffer(situation: OfferSituation): UiLanguage | undefined {
  if (situation.chosen || situation.answered) return undefined;
  const match = matchLanguage(situation.preferred, situation.available);
  return match === "de" ? undefined : match;
}

export const offerAnswered = (storage: Pick<Storage, "getItem">): boolean =>
  storage.getItem(OFFER_KEY) !== null;

export function rememberOfferAnswer(
  storage: Pick<Storage, "setItem">,
  answer: "accepted" | "declined",
): void {
  storage.setItem(OFFER_KEY, answer);
}
