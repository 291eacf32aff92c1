// i18next with German bundled and other languages loaded on demand. `t` reads the language
// signal, so every text re-renders when the user switches language.
import i18next, { type TOptions } from "i18next";
import { createSignal } from "solid-js";
import type { Language } from "./contract/guide";
import de from "../locales/de.json";

export const LANGUAGE_OPTIONS: { code: Language; name: string; dir: "ltr" | "rtl" }[] = [
  { code: "de", name: "Deutsch", dir: "ltr" },
  { code: "en", name: "English", dir: "ltr" },
];

const loaders: Record<Exclude<Language, "de">, () => Promise<{ default: typeof de }>> = {
  en: () => import("../locales/en.json"),
};

/**
 * Texts of areas most visits never open (the account, the staff console) stay out of the start
 * bundle: their route loads them with `loadTexts` before the page renders.
 */
type TextPart =
  | "accessibility"
  | "account"
  | "applications"
  | "appointments"
  | "business"
  | "chat"
  | "map"
  | "merchant"
  | "services"
  | "settings"
  | "shops"
  | "staff"
  | "warnings"
  | "waste";
type TextTree = { [key: string]: string | TextTree };
const partLoaders: Record<TextPart, Record<Language, () => Promise<{ default: TextTree }>>> = {
  accessibility: {
    de: () => import("../locales/accessibility/de.json"),
    en: () => import("../locales/accessibility/en.json"),
  },
  settings: {
    de: () => import("../locales/settings/de.json"),
    en: () => import("../locales/settings/en.json"),
  },
  account: {
    de: () => import("../locales/account/de.json"),
    en: () => import("../locales/account/en.json"),
  },
  applications: {
    de: () => import("../locales/applications/de.json"),
    en: () => import("../locales/applications/en.json"),
  },
  map: {
    de: () => import("../locales/map/de.json"),
    en: () => import("../locales/map/en.json"),
  },
  appointments: {
    de: () => import("../locales/appointments/de.json"),
    en: () => import("../locales/appointments/en.json"),
  },
  staff: {
    de: () => import("../locales/staff/de.json"),
    en: () => import("../locales/staff/en.json"),
  },
  shops: {
    de: () => import("../locales/shops/de.json"),
    en: () => import("../locales/shops/en.json"),
  },
  merchant: {
    de: () => import("../locales/merchant/de.json"),
    en: () => import("../locales/merchant/en.json"),
  },
  business: {
    de: () => import("../locales/business/de.json"),
    en: () => import("../locales/business/en.json"),
  },
  chat: {
    de: () => import("../locales/chat/de.json"),
    en: () => import("../locales/chat/en.json"),
  },
  services: {
    de: () => import("../locales/services/de.json"),
    en: () => import("../locales/services/en.json"),
  },
  warnings: {
    de: () => import("../locales/warnings/de.json"),
    en: () => import("../locales/warnings/en.json"),
  },
  waste: {
    de: () => import("../locales/waste/de.json"),
    en: () => import("../locales/waste/en.json"),
  },
};
const loadedParts = new Set<TextPart>();

async function addPart(part: TextPart, code: Language): Promise<void> {
  const texts = await partLoaders[part][code]();
  i18next.addResourceBundle(code, "translation", texts.default, true, false);
}

/** Loads an area's texts in German (the fallback) and the current language. */
export async function loadTexts(part: TextPart): Promise<void> {
  if (loadedParts.has(part)) return;
  const codes = new Set<Language>(["de", language()]);
  await Promise.all([...codes].map((code) => addPart(part, code)));
  loadedParts.add(part);
}

const STORAGE_KEY = "delmenhorst.language";
const [language, setLanguage] = createSignal<Language>("de");
export { language };

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGE_OPTIONS.some((l) => l.code === value);
}

/** German unless the user chose another language (the switch is in every page's header). */
function preferredLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : "de";
}

export async function initI18n(): Promise<void> {
  await i18next.init({
    lng: "de",
    fallbackLng: "de",
    resources: { de: { translation: de } },
    interpolation: { escapeValue: false },
  });
  await changeLanguage(preferredLanguage(), { remember: false });
}

export async function changeLanguage(code: Language, { remember = true } = {}): Promise<void> {
  // Remembered at once: a page left (or reloaded) while the texts still load keeps the choice.
  if (remember) localStorage.setItem(STORAGE_KEY, code);
  if (code !== "de" && !i18next.hasResourceBundle(code, "translation")) {
    const resources = await loaders[code]();
    i18next.addResourceBundle(code, "translation", resources.default, true, false);
  }
  if (code !== "de") await Promise.all([...loadedParts].map((part) => addPart(part, code)));
  await i18next.changeLanguage(code);
  const option = LANGUAGE_OPTIONS.find((l) => l.code === code);
  document.documentElement.lang = code;
  document.documentElement.dir = option?.dir ?? "ltr";
  setLanguage(code);
}

export function t(key: string, options?: TOptions): string {
  language();
  return i18next.t(key, options);
}

/** Picks the text of the current language from synced content, German when missing. */
export function localized<T>(texts: Partial<Record<Language, T>> & { de: T }): T {
  return texts[language()] ?? texts.de;
}

export function formatCurrency(amount: number) {
  return new Intl.NumberFormat(language(), { style: "currency", currency: "EUR" }).format(amount);
}
