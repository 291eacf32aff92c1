// The languages the app speaks (issue 20), shared by the client and the server (mails in the resident's
// language). The few texts a person reads in a language before its own texts have loaded (the first-visit
// offer, the translation status) are in ./language-texts.ts, each in its language.

export const UI_LANGUAGES = ["de", "en", "tr", "ar", "ru", "uk", "pl", "bg", "ro", "de-x-ls"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface LanguageInfo {
  code: UiLanguage;
  /** The language's name in its own script. */
  name: string;
  dir: "ltr" | "rtl";
  /** What dates, numbers and lists are formatted with (Leichte Sprache formats like German). */
  locale: string;
}

export const LANGUAGE_INFO: Record<UiLanguage, LanguageInfo> = {
  de: { code: "de", name: "Deutsch", dir: "ltr", locale: "de-DE" },
  en: { code: "en", name: "English", dir: "ltr", locale: "en-GB" },
  tr: { code: "tr", name: "Türkçe", dir: "ltr", locale: "tr" },
  ar: { code: "ar", name: "العربية", dir: "rtl", locale: "ar" },
  ru: { code: "ru", name: "Русский", dir: "ltr", locale: "ru" },
  uk: { code: "uk", name: "Українська", dir: "ltr", locale: "uk" },
  pl: { code: "pl", name: "Polski", dir: "ltr", locale: "pl" },
  bg: { code: "bg", name: "Български", dir: "ltr", locale: "bg" },
  ro: { code: "ro", name: "Română", dir: "ltr", locale: "ro" },
  "de-x-ls": { code: "de-x-ls", name: "Leichte Sprache", dir: "ltr", locale: "de-DE" },
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The supported language a browser's preference list (`navigator.languages`, best first) asks for:
 * exact tags first, then the primary subtag ("tr-TR" → tr). Undefined when none is supported.
 */
export function matchLanguage(
  preferred: readonly string[],
  among: readonly UiLanguage[],
): UiLanguage | undefined {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = among.find((code) => code === lower);
    if (exact) return exact;
    const primary = lower.split("-")[0];
    const close = among.find((code) => code === primary);
    if (close) return close;
  }
  return undefined;
}
