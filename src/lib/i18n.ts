// i18next with German bundled and every other language loaded on demand. `t` reads the language
// signal, so every text re-renders when the user switches language.
import i18next, { type TOptions } from "i18next";
import { createContext, createSignal, getOwner, useContext } from "solid-js";
import { isUiLanguage, LANGUAGE_INFO, UI_LANGUAGES, type UiLanguage } from "./contract/languages";
import de from "../locales/de.json";

type TextTree = { [key: string]: string | TextTree };
type TextFile = () => Promise<{ default: TextTree }>;

/**
 * Every text file but the bundled German main file, each its own chunk. A language is offered when its
 * main file is in the build, so a language appears the moment its files land in src/locales/.
 */
const mainFiles = import.meta.glob<{ default: TextTree }>(["../locales/*.json", "!../locales/de.json"]);
const mainFile = (code: UiLanguage): TextFile | undefined => mainFiles[`../locales/${code}.json`];

/** The languages this build has texts for, in the registry's order. */
export const availableLanguages: readonly UiLanguage[] = UI_LANGUAGES.filter(
  (code) => code === "de" || mainFile(code) !== undefined,
);

/**
 * Texts of areas most visits never open (the account, the staff console) stay out of the start
 * bundle: their route loads them with `loadTexts` before the page renders.
 */
export type TextPart =
  | "accessibility"
  | "account"
  | "applications"
  | "appointments"
  | "business"
  | "chat"
  | "chat-console"
  | "chat-conversation"
  | "council"
  | "map"
  | "merchant"
  | "more"
  | "overview"
  | "reports"
  | "services"
  | "settings"
  | "shops"
  | "staff"
  | "translations"
  | "warnings"
  | "waste";
const loadedParts = new Set<TextPart>();

/** Adds a part's texts in one language; a part a language lacks (the console's, in tr…) falls back to German. */
async function addPart(part: TextPart, code: UiLanguage): Promise<void> {
  const files =
    code === "de"
      ? (await import("./locale-parts-de")).germanPartFiles
      : (await import("./locale-parts")).partFiles;
  const file = files[`../locales/${part}/${code}.json`];
  if (!file) return;
  const texts = await file();
  i18next.addResourceBundle(code, "translation", texts.default, true, false);
}

/** Loads an area's texts in German (the fallback) and the current language. */
export async function loadTexts(part: TextPart): Promise<void> {
  if (loadedParts.has(part)) return;
  const codes = new Set<UiLanguage>(["de", language()]);
  await Promise.all([...codes].map((code) => addPart(part, code)));
  loadedParts.add(part);
}

const STORAGE_KEY = "delmenhorst.language";
const [language, setLanguage] = createSignal<UiLanguage>("de");
export { language };

/** The language the user chose on this device, if any (the switch is in every page's header). */
export function chosenLanguage(): UiLanguage | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isUiLanguage(stored) && availableLanguages.includes(stored) ? stored : undefined;
}

const [languageChosen, setLanguageChosen] = createSignal(false);
/** Whether the person chose a language on this device (then nothing offers another). */
export { languageChosen };

export async function initI18n(): Promise<void> {
  setLanguageChosen(chosenLanguage() !== undefined);
  await i18next.init({
    lng: "de",
    fallbackLng: "de",
    resources: { de: { translation: de } },
    interpolation: { escapeValue: false },
  });
  await changeLanguage(chosenLanguage() ?? "de", { remember: false });
}

export async function changeLanguage(code: UiLanguage, { remember = true } = {}): Promise<void> {
  // Remembered at once: a page left (or reloaded) while the texts still load keeps the choice.
  if (remember) {
    localStorage.setItem(STORAGE_KEY, code);
    setLanguageChosen(true);
  }
  const file = code === "de" ? undefined : mainFile(code);
  if (file && !i18next.hasResourceBundle(code, "translation")) {
    i18next.addResourceBundle(code, "translation", (await file()).default, true, false);
  }
  if (code !== "de") await Promise.all([...loadedParts].map((part) => addPart(part, code)));
  // "de-x-ls" resolves as itself, then German ("de", its language part, and the fallback).
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
  document.documentElement.dir = LANGUAGE_INFO[code].dir;
  setLanguage(code);
}

/**
 * A subtree that speaks one language whatever the user chose: the staff console stays German (or
 * English when chosen), and its container carries the matching `lang` and `dir="ltr"`.
 */
export const FixedLanguage = createContext<() => "de" | "en">();

/** The language the staff console speaks for the current choice. */
export const consoleLanguage = (): "de" | "en" => (language() === "en" ? "en" : "de");

/** The language texts are shown in here: the user's, or the fixed one of the surrounding subtree. */
function shownLanguage(): UiLanguage {
  const chosen = language();
  // useContext needs an owner; an event handler outside any has none and speaks the user's language.
  const fixed = getOwner() ? useContext(FixedLanguage) : undefined;
  return fixed ? fixed() : chosen;
}

export function t(key: string, options?: TOptions): string {
  const shown = shownLanguage();
  return i18next.t(key, shown === language() ? options : { ...options, lng: shown });
}

/** The locale dates, numbers and lists are formatted with (German for Leichte Sprache). */
export const locale = (): string => LANGUAGE_INFO[shownLanguage()].locale;

/**
 * The language of what the server keeps and writes for this person (sign-up, bookings, feedback,
 * pushes): the chosen one, any of the ten.
 */
export const contentLanguage = (): UiLanguage => language();

/** Picks the text of the current language from synced content, German when missing. */
export function localized<T>(texts: Partial<Record<string, T>> & { de: T }): T {
  return localizedText(texts).text;
}

/**
 * The text of the current language from synced content and the language it is in: German when the
 * reader's is missing (then the page marks the passage `lang="de"` and says so: src/ui/Untranslated.tsx).
 */
export function localizedText<T>(texts: Partial<Record<string, T>> & { de: T }): {
  text: T;
  language: string;
} {
  const code = language();
  const own = texts[code];
  return own === undefined ? { text: texts.de, language: "de" } : { text: own, language: code };
}

export function formatCurrency(amount: number) {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR" }).format(amount);
}
