// What a warning's notification says: the server leaves German and at most the subscriber's language in
// the payload (NINA's own translation where NINA has one, server/features/push/payload.ts); the worker
// loads no i18next, so the few words it adds itself (the danger level) are here in the app's ten languages.
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from "../src/lib/contract/languages";
import type { Severity } from "../src/lib/contract/warnings-constants";
import type { Warning } from "../src/lib/contract/warnings";

type Words = Record<Severity, string> & { fallbackTitle: string; fallbackBody: string };

const TITLE = "Delmenhorst App";

export const WORDS: Record<UiLanguage, Words> = {
  de: {
    Extreme: "Extreme Gefahr",
    Severe: "Hohe Gefahr",
    Moderate: "Mittlere Gefahr",
    Minor: "Geringe Gefahr",
    Unknown: "Warnung",
    fallbackTitle: TITLE,
    fallbackBody: "Es gibt Neuigkeiten. Öffnen Sie die App.",
  },
  en: {
    Extreme: "Extreme danger",
    Severe: "Severe danger",
    Moderate: "Moderate danger",
    Minor: "Minor danger",
    Unknown: "Warning",
    fallbackTitle: TITLE,
    fallbackBody: "There is news. Open the app.",
  },
  tr: {
    Extreme: "Aşırı tehlike",
    Severe: "Yüksek tehlike",
    Moderate: "Orta tehlike",
    Minor: "Düşük tehlike",
    Unknown: "Uyarı",
    fallbackTitle: TITLE,
    fallbackBody: "Yeni bir haber var. Uygulamayı açın.",
  },
  ar: {
    Extreme: "خطر شديد جدًا",
    Severe: "خطر مرتفع",
    Moderate: "خطر متوسط",
    Minor: "خطر منخفض",
    Unknown: "تحذير",
    fallbackTitle: TITLE,
    fallbackBody: "هناك أخبار جديدة. افتح التطبيق.",
  },
  ru: {
    Extreme: "Чрезвычайная опасность",
    Severe: "Высокая опасность",
    Moderate: "Умеренная опасность",
    Minor: "Незначительная опасность",
    Unknown: "Предупреждение",
    fallbackTitle: TITLE,
    fallbackBody: "Есть новости. Откройте приложение.",
  },
  uk: {
    Extreme: "Надзвичайна небезпека",
    Severe: "Висока небезпека",
    Moderate: "Помірна небезпека",
    Minor: "Незначна небезпека",
    Unknown: "Попередження",
    fallbackTitle: TITLE,
    fallbackBody: "Є новини. Відкрийте застосунок.",
  },
  pl: {
    Extreme: "Skrajne zagrożenie",
    Severe: "Wysokie zagrożenie",
    Moderate: "Umiarkowane zagrożenie",
    Minor: "Niewielkie zagrożenie",
    Unknown: "Ostrzeżenie",
    fallbackTitle: TITLE,
    fallbackBody: "Są nowe informacje. Otwórz aplikację.",
  },
  bg: {
    Extreme: "Извънредна опасност",
    Severe: "Висока опасност",
    Moderate: "Умерена опасност",
    Minor: "Слаба опасност",
    Unknown: "Предупреждение",
    fallbackTitle: TITLE,
    fallbackBody: "Има новини. Отворете приложението.",
  },
  ro: {
    Extreme: "Pericol extrem",
    Severe: "Pericol ridicat",
    Moderate: "Pericol moderat",
    Minor: "Pericol redus",
    Unknown: "Avertizare",
    fallbackTitle: TITLE,
    fallbackBody: "Există noutăți. Deschideți aplicația.",
  },
  "de-x-ls": {
    Extreme: "Sehr große Gefahr",
    Severe: "Große Gefahr",
    Moderate: "Mittlere Gefahr",
    Minor: "Kleine Gefahr",
    Unknown: "Warnung",
    fallbackTitle: TITLE,
    fallbackBody: "Es gibt etwas Neues. Öffnen Sie die App.",
  },
};

const BODY_MAX = 180;

/** Notification bodies are plain text: the sender's few tags go, their words stay. */
function plainText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>|<\/(p|li)>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  return text.length > BODY_MAX ? `${text.slice(0, BODY_MAX - 1)}…` : text;
}

/** The language the server left in the payload besides German, else German. */
export function payloadLanguage(warning: Warning): UiLanguage {
  return UI_LANGUAGES.find((language) => language !== "de" && warning.texts[language]) ?? "de";
}

/** The notification's title, body and language (with its direction: Arabic reads right to left). */
export function warningNotice(warning: Warning): {
  title: string;
  body: string | undefined;
  lang: UiLanguage;
  dir: "ltr" | "rtl";
} {
  const language = payloadLanguage(warning);
  const text = warning.texts[language] ?? warning.texts.de;
  const body = [text.description ? plainText(text.description) : "", warning.areas.join(", ")].find(Boolean);
  return {
    title: `${WORDS[language][warning.severity]}: ${text.headline}`,
    body,
    lang: language,
    dir: language === "ar" ? "rtl" : "ltr",
  };
}

/** The words for a notice that cannot be read, in the device's language (English when not one of ours). */
export function fallbackWords(deviceLanguages: readonly string[]): Words {
  for (const tag of deviceLanguages) {
    const lower = tag.toLowerCase();
    if (isUiLanguage(lower)) return WORDS[lower];
    const primary = lower.split("-", 1)[0];
    if (isUiLanguage(primary)) return WORDS[primary];
  }
  return WORDS.en;
}
